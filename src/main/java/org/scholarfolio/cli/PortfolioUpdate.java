package org.scholarfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioLock;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.store.WriteFailure;

/**
 * What the commands that change publications share ({@code import bibtex}, {@code import orcid},
 * {@code add}, {@code metrics}): the portfolio is read, changed and saved under its lock, so a second
 * writer waits and then changes the first one's result, and neither loses the other's entries. Slow
 * work (reading a file, asking a service) happens before, outside the lock; the change itself is
 * worked out on the portfolio as it is on disk once the lock is held. A dry run takes no lock and
 * writes nothing.
 */
final class PortfolioUpdate {
    /** Exit code when the change failed or the portfolio could not be written; the portfolio is unchanged. */
    static final int EXIT_FAILED = 1;

    /** The change, worked out on the portfolio as it is now and printed; {@link Change#stop} ends the command. */
    @FunctionalInterface
    interface Plan {
        Change on(LoadedPortfolio current, PrintWriter out, PrintWriter err);
    }

    /** The portfolio to save and whether it differs; or, with an exit code, nothing to save. */
    record Change(Portfolio next, boolean changesSomething, int exitCode) {
        static Change to(Portfolio next, boolean changesSomething) {
            return new Change(next, changesSomething, 0);
        }

        static Change stop(int exitCode) {
            return new Change(null, false, exitCode);
        }
    }

    private PortfolioUpdate() {
    }

    /** Reads {@code portfolio} under its lock (taken for {@code owner}), applies {@code plan}, saves. */
    static int apply(Path portfolio, String owner, boolean dryRun, PrintWriter out, PrintWriter err, Plan plan) {
        if (!Files.isRegularFile(PortfolioStore.resolveFile(portfolio))) {
            PortfolioArgument.load(portfolio, err); // says why it cannot be read
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        if (dryRun) {
            return loadPlanSave(portfolio, true, out, err, plan);
        }
        try (PortfolioLock lock = PortfolioLock.acquire(PortfolioStore.resolveFile(portfolio), owner)) {
            lock.takeover().ifPresent(note -> err.println("note: " + note));
            return loadPlanSave(portfolio, false, out, err, plan);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private static int loadPlanSave(Path portfolio, boolean dryRun, PrintWriter out, PrintWriter err, Plan plan) {
        var loaded = PortfolioArgument.load(portfolio, err);
        if (loaded.isEmpty()) {
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        LoadedPortfolio target = loaded.get();
        Change change = plan.on(target, out, err);
        if (change.next() == null) {
            return change.exitCode();
        }
        if (dryRun) {
            out.println("Dry run: nothing was written.");
            return 0;
        }
        if (!change.changesSomething()) {
            out.println("Nothing to change; " + target.file() + " was not written.");
            return 0;
        }
        try {
            PortfolioStore.saveOver(target, change.next());
        } catch (IOException e) {
            err.println("error: " + WriteFailure.sentence(target.file(), e, "it is as it was"));
            return EXIT_FAILED;
        }
        out.println("Saved " + target.file() + " (the previous version is kept as "
                + target.file().getFileName() + ".bak).");
        return 0;
    }

    /**
     * Each added and updated record, one line each; unchanged ones too when {@code listUnchanged}.
     * {@code sourceName} (e.g. "in the file") tells an updated record's key in the source when it was
     * matched by something else; null leaves it out.
     */
    static void printPlan(PrintWriter out, BibtexMergePlan plan, boolean listUnchanged, String sourceName) {
        Map<String, String> titles = new HashMap<>();
        plan.publications().forEach(p -> titles.putIfAbsent(p.citationKey(), p.title()));
        for (BibtexMergePlan.Entry e : plan.entries()) {
            switch (e.outcome()) {
                case ADDED -> out.println("added    " + e.targetKey() + shortTitle(titles.get(e.targetKey())) + e.newKeyNote());
                case UPDATED -> out.println("updated  " + describe(e, sourceName) + ": " + String.join(", ", e.changedFields()));
                case UNCHANGED -> {
                    if (listUnchanged) {
                        out.println("same     " + describe(e, null) + ": nothing new");
                    }
                }
            }
        }
    }

    private static String describe(BibtexMergePlan.Entry e, String sourceName) {
        if (sourceName == null) {
            return e.targetKey() + " (same " + e.match().label() + ")";
        }
        if (e.match() == BibtexMergePlan.Match.CITATION_KEY) {
            return e.targetKey();
        }
        return e.targetKey() + " (" + e.citationKey() + " " + sourceName + ", same " + e.match().label() + ")";
    }

    private static String shortTitle(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        String shown = InlineText.plain(title); // as the editor's tables show it: {NUMTEMP:} {A} is NUMTEMP: A
        return ": " + (shown.length() > 72 ? shown.substring(0, 71) + "\u2026" : shown);
    }
}
