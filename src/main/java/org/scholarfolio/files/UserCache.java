package org.scholarfolio.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder for files Scholarfolio can always make again (typeset formulas, what the
 * last export of a folder was made from): the system property {@code scholarfolio.cacheHome} when
 * set (tests point it into {@code target/}), else {@code $XDG_CACHE_HOME} (by default
 * {@code ~/.cache}, ~ being {@code $HOME} as for {@link UserFolders}), {@code ~/Library/Caches} on macOS, {@code %LOCALAPPDATA%} on Windows; then
 * {@code scholarfolio/NAME}. The property set to {@code none} turns every such cache off.
 */
public final class UserCache {
    private UserCache() {
    }

    /** The folder for one kind of cached file, or null when caches are turned off. */
    public static Path folder(String name) {
        String property = System.getProperty("scholarfolio.cacheHome", "");
        if (property.equals("none")) {
            return null;
        }
        Path base = property.isBlank() ? home(System.getenv(), System.getProperty("os.name", ""),
                UserFolders.home()) : Path.of(property);
        return base.resolve("scholarfolio").resolve(name);
    }

    /** The platform's cache folder for {@code home}, before {@code scholarfolio/}. */
    public static Path home(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("LOCALAPPDATA") != null) {
            return Path.of(env.get("LOCALAPPDATA"));
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
    }
}
