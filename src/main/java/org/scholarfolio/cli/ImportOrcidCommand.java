package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarfolio.lookup.LookupException;
import org.scholarfolio.lookup.OrcidId;
import org.scholarfolio.lookup.OrcidImport;
import org.scholarfolio.lookup.ProgressListener;
import org.scholarfolio.store.LoadedPortfolio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scholarfolio import orcid ORCID-ID --into PORTFOLIO}: a researcher's works, completed. */
@Command(name = "orcid", mixinStandardHelpOptions = true,
        description = {"Reads a researcher's public works list from ORCID, completes each work from its DOI "
                + "(else its arXiv or PubMed id), offers a preprint and its published version as one record, and "
                + "merges them into the portfolio's publications (matched by DOI, arXiv id, then title).",
                "Exit codes: 0 done, 1 ORCID or a service failed (nothing written) or the portfolio cannot be "
                        + "written, 2 the portfolio cannot be read."})
final class ImportOrcidCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ORCID-ID", description = "0000-0002-1825-0097 or https://orcid.org/0000-0002-1825-0097")
    String orcid;

    @Option(names = "--into", required = true, paramLabel = "PORTFOLIO",
            description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @Option(names = "--dry-run", description = "print what would change and write nothing")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = TerminalText.writer(spec.commandLine().getOut());
        PrintWriter err = TerminalText.writer(spec.commandLine().getErr());
        OrcidId id;
        try {
            id = OrcidId.parse(orcid);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + "; nothing was imported");
            return LookupCommandSupport.EXIT_FAILED;
        }
        var loaded = PortfolioArgument.load(portfolio, err);
        if (loaded.isEmpty()) {
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        LoadedPortfolio target = loaded.get();
        var lookup = LookupCommandSupport.lookup(spec, target.portfolio(), err);
        if (lookup.isEmpty()) {
            return LookupCommandSupport.EXIT_FAILED;
        }
        OrcidImport.Result result;
        try {
            result = new OrcidImport(lookup.get()).fetch(id, ProgressListener.NONE);
        } catch (LookupException e) {
            err.println("error: " + e.getMessage() + "; " + target.file() + " is unchanged");
            return LookupCommandSupport.EXIT_FAILED;
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        return PortfolioUpdate.apply(portfolio, "import orcid", dryRun, out, err,
                LookupCommandSupport.merge(result.publications(), dryRun, "the works of " + id));
    }
}
