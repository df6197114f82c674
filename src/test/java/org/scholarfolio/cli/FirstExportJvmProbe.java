package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalInt;

/**
 * The main class that {@code FirstExportJvmClassesTest} runs in a JVM of its own: asks what {@code java -jar}'s first JVM
 * asks of a full export before it starts the export's second JVM (is the export unchanged, is it an import, is a second
 * JVM to be started, and the question the last asks of a JVM started from one jar: was it given JVM options), then prints
 * the answers. Its class path is no plain jar, so nothing is started. Arguments: the
 * portfolio's folder, the folder to export into.
 */
public final class FirstExportJvmProbe {
    private FirstExportJvmProbe() {
    }

    public static void main(String[] args) {
        String[] export = {"export", args[0], "--out", args[1]};
        PrintWriter out = new PrintWriter(new StringWriter());
        OptionalInt unchanged = UnchangedExport.run(export, out, out);
        OptionalInt imported = ImportRelaunch.isImport(export) ? DirectImport.run(export, out, out) : OptionalInt.empty();
        OptionalInt relaunched = ExportRelaunch.run(export);
        // what the relaunch asks of a JVM started from one jar: whether it was given options of its own
        boolean ownOptions = JvmRelaunch.jvmOptions().isEmpty();
        System.out.println("unchanged " + unchanged.isPresent() + ", imported " + imported.isPresent() + ", relaunched "
                + relaunched.isPresent() + ", options " + !ownOptions);
    }
}
