package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.site.RenderingWarmUp;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.ReaderSetUp;
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
                "A site in DIR made from another portfolio is left as it is unless --replace-other-site is given.",
                "Exit codes: 0 written (warnings may be printed), 1 export failed or refused, 2 the portfolio cannot be read."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write the site into")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the address the site will be published at, for feeds, sitemap and social cards "
                    + "(default: the portfolio's own site.baseUrl)")
    String baseUrl;

    @Option(names = "--replace-other-site",
            description = "replace the site in DIR even though it was made from another portfolio (or from this one "
                    + "before its folder was moved or renamed)")
    boolean replaceOtherSite;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(TerminalText.writer(spec.commandLine().getOut()), TerminalText.writer(spec.commandLine().getErr()));
    }

    /** The export itself, picocli's or {@link DirectExport}'s: the fields set, streams given. */
    int run(PrintWriter stdout, PrintWriter err) {
        long started = System.nanoTime();
        // Without the manifest an export leaves, no export left the folder as it is: there are pages to
        // write, and the set-up below starts before the file's check, not after it (the check's first
        // use of a file channel and of the checksums costs a fresh process 9-13 ms of this thread).
        boolean mayBeUnchanged = UnchangedExport.mayBeUnchanged(out);
        if (!mayBeUnchanged) {
            startSetUp();
        }
        String fileCheck = fileCheck();
        // The launcher tells this before picocli starts; run in-process, the command tells it here.
        Optional<ExportReport> unchanged = fileCheck == null || !mayBeUnchanged ? Optional.empty()
                : UnchangedExport.check(portfolioFile(), fileCheck, baseUrl, out);
        if (unchanged.isPresent()) {
            return print(unchanged.get(), portfolioFile(), stdout, err, started);
        }
        if (mayBeUnchanged) {
            startSetUp();
        }
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
        SiteExporter.OtherPortfolioSite otherSite = replaceOtherSite ? SiteExporter.OtherPortfolioSite.REPLACE
                : SiteExporter.OtherPortfolioSite.REFUSE;
        ExportReport report = fileCheck == null
                ? SiteExporter.forOneExport().export(loaded.portfolio(), loaded.folder(), options, out, done -> { }, otherSite)
                : SiteExporter.forOneExport().exportFile(loaded.portfolio(), fileCheck, loaded.folder(), options, out, otherSite);
        return print(report, loaded.file(), stdout, err, started);
    }

    /** What an export with pages to write starts beside this thread before it reads the portfolio. */
    private static void startSetUp() {
        // Pages to render: a few seconds of work, where the optimising compiler costs more than it gains.
        QuickCompilation.requestInBackground();
        // On the second core while this thread reads the file: first the reader's set-up, which the read
        // needs within milliseconds, then the renderer, templates and 2D set-up, which the pages need.
        RenderingWarmUp.startInBackground(ReaderSetUp::run);
    }

    /** The portfolio file's {@link ChangeCheck}, or null when it cannot be read (the load says why). */
    private String fileCheck() {
        try {
            return ChangeCheck.ofFile(portfolioFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    Path portfolioFile() {
        return UnchangedExport.portfolioFile(portfolio);
    }

    private int print(ExportReport report, Path file, PrintWriter stdout, PrintWriter err, long started) {
        return UnchangedExport.print(report, file, out, stdout, err, started);
    }
}
