package org.scholarfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.site.SiteExporter;

/**
 * The export command's answer when the portfolio file and the output folder are as the last export
 * left them: nothing is loaded or rendered, the same report is printed. {@link #run} tells it from
 * the raw arguments before picocli starts (which costs a fresh process most of a second of
 * processor time), so an unchanged export loads a few dozen of the application's classes and no
 * other jar. It references no picocli type for that reason.
 */
public final class UnchangedExport {
    private static final String PORTFOLIO_FILE = "portfolio.json";

    private UnchangedExport() {
    }

    /**
     * The exit code of {@code export PORTFOLIO --out DIR [--base-url URL] [--replace-other-site]} when nothing changed,
     * printed as the command prints it. Empty, with nothing printed, when the export has to run or
     * the arguments are anything else (help, other options, @files): then the command line runs
     * as usual and says what it has to.
     */
    public static OptionalInt run(String[] args, PrintWriter stdout, PrintWriter err) {
        long started = System.nanoTime();
        Optional<Arguments> arguments = Arguments.parse(args);
        if (arguments.isEmpty()) {
            return OptionalInt.empty();
        }
        Arguments a = arguments.get();
        if (!mayBeUnchanged(a.out())) {
            return OptionalInt.empty();
        }
        Path file;
        String fileCheck;
        try {
            file = portfolioFile(a.portfolio());
            fileCheck = ChangeCheck.ofFile(file);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        return check(file, fileCheck, a.baseUrl(), a.out())
                .map(report -> OptionalInt.of(print(report, file, a.out(), stdout, err, started)))
                .orElse(OptionalInt.empty());
    }

    /**
     * The report of the last export into {@code out} when {@code file}, whose {@link ChangeCheck}
     * is {@code fileCheck}, is what it was made from and the folder is as it left it; else empty.
     */
    static Optional<ExportReport> check(Path file, String fileCheck, String baseUrl, Path out) {
        if (!mayBeUnchanged(out)) {
            return Optional.empty();
        }
        try {
            ExportOptions options = ExportOptions.forSavedPortfolio(file).withBaseUrl(baseUrl);
            Path folder = file.toAbsolutePath().getParent();
            return SiteExporter.unchangedFile(fileCheck, folder, options, out);
        } catch (IOException | RuntimeException e) {
            // Whatever is wrong, the ordinary load says it properly.
            return Optional.empty();
        }
    }

    /**
     * Whether {@code out} holds the manifest an export leaves: without it no export left the folder
     * as it is, so there are pages to write, told by one look before the portfolio file is read and
     * the export's state looked up (the state's name is a SHA-256, whose providers cost a cold
     * process tens of milliseconds). A full export into a new folder, from {@code java -jar}, then
     * starts its second JVM sooner ({@link ExportRelaunch}).
     */
    static boolean mayBeUnchanged(Path out) {
        try {
            return Files.isRegularFile(out.resolve(SiteExporter.MANIFEST_NAME));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * {@code PortfolioStore.resolveFile}'s answer, without loading the store: its JSON mapper
     * costs a cold process a third of a second, and an unchanged export reads no JSON.
     */
    static Path portfolioFile(Path portfolio) {
        if (Files.isDirectory(portfolio)) {
            return portfolio.resolve(PORTFOLIO_FILE);
        }
        boolean namesAFile = Files.isRegularFile(portfolio)
                || portfolio.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return namesAFile ? portfolio : portfolio.resolve(PORTFOLIO_FILE);
    }

    /** Prints an export's report as the export command does and returns its exit code. */
    static int print(ExportReport report, Path file, Path out, PrintWriter stdout, PrintWriter err, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        report.warnings().forEach(w -> err.println("warning: " + w));
        report.errors().forEach(e -> err.println("error: " + e));
        if (report.otherPortfoliosSite()) {
            err.println("The site was not written; " + out + " is as it was. To replace the other portfolio's site, export"
                    + " again with --replace-other-site; to keep it, give another folder with --out.");
            return 1;
        }
        if (!report.succeeded()) {
            err.println("The site was not written; " + out + " is as it was.");
            return 1;
        }
        // Joined by hand, not printf or +: the formatter's first use loads regular expressions and
        // the locale data, a concatenation's first use builds method handles, which an unchanged
        // export has no other use for.
        int written = report.pagesWritten().size();
        int copied = report.filesCopied().size();
        int warnings = report.warnings().size();
        stdout.println(new StringBuilder("Exported ").append(file).append(" to ").append(out).append(" in ").append(millis)
                .append(" ms: ").append(written).append(" page").append(plural(written)).append(" written, ")
                .append(report.pagesUnchanged().size()).append(" unchanged, ").append(copied).append(" file")
                .append(plural(copied)).append(" copied, ").append(report.filesRemoved().size()).append(" removed, ")
                .append(warnings).append(" warning").append(plural(warnings)).append('.'));
        stdout.flush();
        err.flush();
        return 0;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** The export command's arguments in the only shapes the shortcut takes; anything else is picocli's. */
    record Arguments(Path portfolio, Path out, String baseUrl, boolean replaceOtherSite) {
        static Optional<Arguments> parse(String[] args) {
            if (args.length < 4 || !args[0].equals("export")) {
                return Optional.empty();
            }
            for (String arg : args) {
                if (arg.startsWith("@")) {
                    return Optional.empty(); // picocli reads arguments from such a file
                }
            }
            String portfolio = null;
            String out = null;
            String baseUrl = null;
            boolean replaceOtherSite = false;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--replace-other-site") && !replaceOtherSite) {
                    replaceOtherSite = true;
                    continue;
                }
                String option = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                boolean inline = option.length() < arg.length();
                if (option.equals("--out") || option.equals("--base-url")) {
                    String value;
                    if (inline) {
                        value = arg.substring(option.length() + 1);
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                        value = args[++i];
                    } else {
                        return Optional.empty();
                    }
                    if (option.equals("--out")) {
                        if (out != null) {
                            return Optional.empty();
                        }
                        out = value;
                    } else {
                        if (baseUrl != null) {
                            return Optional.empty();
                        }
                        baseUrl = value;
                    }
                } else if (arg.isEmpty() || arg.startsWith("-") || portfolio != null) {
                    return Optional.empty();
                } else {
                    portfolio = arg;
                }
            }
            if (portfolio == null || out == null || out.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Arguments(Path.of(portfolio), Path.of(out), baseUrl, replaceOtherSite));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
