package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.lookup.Lookups;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import picocli.CommandLine;

/** What {@code add}, {@code import orcid} and {@code metrics} share: the lookup setup and merging what they fetched. */
final class LookupCommandSupport {
    /** Exit code when a lookup failed or the portfolio could not be written; the portfolio is unchanged. */
    static final int EXIT_FAILED = PortfolioUpdate.EXIT_FAILED;

    private LookupCommandSupport() {
    }

    /** The lookup for this run, or empty (after saying why) when an environment variable is unusable. */
    static Optional<RecordLookup> lookup(CommandLine.Model.CommandSpec spec, Portfolio portfolio, PrintWriter err) {
        Map<String, String> env = ((ScholarfolioCommand) spec.root().userObject()).environment();
        try {
            return Optional.of(Lookups.fromEnvironment(env, Lookups.appVersion(),
                    portfolio.profile().email()));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Merges fetched records into the portfolio as it is once locked: each added, updated and unchanged
     * record, one line each, then a summary line.
     */
    static PortfolioUpdate.Plan merge(List<Publication> fetched, boolean dryRun, String what) {
        return (current, out, err) -> {
            BibtexMergePlan plan = Lookups.plan(current.portfolio().publications(), fetched);
            PortfolioUpdate.printPlan(out, plan, true, null);
            out.printf("%s%s: %d added, %d updated, %d unchanged.%n", dryRun ? "Would add " : "Added ", what,
                    plan.added().size(), plan.updated().size(), plan.unchanged().size());
            return PortfolioUpdate.Change.to(current.portfolio().withPublications(plan.publications()),
                    plan.changesSomething());
        };
    }

    static void printNotes(PrintWriter err, List<String> notes) {
        notes.forEach(n -> err.println("note: " + n));
    }
}
