package org.scholarfolio.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.scholarfolio.cli.DirectImport;
import org.scholarfolio.cli.ScholarfolioCommand;
import org.scholarfolio.cli.UnchangedExport;

/**
 * The native bundle's training run ({@code packaging/build-bundle.sh}), not for users: what a
 * start commonly does, in one JVM, for Java's ahead-of-time cache, which learns from one run only
 * ({@code -XX:AOTCacheOutput}). The command line's help, version, a full export of SAMPLE into OUT
 * and the same export again, unchanged; the sample written as an al-folio site and imported; then, with {@code editor}, the editor opened on SAMPLE until
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
        // an import reads YAML and BibTeX and writes JSON: the sample written as an al-folio site, read back
        Path site = Path.of(args[1]).resolveSibling("alfolio-site");
        int written = ScholarfolioCommand.run(new String[] {"export-alfolio", args[0], "--out", site.toString()}, quiet, err);
        String[] importSite = {"import", "alfolio", site.toString(), "--out", site.resolveSibling("imported").toString()};
        if (written != 0 || DirectImport.run(importSite, quiet, err).orElse(1) != 0) {
            System.err.println("BundleTraining: the al-folio site written from " + args[0] + " could not be imported");
            System.exit(1);
        }
        if (args.length > 2 && args[2].equals("editor")) {
            System.setProperty(StartupTiming.PROPERTY, "exit");
            DesktopApp.launchEditor(Path.of(args[0]));
        }
    }
}
