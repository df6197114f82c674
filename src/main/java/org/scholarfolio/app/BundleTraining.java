package org.scholarfolio.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.scholarfolio.cli.ScholarfolioCommand;
import org.scholarfolio.cli.UnchangedExport;

/**
 * The native bundle's training run ({@code packaging/build-bundle.sh}), not for users: what a
 * start commonly does, in one JVM, for Java's ahead-of-time cache, which learns from one run only
 * ({@code -XX:AOTCacheOutput}). The command line's help, version, a full export of SAMPLE into OUT
 * and the same export again, unchanged; then, with {@code editor}, the editor opened on SAMPLE until
 * its first window is drawn ({@link StartupTiming}'s {@code exit}).
 *
 * <p>Usage: {@code BundleTraining SAMPLE OUT [editor]}
 */
public final class BundleTraining {
    private BundleTraining() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: BundleTraining SAMPLE OUT [editor]");
            System.exit(64);
        }
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        ScholarfolioCommand.run(new String[] {"--help"}, quiet, err);
        ScholarfolioCommand.run(new String[] {"--version"}, quiet, err);
        String[] export = {"export", args[0], "--out", args[1]};
        int exported = ScholarfolioCommand.run(export, quiet, err);
        if (exported != 0 || UnchangedExport.run(export, quiet, err).isEmpty()) {
            System.err.println("BundleTraining: the export of " + args[0] + " failed or was not unchanged the second time");
            System.exit(1);
        }
        if (args.length > 2 && args[2].equals("editor")) {
            System.setProperty(StartupTiming.PROPERTY, "exit");
            DesktopApp.launchEditor(Path.of(args[0]));
        }
    }
}
