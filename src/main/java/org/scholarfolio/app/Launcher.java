package org.scholarfolio.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.scholarfolio.cli.ScholarfolioCommand;

/**
 * The one entry point of the jar and the native bundle. A plain class, not a JavaFX
 * {@code Application}: on the class path Java refuses to start an Application main class directly.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        UserDataFolder.useForPreferences();
        if (args.length == 0) {
            DesktopApp.launchEditor(null);
            return;
        }
        if (args.length == 2 && args[0].equals("open")) {
            DesktopApp.launchEditor(Path.of(args[1]));
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(ScholarfolioCommand.run(args, out, err));
    }
}
