package org.scholarfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.lookup.Lookups;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioStore;
import picocli.CommandLine;

/** What {@code add}, {@code import orcid} and {@code metrics} share: the lookup setup, plan printing, saving. */
final class LookupCommandSupport {
    /** Exit code when a lookup failed or the portfolio could not be written; the portfolio is unchanged. */
    static final int EXIT_FAILED = 1;

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

    /** Each added and updated record, one line each, then a summary line. */
    static void printPlan(PrintWriter out, BibtexMergePlan plan, boolean dryRun, String what) {
        Map<String, String> titles = new HashMap<>();
        plan.publications().forEach(p -> titles.putIfAbsent(p.citationKey(), p.title()));
        for (BibtexMergePlan.Entry e : plan.entries()) {
            switch (e.outcome()) {
                case ADDED -> out.println("added    " + e.citationKey() + shortTitle(titles.get(e.citationKey())));
                case UPDATED -> out.println("updated  " + e.targetKey() + " (same " + e.match().label() + "): "
                        + String.join(", ", e.changedFields()));
                case UNCHANGED -> out.println("same     " + e.targetKey() + " (same " + e.match().label()
                        + "): nothing new");
            }
        }
        out.printf("%s%s: %d added, %d updated, %d unchanged.%n", dryRun ? "Would add " : "Added ", what,
                plan.added().size(), plan.updated().size(), plan.unchanged().size());
    }

    /** Writes the portfolio unless this is a dry run or nothing changed; returns the exit code. */
    static int save(PrintWriter out, PrintWriter err, LoadedPortfolio target, Portfolio changed, boolean dryRun,
                    boolean changesSomething) {
        if (dryRun) {
            out.println("Dry run: nothing was written.");
            return 0;
        }
        if (!changesSomething) {
            out.println("Nothing to change; " + target.file() + " was not written.");
            return 0;
        }
        try {
            PortfolioStore.save(target.file(), changed);
        } catch (IOException e) {
            err.println("error: cannot write " + target.file() + ": " + e.getMessage() + "; it is as it was");
            return EXIT_FAILED;
        }
        out.println("Saved " + target.file() + " (the previous version is kept as " + target.file().getFileName()
                + ".bak).");
        return 0;
    }

    static void printNotes(PrintWriter err, List<String> notes) {
        notes.forEach(n -> err.println("note: " + n));
    }

    private static String shortTitle(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        return ": " + (title.length() > 72 ? title.substring(0, 71) + "\u2026" : title);
    }
}
