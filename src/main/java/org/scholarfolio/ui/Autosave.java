package org.scholarfolio.ui;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.scholarfolio.model.Portfolio;

/**
 * Keeps unsaved changes in a journal beside the portfolio ({@code portfolio.json.recovery}; an
 * untitled portfolio uses a per-user file), so that a crash loses at most the last interval. Each
 * interval appends only what changed since the last one; saving, or dropping the changes on purpose,
 * deletes the journal. Journal files are written on {@code writer}, in order, never on the caller.
 */
public final class Autosave {
    /** A crash loses at most this much typing: unsaved changes reach the journal this soon. */
    public static final Duration INTERVAL = Duration.ofMillis(500);

    /** Where journals are written and read; the app wires in the JSON store. */
    public interface Store {
        /**
         * Starts a journal of changes to {@code base} (the portfolio as saved, or the empty one for an
         * untitled portfolio) in {@code file}, replacing it whole, already holding {@code current}.
         */
        Journal begin(Path file, Portfolio base, Portfolio current) throws IOException;

        /** The journal in {@code file} applied over {@code saved}; empty when there is no such file. */
        Optional<Replayed> replay(Path file, Portfolio saved) throws IOException;

        void delete(Path file) throws IOException;

        /** Moves a journal that cannot be read out of the way (nothing writes over it); returns where to. */
        Path setAside(Path file) throws IOException;

        /** Readies the code that writes journals, writing nothing, so that the first journal is not slow. */
        default void prepare() {
        }
    }

    /** An open journal. */
    public interface Journal extends Closeable {
        /** Appends what changed since the last record and makes sure it is on the disk. */
        boolean record(Portfolio next) throws IOException;
    }

    /** A journal read back: see {@link Store#replay}. */
    public record Replayed(Portfolio portfolio, int changes, Instant lastChange, boolean baseChanged, int skippedLines) {
    }

    /** Unsaved changes found for the document that was just opened, and what to tell about them. */
    public record Recovery(Path file, Instant written, Portfolio portfolio, List<String> notes) {
        public Recovery {
            notes = List.copyOf(notes);
        }
    }

    private final EditorViewModel editor;
    private final Store store;
    private final Path untitledFile;
    private final Executor writer;
    private Consumer<String> problems = message -> { };
    /** FX side: the journal being kept and the snapshot last handed to it. */
    private Path journalled;
    private Portfolio recorded;
    /** Writer side. */
    private Journal journal;
    /**
     * FX side: the journal a check has not had an answer for yet ({@link #checkPending}); nothing is
     * written over it meanwhile. Null when none.
     */
    private Path held;

    /** Writes on the calling thread. */
    public Autosave(EditorViewModel editor, Store store, Path untitledFile) {
        this(editor, store, untitledFile, Runnable::run);
    }

    public Autosave(EditorViewModel editor, Store store, Path untitledFile, Executor writer) {
        this.editor = editor;
        this.store = store;
        this.untitledFile = untitledFile;
        this.writer = writer;
        // Saved, or replaced by another document after the user chose to drop the changes.
        editor.history().dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
        // A save that ran while editing went on: the journal's base is the file as saved now, so the
        // next interval starts it afresh (one atomic write) from the new base.
        editor.history().savedProperty().addListener((obs, was, saved) -> {
            if (editor.history().isDirty()) {
                journalled = null;
                recorded = null;
            }
        });
    }

    /**
     * Journals the first change after an open or a save without waiting for the next interval:
     * {@code soon} runs {@link #writeIfDirty()} once the change has been applied (the toolkit's
     * next turn). A fresh process's first journal write is its slowest (its code is cold), and an
     * edit made a second before a crash must still be found; later changes wait for the interval.
     */
    public void journalFirstChangeAtOnce(Executor soon) {
        editor.history().dirtyProperty().addListener((obs, was, dirty) -> {
            if (dirty) {
                soon.execute(this::writeIfDirty);
            }
        });
    }

    /**
     * Readies the journal's code on the writer, before any change waits for it: a fresh process's
     * first journal write is otherwise its slowest (0.26 s from the edit on a quiet machine, 0.5–0.9 s
     * with the processor or the disk busy), within the second a crash may follow an edit.
     */
    public void prepareJournal() {
        writer.execute(() -> {
            try {
                store.prepare();
            } catch (RuntimeException e) {
                // Only a head start: the first journal write does the same work, and reports what fails.
            }
        });
    }

    /** Where a journal that cannot be written or read is reported (a status line). */
    public void onProblem(Consumer<String> reporter) {
        this.problems = reporter;
    }

    public static Path recoveryFileFor(Path portfolioFile) {
        return portfolioFile.resolveSibling(portfolioFile.getFileName() + ".recovery");
    }

    /** The recovery file of the open document. */
    public Path recoveryFile() {
        Path file = editor.fileProperty().get();
        return file == null ? untitledFile : recoveryFileFor(file);
    }

    /** What the journal starts from: the file as saved, or nothing for an untitled portfolio. */
    private Portfolio base() {
        return editor.fileProperty().get() == null ? Portfolio.empty() : editor.history().saved();
    }

