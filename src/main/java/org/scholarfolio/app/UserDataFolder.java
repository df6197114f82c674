package org.scholarfolio.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * The per-user folders for the app's own files: on Linux {@code $XDG_DATA_HOME} (by default
 * ~/.local/share) and {@code $XDG_CONFIG_HOME} (by default ~/.config), with ~ taken from
 * {@code $HOME}, as a person running with another HOME expects, not from the password database
 * that Java's {@code user.home} reads.
 */
final class UserDataFolder {
    private UserDataFolder() {
    }

    static Path path() {
        return path(System.getenv(), System.getProperty("user.home"));
    }

    /** Where settings go (the window, recent portfolios, folders). */
    static Path settings() {
        return settings(System.getenv(), System.getProperty("user.home"));
    }

    static Path path(Map<String, String> env, String userHome) {
        return xdg(env, "XDG_DATA_HOME", home(env, userHome).resolve(".local").resolve("share")).resolve("scholarfolio");
    }

    static Path settings(Map<String, String> env, String userHome) {
        return xdg(env, "XDG_CONFIG_HOME", home(env, userHome).resolve(".config")).resolve("scholarfolio");
    }

    /**
     * Points Java's user preferences at the settings folder, before anything reads them; on
     * Windows and macOS preferences live in the registry and the system's plist, which stay.
     */
    static void useForPreferences() {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && System.getProperty("java.util.prefs.userRoot") == null) {
            System.setProperty("java.util.prefs.userRoot", settings().toString());
        }
    }

    private static Path home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return Path.of(home == null || home.isBlank() ? userHome : home);
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG rules ignore a relative path.
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
    }
}
