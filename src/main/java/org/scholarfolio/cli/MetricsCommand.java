package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarfolio.lookup.CitationMetrics;
import org.scholarfolio.lookup.LookupException;
import org.scholarfolio.lookup.ProgressListener;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.LoadedPortfolio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scholarfolio metrics PORTFOLIO}: citation counts from OpenAlex, stored per publication. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Fetches citation counts from OpenAlex for every publication with a DOI or an arXiv id "
                + "and stores each with its source and the day it was fetched; the site shows them as text. "
                + "Reports entries known only as arXiv preprints whose published version OpenAlex now knows.",
                "Exit codes: 0 done, 1 OpenAlex could not be asked (nothing written) or the portfolio cannot be "
                        + "written, 2 the portfolio cannot be read."})
final class MetricsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @Option(names = "--dry-run", description = "print the counts and write nothing")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = TerminalText.writer(spec.commandLine().getOut());
        PrintWriter err = TerminalText.writer(spec.commandLine().getErr());
        var loaded = PortfolioArgument.load(portfolio, err);
        if (loaded.isEmpty()) {
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        LoadedPortfolio target = loaded.get();
        var lookup = LookupCommandSupport.lookup(spec, target.portfolio(), err);
        if (lookup.isEmpty()) {
            return LookupCommandSupport.EXIT_FAILED;
        }
        List<Publication> publications = target.portfolio().publications();
        CitationMetrics.Result result;
        try {
            result = new CitationMetrics(lookup.get()).fetch(publications, ProgressListener.NONE);
        } catch (LookupException e) {
            err.println("error: " + e.getMessage() + "; " + target.file() + " is unchanged");
            return LookupCommandSupport.EXIT_FAILED;
        }
        return PortfolioUpdate.apply(portfolio, "metrics", dryRun, out, err, (current, o, e) -> {
            List<Publication> now = current.portfolio().publications();
            int changed = 0;
            for (Publication p : now) {
                CitationCount c = result.counts().get(p.citationKey());
                if (c == null) {
                    continue;
                }
                String before = p.citations() == null ? "" : " (was " + p.citations().count() + ")";
                out.printf("%-28s %,d%s%n", p.citationKey(), c.count(), before);
                if (!c.equals(p.citations())) {
                    changed++;
                }
            }
            result.unknown().forEach(k -> err.println("warning: " + k + ": OpenAlex does not know its DOI or arXiv id"));
            result.nowPublished().forEach(p -> err.println("note: " + p.message()));
            out.printf("%d publication%s counted (OpenAlex), %d unknown to OpenAlex, %d without DOI or arXiv id.%n",
                    result.counts().size(), result.counts().size() == 1 ? "" : "s", result.unknown().size(),
                    result.withoutIdentifier());
            return PortfolioUpdate.Change.to(current.portfolio().withPublications(result.applyTo(now)), changed > 0);
        });
    }
}
