package org.scholarfolio.ui;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * While a journal found at an open is being checked, and its question is open, it is not written over:
 * the changes made meanwhile go to a follow-on journal beside it ({@link #followOnFileFor}), and a
 * crash then leaves both, which the next open puts together ({@link RecoveryFold}).
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

        /**
         * The follow-on journals of {@code file} on the disk ({@link #isFollowOnOf}), oldest first: kept
         * while {@code file} was being checked after a crash, and left by a second crash.
         */
        List<Path> followOns(Path file) throws IOException;

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

        /** Renames the journal's file to {@code file} (replacing what is there) and goes on appending there. */
        void moveTo(Path file) throws IOException;
    }

    /** A journal read back: see {@link Store#replay}. */
    public record Replayed(Portfolio portfolio, int changes, Instant lastChange, boolean baseChanged, int skippedLines) {
    }

    /**
     * Unsaved changes found for the document that was just opened, and what to tell about them.
     *
     * @param file the document's journal
     * @param journals the journals read: {@code file} and its follow-ons, oldest first
     * @param stages the recovered state after each journal that changed something, the last being
     *     {@code portfolio}: Recover applies them one Undo step each, so no journal's changes are lost
     *     where a later one changed the same field
     */
    public record Recovery(Path file, Instant written, Portfolio portfolio, List<String> notes, List<Path> journals,
                           List<Portfolio> stages) {
        public Recovery {
            notes = List.copyOf(notes);
            journals = List.copyOf(journals);
            stages = List.copyOf(stages);
        }
    }

    private static final DateTimeFormatter FOLLOW_ON_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final EditorViewModel editor;
    private final Store store;
    private final Path untitledFile;
    private final Executor writer;
    private final Executor checker;
    private Consumer<String> problems = message -> { };
    /** FX side: the journal being kept and the snapshot last handed to it. */
    private Path journalled;
    private Portfolio recorded;
    /** Writer side. */
    private Journal journal;
    /**
     * FX side: the journal a check has not had an answer for yet ({@link #checkPending}); nothing is
     * written over it meanwhile, changes go to {@link #followOn}. Null when none.
     */
    private Path held;
    private Path followOn;
    /** FX side: journals whose changes the open document took in by Recover, deleted once it is journalled. */
    private final List<Path> superseded = new ArrayList<>();

    /** Writes on the calling thread. */
    public Autosave(EditorViewModel editor, Store store, Path untitledFile) {
        this(editor, store, untitledFile, Runnable::run, Runnable::run);
    }

    /** Journals are written on {@code writer}; a journal found at an open is checked on a thread of its own. */
    public Autosave(EditorViewModel editor, Store store, Path untitledFile, Executor writer) {
        this(editor, store, untitledFile, writer, Autosave::checkOnAThreadOfItsOwn);
    }

    /**
     * @param checker replays a journal found at an open ({@link #checkPending}): not {@code writer}, which
     *     must go on journalling the edits made meanwhile
     */
    public Autosave(EditorViewModel editor, Store store, Path untitledFile, Executor writer, Executor checker) {
        this.editor = editor;
        this.store = store;
        this.untitledFile = untitledFile;
        this.writer = writer;
        this.checker = checker;
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
                if (journalled != null && !journalled.equals(recoveryFile())) {
                    // A follow-on journal written again from the new base is the document's own later.
                    superseded.add(journalled);
                }
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

    /** The journal kept beside {@code journal} from {@code started} on while {@code journal} is being checked. */
    public static Path followOnFileFor(Path journal, Instant started) {
        return journal.resolveSibling(journal.getFileName() + "." + FOLLOW_ON_STAMP.format(started));
    }

    /** True when {@code candidate} is named as a follow-on of {@code journal}; their names sort oldest first. */
    public static boolean isFollowOnOf(Path journal, Path candidate) {
        String name = candidate.getFileName().toString();
        String prefix = journal.getFileName() + ".";
        return candidate.getParent() != null && candidate.getParent().equals(journal.getParent())
                && name.startsWith(prefix) && name.length() == prefix.length() + 17
                && name.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9');
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
        Path document = recoveryFile();
        Path target = document.equals(held) ? followOn : document;
        if (!editor.history().isDirty() || current == recorded && target.equals(journalled)) {
            return false;
        }
        Portfolio base = base();
        Path previous = journalled;
        boolean fresh = !target.equals(previous);
        // The check is over: the follow-on journal, holding all changes since the open, takes the
        // document journal's place (a rename, not a second write).
        boolean adopt = fresh && previous != null && isFollowOnOf(target, previous);
        boolean changed = current != recorded;
        List<Path> obsolete = new ArrayList<>();
        if (fresh) {
            obsolete.addAll(superseded);
            obsolete.remove(target);
            superseded.clear();
        }
        run(() -> {
            if (adopt && journal != null) {
                if (changed) {
                    journal.record(current);
                }
                journal.moveTo(target);
            } else {
                if (fresh) {
                    closeJournal();
                }
                if (journal == null) {
                    journal = store.begin(target, base, current);
                } else {
                    journal.record(current);
                }
                if (fresh && previous != null) {
                    store.delete(previous);
                }
            }
            // Only now: until the journal written holds the changes, the old ones are their only copy.
            for (Path old : obsolete) {
                store.delete(old);
            }
        }, "No recovery file: your changes since the last save are only in this window until it saves them"
                + " (Save As can put them into another folder)");
        journalled = target;
        recorded = current;
        return true;
    }

    /** Deletes the journal: the changes were saved or dropped on purpose. */
    public void discard() {
        List<Path> obsolete = new ArrayList<>(superseded);
        if (journalled != null) {
            obsolete.add(0, journalled);
        }
        journalled = null;
        recorded = null;
        superseded.clear();
        if (!obsolete.isEmpty()) {
            run(() -> {
                closeJournal();
                for (Path old : obsolete) {
                    store.delete(old);
                }
            }, "Could not delete the recovery file " + obsolete.get(0));
        }
    }

    /**
     * Changes a crash kept from being saved: the journal of the open document replayed over it,
     * when that differs from it. A journal that cannot be read is moved aside and reported.
     */
    public Optional<Recovery> pending() {
        CompletableFuture.runAsync(() -> { }, writer).join();
        return pending(recoveryFile(), base(), null);
    }

    /** Unsaved changes found by {@link #checkPending}, and what they change against the saved file. */
    public record Found(Recovery recovery, List<String> summary) {
        public Found {
            summary = List.copyOf(summary);
        }
    }

    /**
     * As {@link #pending()} with its {@link #summary}, but the journal is replayed and compared on the
     * checker, after the journal work asked for before: at 100,000 publications that is seconds, and
     * the window goes on drawing. {@code found} gets the outcome on {@code ui}. Until {@link #endCheck}
     * the journal is not written over (it may hold the only copy of what a crash kept): edits made
     * meanwhile are journalled as soon as any other, to a follow-on journal beside it. Called on the UI thread.
     */
    public void checkPending(Executor ui, Consumer<Optional<Found>> found) {
        Path file = recoveryFile();
        Portfolio saved = base();
        Path writingTo = followOnFileFor(file, Instant.now());
        held = file;
        followOn = writingTo;
        Runnable check = () -> {
            Optional<Found> outcome = Optional.empty();
            try {
                outcome = pending(file, saved, writingTo).map(r -> new Found(r, summary(saved, r)));
            } catch (RuntimeException e) {
                problems.accept("The recovery file " + file + " could not be read: " + e);
            } finally {
                // Even after an error (out of memory at a large portfolio): the caller ends the check,
                // or the journal would never be written again.
                Optional<Found> done = outcome;
                ui.execute(() -> found.accept(done));
            }
        };
        // Begun after the journal work asked for before (it reads what that wrote), and then off the
        // writer, which journals the edits made meanwhile as soon as any others.
        writer.execute(() -> {
            try {
                checker.execute(check);
            } catch (RuntimeException e) {
                check.run();
            }
        });
    }

    private static void checkOnAThreadOfItsOwn(Runnable check) {
        Thread thread = new Thread(check, "scholarfolio-recovery-check");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The check's question was answered, or is no longer asked: the document's own journal takes the
     * changes again (written whole, then the follow-on deleted).
     */
    public void endCheck() {
        held = null;
        followOn = null;
        writeIfDirty();
    }

    private Optional<Recovery> pending(Path file, Portfolio saved, Path writingTo) {
        return RecoveryJournals.read(store, file, saved, writingTo, message -> problems.accept(message));
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

    /**
     * Puts the recovered portfolio in place of the open one as an unsaved change, Undo step by step:
     * each journal's changes, then the changes already made to the open document, if any, on top
     * ({@link RecoveryFold}). Undo goes back to the recovered state alone, then to the document as it was.
     */
    public void recover(Recovery recovery) {
        editor.takePendingEdits();
        Portfolio saved = base();
        Portfolio mine = editor.portfolio();
        for (int i = 0; i < recovery.stages().size(); i++) {
            Portfolio stage = recovery.stages().get(i);
            editor.editAs(UndoStep.named(i == 0 ? "recovery of unsaved changes"
                    : "recovery of changes made while a recovery question was open", null), p -> stage);
        }
        if (!mine.equals(saved)) {
            Portfolio onTop = RecoveryFold.onTop(saved, recovery.portfolio(), mine);
            if (!onTop.equals(editor.portfolio())) {
                editor.editAs(UndoStep.named("your changes put back on top of the recovered ones", null), p -> onTop);
            }
        }
        // The next write puts this state in the journal of the changes made since, if any, or starts one
        // (one atomic write), and then deletes the journals it came from.
        superseded.addAll(recovery.journals());
        if (journalled == null || !isFollowOnOf(recoveryFile(), journalled)) {
            journalled = null;
            recorded = null;
        }
    }

    /** The user does not want the recovered changes: their journals are deleted (not the one of the changes made since). */
    public void decline(Recovery recovery) {
        run(() -> {
            for (Path journal : recovery.journals()) {
                store.delete(journal);
            }
        }, "Could not delete the recovery file " + recovery.file());
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
