package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.files.ChangeCheck;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the portfolio as a static website into DIR.",
                "Only changed pages are rewritten; files in DIR that no export wrote are never touched.",
                "Exit codes: 0 written (warnings may be printed), 1 export failed, 2 the portfolio cannot be read."})
final class ExportCommand implements Callable<Integer> {
    private static final String PORTFOLIO_FILE = "portfolio.json";

    @Parameters(paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write the site into")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the address the site will be published at, for feeds, sitemap and social cards "
                    + "(default: the portfolio's own site.baseUrl)")
    String baseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        long started = System.nanoTime();
        String fileCheck = fileCheck();
        Optional<Integer> unchanged = fileCheck == null ? Optional.empty() : unchanged(fileCheck, stdout, err, started);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        // Pages to render: a few seconds of work, where the optimising compiler costs more than it gains.
        QuickCompilation.requestInBackground();
        var result = PortfolioArgument.load(portfolio, err);
        if (result.isEmpty()) {
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        LoadedPortfolio loaded = result.get();
        ExportOptions options;
        try {
            // The footer date is the day portfolio.json last changed, so re-exporting unchanged
            // content on a later day rewrites nothing.
            options = ExportOptions.forSavedPortfolio(loaded.file()).withBaseUrl(baseUrl);
        } catch (IOException e) {
            err.println("warning: " + loaded.file() + ": cannot read when it last changed (" + e.getMessage()
                    + "); the site is dated today");
            options = ExportOptions.defaults().withBaseUrl(baseUrl);
        }
        // Checked before loading: should the file change in between, the next export sees a
        // different check and renders again.
        ExportReport report = fileCheck == null
                ? new SiteExporter().export(loaded.portfolio(), loaded.folder(), options, out)
                : new SiteExporter().exportFile(loaded.portfolio(), fileCheck, loaded.folder(), options, out);
        return print(report, loaded.file(), stdout, err, started);
    }

    /**
     * The exit code when the file is what the last export into the folder was made from and the
     * folder is as it left it: then nothing is loaded or rendered, and the same report is printed.
     */
    private Optional<Integer> unchanged(String hash, PrintWriter stdout, PrintWriter err, long started) {
        try {
            Path file = portfolioFile();
            ExportOptions options = ExportOptions.forSavedPortfolio(file).withBaseUrl(baseUrl);
            Path folder = file.toAbsolutePath().getParent();
            return SiteExporter.unchangedFile(hash, folder, options, out).map(report -> print(report, file, stdout, err, started));
        } catch (IOException | RuntimeException e) {
            // Whatever is wrong, the ordinary load below says it properly.
            return Optional.empty();
        }
    }

    /** The portfolio file's {@link ChangeCheck}, or null when it cannot be read (the load says why). */
    private String fileCheck() {
        try {
            return ChangeCheck.ofFile(portfolioFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * {@code PortfolioStore.resolveFile}'s answer, without loading the store: its JSON mapper
     * costs a cold process a third of a second, and an unchanged export reads no JSON.
     */
    Path portfolioFile() {
        if (Files.isDirectory(portfolio)) {
            return portfolio.resolve(PORTFOLIO_FILE);
        }
        boolean namesAFile = Files.isRegularFile(portfolio)
                || portfolio.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        return namesAFile ? portfolio : portfolio.resolve(PORTFOLIO_FILE);
    }

    private int print(ExportReport report, Path file, PrintWriter stdout, PrintWriter err, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        report.warnings().forEach(w -> err.println("warning: " + w));
        report.errors().forEach(e -> err.println("error: " + e));
        if (!report.succeeded()) {
            err.println("The site was not written; " + out + " is as it was.");
            return 1;
        }
        stdout.printf("Exported %s to %s in %d ms: %d page%s written, %d unchanged, %d file%s copied, "
                        + "%d removed, %d warning%s.%n",
                file, out, millis, report.pagesWritten().size(), plural(report.pagesWritten().size()),
                report.pagesUnchanged().size(), report.filesCopied().size(), plural(report.filesCopied().size()),
                report.filesRemoved().size(), report.warnings().size(), plural(report.warnings().size()));
        return 0;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
