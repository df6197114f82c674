package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code export PORTFOLIO --out DIR [--base-url URL] [--replace-other-site]} with pages to write, run before picocli
 * starts: picocli's classes are compiled for Java 5, so the export's class-data archive
 * ({@link ClassArchive}) cannot hold them, and ~180 of them plus their reflection would be
 * read and verified anew by every export.
 * The command object is the one picocli fills ({@link ExportCommand}); only its fields are set
 * here. Any other shape ({@link UnchangedExport.Arguments} tells) is left to picocli. References
 * no picocli type, so that none loads.
 */
public final class DirectExport {
    private DirectExport() {
    }

    /** The export's exit code when the arguments are its plain shape; empty, with nothing run, otherwise. */
    public static OptionalInt run(String[] args, PrintWriter stdout, PrintWriter err) {
        Optional<UnchangedExport.Arguments> arguments = UnchangedExport.Arguments.parse(args);
        if (arguments.isEmpty()) {
            return OptionalInt.empty();
        }
        ExportCommand command = new ExportCommand();
        command.portfolio = arguments.get().portfolio();
        command.out = arguments.get().out();
        command.baseUrl = arguments.get().baseUrl();
        command.replaceOtherSite = arguments.get().replaceOtherSite();
        try {
            return OptionalInt.of(command.run(stdout, err));
        } catch (RuntimeException e) {
            // As picocli answers a command that throws: the trace on stderr, exit code 1.
            e.printStackTrace(err);
            return OptionalInt.of(1);
        } finally {
            stdout.flush();
            err.flush();
        }
    }
}
