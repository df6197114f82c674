package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarfolio.lookup.FetchedRecord;
import org.scholarfolio.lookup.Identifier;
import org.scholarfolio.lookup.LookupException;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.LoadedPortfolio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scholarfolio add PORTFOLIO ID...}: fetches complete records by DOI, arXiv id or PubMed id. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Fetches each identifier's record (DOI from doi.org and OpenAlex, arXiv id from arXiv, "
                + "pmid: from PubMed) and adds it to the portfolio's publications, or updates the publication it "
                + "matches (same DOI, then arXiv id, then title). Fields the record leaves empty keep their values.",
                "If any identifier is malformed or cannot be fetched, nothing is written.",
                "Exit codes: 0 done, 1 an identifier failed or the portfolio cannot be written, 2 the portfolio "
                        + "cannot be read."})
final class AddCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID",
            description = "doi:10.…, 10.…, https://doi.org/…, arxiv:2101.00001, math/0601001v2, "
                    + "https://arxiv.org/abs/…, pmid:12345")
    List<String> identifiers;

    @Option(names = "--dry-run", description = "print what would change and write nothing")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = TerminalText.writer(spec.commandLine().getOut());
        PrintWriter err = TerminalText.writer(spec.commandLine().getErr());
        List<Identifier> ids = new ArrayList<>();
        for (String text : identifiers) {
            try {
                ids.add(Identifier.parse(text));
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage() + "; nothing was added");
                return LookupCommandSupport.EXIT_FAILED;
            }
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
        List<Publication> fetched = new ArrayList<>();
        for (Identifier id : ids) {
            try {
                FetchedRecord r = lookup.get().fetch(id);
                LookupCommandSupport.printNotes(err, r.notes().stream().map(n -> id + ": " + n).toList());
                fetched.add(r.publication());
            } catch (LookupException e) {
                err.println("error: " + e.getMessage() + "; " + target.file() + " is unchanged");
                return LookupCommandSupport.EXIT_FAILED;
            }
        }
        return PortfolioUpdate.apply(portfolio, "add", dryRun, out, err, LookupCommandSupport.merge(fetched, dryRun,
                ids.size() == 1 ? ids.get(0).toString() : ids.size() + " identifiers"));
    }

}
