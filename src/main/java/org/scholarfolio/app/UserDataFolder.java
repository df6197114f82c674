package org.scholarfolio.app;

import java.nio.file.Path;

/** The per-user folder for the app's own files (XDG_DATA_HOME, by default ~/.local/share). */
final class UserDataFolder {
    private UserDataFolder() {
    }

    static Path path() {
        String data = System.getenv("XDG_DATA_HOME");
        Path base = data == null || data.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "share") : Path.of(data);
        return base.resolve("scholarfolio");
    }
}
