package org.scholarfolio.files;

import java.nio.file.Path;
import java.util.Map;

/**
 * The per-user folders for the app's own files: on Linux {@code $XDG_DATA_HOME} (by default
 * ~/.local/share) and {@code $XDG_CONFIG_HOME} (by default ~/.config), with ~ taken from
 * {@code $HOME}, as a person running with another HOME expects, not from the password database
 * that Java's {@code user.home} reads. The editor's recovery files, the first-run sample, the
 * publish working copies and the settings all live below these.
 */
public final class UserFolders {
    private UserFolders() {
    }

    /** Where the app keeps its own files: {@code $XDG_DATA_HOME/scholarfolio}. */
    public static Path data() {
        return data(System.getenv(), System.getProperty("user.home"));
    }

    /** Where settings go (the window, recent portfolios, folders). */
    public static Path settings() {
        return settings(System.getenv(), System.getProperty("user.home"));
    }

    static Path data(Map<String, String> env, String userHome) {
        return xdg(env, "XDG_DATA_HOME", home(env, userHome).resolve(".local").resolve("share")).resolve("scholarfolio");
    }

    static Path settings(Map<String, String> env, String userHome) {
        return xdg(env, "XDG_CONFIG_HOME", home(env, userHome).resolve(".config")).resolve("scholarfolio");
    }

    /** The person's home folder: {@code $HOME}, else Java's {@code user.home}. */
    public static Path home() {
        return home(System.getenv(), System.getProperty("user.home", "."));
    }

    static Path home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return Path.of(home == null || home.isBlank() ? userHome : home);
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG rules ignore a relative path.
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
    }
}
