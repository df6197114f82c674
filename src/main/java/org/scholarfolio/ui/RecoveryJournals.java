package org.scholarfolio.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.scholarfolio.model.Portfolio;

/**
 * Reads back what a crash kept for one document: its journal and the follow-on journals kept while an
 * earlier check of it was open ({@link Autosave#followOnFileFor}), oldest first, each replayed over the
 * saved file and put on top of the ones before ({@link RecoveryFold}). A journal that cannot be read
 * is set aside (never written over) and reported; the others are still read.
 */
final class RecoveryJournals {
    private RecoveryJournals() {
    }

    /**
     * The journal {@code file} and its follow-ons (but {@code writingTo}, the one being written now)
     * replayed over {@code saved}, each one's changes on top of the ones before; empty when together
     * they change nothing.
     */
    static Optional<Autosave.Recovery> read(Autosave.Store store, Path file, Portfolio saved, Path writingTo,
                                           Consumer<String> problems) {
        List<Path> journals = new ArrayList<>();
        journals.add(file);
        try {
            store.followOns(file).stream().filter(f -> !f.equals(writingTo)).forEach(journals::add);
        } catch (IOException e) {
            problems.accept("The folder of " + file + " could not be read: " + e.getMessage());
        }
        List<Path> read = new ArrayList<>();
        List<Portfolio> stages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Portfolio recovered = saved;
        Instant written = null;
        boolean baseChanged = false;
        int skipped = 0;
        for (Path journal : journals) {
            Optional<Autosave.Replayed> replayed;
            try {
                replayed = store.replay(journal, saved);
            } catch (IOException e) {
                setAside(store, journal, e, problems);
                continue;
            }
            if (replayed.isEmpty()) {
                continue;
            }
            Autosave.Replayed r = replayed.get();
            read.add(journal);
            if (r.portfolio().equals(saved)) {
                continue;
            }
            Portfolio next = stages.isEmpty() ? r.portfolio() : RecoveryFold.onTop(saved, recovered, r.portfolio());
            if (!next.equals(recovered)) {
                stages.add(next);
                recovered = next;
            }
            written = written == null || r.lastChange().isAfter(written) ? r.lastChange() : written;
            baseChanged |= r.baseChanged();
            skipped += r.skippedLines();
        }
        if (stages.isEmpty() || recovered.equals(saved)) {
            return Optional.empty();
        }
        if (stages.size() > 1) {
            notes.add("They include changes made while an earlier recovery question was open, before another crash;"
                    + " Undo takes those off first");
        }
        if (baseChanged) {
            notes.add("The saved file was changed by another program after these edits; they are applied to it as it is now");
        }
        if (skipped > 0) {
            notes.add("The last " + (skipped == 1 ? "change, cut off by the crash, is" : org.scholarfolio.model.Text.number(skipped)
                    + " lines of the recovery file, not readable, are") + " left out");
        }
        return Optional.of(new Autosave.Recovery(file, written, recovered, notes, read, stages));
    }

    private static void setAside(Autosave.Store store, Path file, IOException cause, Consumer<String> problems) {
        try {
            Path aside = store.setAside(file);
            problems.accept("The recovery file " + file + " could not be read (" + cause.getMessage()
                    + "); it was kept as " + aside);
        } catch (IOException e) {
            problems.accept("The recovery file " + file + " could not be read (" + cause.getMessage() + ")");
        }
    }
}