    /** Hands the changes not journalled yet to the writer; true when there were some. */
    public boolean writeIfDirty() {
        editor.takePendingEdits();
        Portfolio current = editor.portfolio();
        Path target = recoveryFile();
        if (!editor.history().isDirty() || current == recorded && target.equals(journalled)
                || target.equals(held)) {
            return false;
        }
        Portfolio base = base();
        Path previous = journalled;
        boolean fresh = !target.equals(previous);
        run(() -> {
            if (fresh) {
                closeJournal();
                if (previous != null) {
                    store.delete(previous);
                }
            }
            if (journal == null) {
                journal = store.begin(target, base, current);
            } else {
                journal.record(current);
            }
        }, "Could not write the recovery file " + target);
        journalled = target;
        recorded = current;
        return true;
    }

    /** Deletes the journal: the changes were saved or dropped on purpose. */
    public void discard() {
        Path previous = journalled;
        journalled = null;
        recorded = null;
        if (previous != null) {
            run(() -> {
                closeJournal();
                store.delete(previous);
            }, "Could not delete the recovery file " + previous);
        }
    }

    /**
     * Changes a crash kept from being saved: the journal of the open document replayed over it,
     * when that differs from it. A journal that cannot be read is moved aside and reported.
     */
    public Optional<Recovery> pending() {
        CompletableFuture.runAsync(() -> { }, writer).join();
        return pending(recoveryFile(), base());
    }

    /** Unsaved changes found by {@link #checkPending}, and what they change against the saved file. */
    public record Found(Recovery recovery, List<String> summary) {
        public Found {
            summary = List.copyOf(summary);
        }
    }

    /**
     * As {@link #pending()} with its {@link #summary}, but the journal is replayed and compared on the
     * writer, after the journal work asked for before: at 100,000 publications that is seconds, and
     * the window goes on drawing. {@code found} gets the outcome on {@code ui}. Until {@link #endCheck}
     * the journal is not written over (it may hold the only copy of what a crash kept), so edits made
     * meanwhile reach a journal at the first interval after. Called on the UI thread.
     */
    public void checkPending(Executor ui, Consumer<Optional<Found>> found) {
        Path file = recoveryFile();
        Portfolio saved = base();
        held = file;
        writer.execute(() -> {
            Optional<Found> outcome = Optional.empty();
            try {
                outcome = pending(file, saved).map(r -> new Found(r, summary(saved, r)));
            } catch (RuntimeException e) {
                problems.accept("The recovery file " + file + " could not be read: " + e);
            } finally {
                // Even after an error (out of memory at a large portfolio): the caller ends the check,
                // or the journal would never be written again.
                Optional<Found> done = outcome;
                ui.execute(() -> found.accept(done));
            }
        });
    }

    /** The check's question was answered, or is no longer asked: journalling goes on. */
    public void endCheck() {
        held = null;
    }

    private Optional<Recovery> pending(Path file, Portfolio saved) {
        Optional<Replayed> replayed;
        try {
            replayed = store.replay(file, saved);
        } catch (IOException e) {
            setAside(file, e);
            return Optional.empty();
        }
        if (replayed.isEmpty() || replayed.get().portfolio().equals(saved)) {
            return Optional.empty();
        }
        Replayed r = replayed.get();
        List<String> notes = new ArrayList<>();
        if (r.baseChanged()) {
            notes.add("The saved file was changed by another program after these edits; they are applied to it as it is now");
        }
        if (r.skippedLines() > 0) {
            notes.add("The last " + (r.skippedLines() == 1 ? "change, cut off by the crash, is" : r.skippedLines()
                    + " lines of the recovery file, not readable, are") + " left out");
        }
        return Optional.of(new Recovery(file, r.lastChange(), r.portfolio(), notes));
    }

    /** What the recovered state changes against the saved one, one line per list or part, then the notes. */
    public List<String> summary(Recovery recovery) {
        return summary(base(), recovery);
    }

    private static List<String> summary(Portfolio saved, Recovery recovery) {
        List<String> lines = new ArrayList<>(RecoverySummary.between(saved, recovery.portfolio()));
        lines.addAll(recovery.notes());
        return lines;
    }

    /** Puts the recovered portfolio in place of the open one, as one undoable, unsaved change. */
    public void recover(Recovery recovery) {
        editor.editAs(UndoStep.named("recovery of unsaved changes", null), p -> recovery.portfolio());
        // The next interval starts the journal afresh (one atomic write) from the recovered state.
        journalled = null;
        recorded = null;
    }

    /** The user does not want the recovered changes. */
    public void decline(Recovery recovery) {
        run(() -> store.delete(recovery.file()), "Could not delete the recovery file " + recovery.file());
    }

    private void setAside(Path file, IOException cause) {
        try {
            Path aside = store.setAside(file);
            problems.accept("The recovery file " + file + " could not be read (" + cause.getMessage()
                    + "); it was kept as " + aside);
        } catch (IOException e) {
            problems.accept("The recovery file " + file + " could not be read (" + cause.getMessage() + ")");
        }
    }

    private void closeJournal() throws IOException {
        if (journal != null) {
            Journal open = journal;
            journal = null;
            open.close();
        }
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void run(FileWork work, String failure) {
        writer.execute(() -> {
            try {
                work.run();
            } catch (IOException | RuntimeException e) {
                journal = null;
                problems.accept(failure + ": " + e.getMessage());
            }
        });
    }
}
