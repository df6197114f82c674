package org.scholarfolio.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioAssets;
import org.scholarfolio.store.ReaderWarmUp;

/**
 * Opens and saves the editor's document off the UI thread, one file operation at a time and in the
 * order asked (a second save waits for the first). A save writes the snapshot current when it was
 * asked for: the model is immutable, so editing goes on meanwhile and what is typed then stays
 * unsaved, never half-saved. While a file is being opened the document must not be edited (it is
 * about to be replaced): {@link #openingProperty()} says so. Outcomes come back on the UI thread.
 */
public final class DocumentIo {
    private final EditorViewModel editor;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final List<Runnable> whenIdle = new ArrayList<>();
    private int pending;
    /** File operations asked for so far: a warm-up running beside them stops when this changes. */
    private final AtomicInteger asked = new AtomicInteger();

    /**
     * {@code background} runs file work in order (one thread); {@code ui} runs outcomes on the UI
     * thread. Both may run on the caller, which makes every operation synchronous.
     */
    public DocumentIo(EditorViewModel editor, Executor background, Executor ui) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.background = background;
        this.ui = ui;
    }

    /** Everything on the calling thread: for tests and tools that need no responsiveness. */
    public static DocumentIo synchronous(EditorViewModel editor) {
        return new DocumentIo(editor, Runnable::run, Runnable::run);
    }

    private interface FileWork<T> {
        T run() throws IOException;
    }

    private <T> void submit(String what, boolean opens, FileWork<T> work, Consumer<T> done,
            Consumer<IOException> failed) {
        asked.incrementAndGet();
        pending++;
        busy.set(true);
        activity.set(what);
        if (opens) {
            opening.set(true);
        }
        background.execute(() -> {
            T result;
            try {
                result = work.run();
            } catch (IOException e) {
                ui.execute(() -> finish(opens, () -> failed.accept(e)));
                return;
            } catch (RuntimeException e) {
                IOException wrapped = new IOException(e.toString(), e);
                ui.execute(() -> finish(opens, () -> failed.accept(wrapped)));
                return;
            }
            ui.execute(() -> finish(opens, () -> done.accept(result)));
        });
    }

    private void finish(boolean opened, Runnable outcome) {
        try {
            if (opened) {
                opening.set(false);
            }
            outcome.run();
        } finally {
            // After the outcome: an outcome that starts more work (an overwrite) keeps this busy.
            if (--pending == 0) {
                busy.set(false);
                activity.set("");
                List<Runnable> waiting = List.copyOf(whenIdle);
                whenIdle.clear();
                waiting.forEach(Runnable::run);
            }
        }
    }

    /** Reads {@code folderOrJson} and, back on the UI thread, makes it the open document. */
    public void open(Path folderOrJson, Consumer<Path> opened, Consumer<IOException> failed) {
        submit("Opening " + folderOrJson + "\u2026", true, () -> editor.read(folderOrJson), o -> {
            editor.take(o);
            opened.accept(o.file());
        }, failed);
    }

    /** Saves the current snapshot to {@code jsonFile}; {@code saved} gets the snapshot written. */
    public void save(Path jsonFile, Consumer<Portfolio> saved, Consumer<IOException> failed) {
        editor.takePendingEdits();
        Portfolio snapshot = editor.portfolio();
        submit("Saving " + jsonFile + "\u2026", false, () -> {
            editor.write(jsonFile, snapshot);
            return snapshot;
        }, s -> {
            editor.markWritten(jsonFile, s);
            saved.accept(s);
        }, failed);
    }

    /**
     * Saves the current snapshot to {@code jsonFile} in another folder (Save As), bringing the files
     * it keeps beside it from {@code fromFolderOrNull}, the folder it was saved in (none for a
     * portfolio never saved); {@code saved} learns what was copied. The files are copied first: a
     * portfolio is never written where its photo and PDFs are missing.
     */
    public void saveInto(Path jsonFile, Path fromFolderOrNull, Consumer<PortfolioAssets.Copied> saved,
            Consumer<IOException> failed) {
        editor.takePendingEdits();
        Portfolio snapshot = editor.portfolio();
        record Outcome(Portfolio written, PortfolioAssets.Copied copied) {
        }
        submit("Saving " + jsonFile + "\u2026", false, () -> {
            PortfolioAssets.Copied copied = fromFolderOrNull == null ? new PortfolioAssets.Copied(0, List.of())
                    : PortfolioAssets.copy(snapshot, fromFolderOrNull, jsonFile.toAbsolutePath().getParent());
            editor.write(jsonFile, snapshot);
            return new Outcome(snapshot, copied);
        }, o -> {
            editor.markWritten(jsonFile, o.written());
            saved.accept(o.copied());
        }, failed);
    }

    /** As {@link #save}, over whatever another program wrote to the current file. */
    public void overwrite(Consumer<Portfolio> saved, Consumer<IOException> failed) {
        Path jsonFile = editor.fileProperty().get();
        editor.takePendingEdits();
        Portfolio snapshot = editor.portfolio();
        submit("Saving " + jsonFile + "\u2026", false, () -> {
            editor.overwrite(jsonFile, snapshot);
            return snapshot;
        }, s -> {
            editor.markWritten(jsonFile, s);
            saved.accept(s);
        }, failed);
    }

    /**
     * Reads the current file as it is on disk now and compares it with the window's snapshot on the
     * file thread, then, back on the UI thread, takes it as one step that Undo takes back
     * ({@link EditorViewModel#takeReloaded}); the document is not edited meanwhile. {@code reloaded}
     * gets whether anything changed (an equal file makes no step).
     */
    public void reload(Consumer<Boolean> reloaded, Consumer<IOException> failed) {
        reload(false, reloaded, failed);
    }

    /** As {@link #reload}, with this window's unsaved changes put back on top ({@link EditorViewModel#takeReloadedKeepingChanges}). */
    public void reloadKeepingChanges(Consumer<Boolean> reloaded, Consumer<IOException> failed) {
        reload(true, reloaded, failed);
    }

    private void reload(boolean keepChanges, Consumer<Boolean> reloaded, Consumer<IOException> failed) {
        Path jsonFile = editor.fileProperty().get();
        editor.takePendingEdits();
        Portfolio here = editor.portfolio();
        submit("Reading " + jsonFile + "\u2026", true,
                () -> EditorViewModel.Reloaded.compared(editor.read(jsonFile), here),
                r -> reloaded.accept(keepChanges ? editor.takeReloadedKeepingChanges(r) : editor.takeReloaded(r)), failed);
    }

    /**
     * Reads the current file as it is on disk now, without taking it, and describes on the file
     * thread how the window's snapshot differs from it ({@link PortfolioComparison}).
     */
    public void compareWithDisk(Consumer<List<String>> differences, Consumer<IOException> failed) {
        Path jsonFile = editor.fileProperty().get();
        editor.takePendingEdits();
        Portfolio here = editor.portfolio();
        submit("Comparing with " + jsonFile + "\u2026", false,
                () -> PortfolioComparison.describe(here, editor.look(jsonFile)), differences, failed);
    }

    /**
     * Asks on the file thread whether another program wrote {@code jsonFile} ({@link EditorViewModel#changedOnDisk});
     * {@code changed} learns it on the UI thread. Queued behind any save, so this window's own write has
     * its fingerprint kept before the file is looked at; the status line shows nothing (a look, not work).
     */
    public void checkDisk(Path jsonFile, Consumer<Boolean> changed) {
        Runnable look = () -> {
            boolean other;
            try {
                other = editor.changedOnDisk(jsonFile);
            } catch (IOException | RuntimeException e) {
                // Unreadable now (half written by a sync client): the next change or focus looks again.
                other = false;
            }
            boolean result = other;
            ui.execute(() -> changed.accept(result));
        };
        try {
            background.execute(look);
        } catch (RejectedExecutionException closed) {
            // The window is closed and its file thread with it: nothing to tell.
        }
    }

    /** Runs {@code action} on the UI thread once no file operation is running or waiting (now, if none). */
    public void whenIdle(Runnable action) {
        if (pending == 0) {
            action.run();
        } else {
            whenIdle.add(action);
        }
    }

    /**
     * Once no file operation is running or waiting, starts {@code warmUp} on a daemon thread of its
     * own ({@code scholarfolio-warm-up}) with a question to ask between its steps: true as soon as a
     * file operation has been asked for since it began, so that it gives way to an open or save the
     * person asked for instead of taking a core from it. Called on the UI thread.
     */
    public void warmUpWhenIdle(Consumer<BooleanSupplier> warmUp) {
        whenIdle(() -> {
            int since = asked.get();
            Thread thread = new Thread(() -> warmUp.accept(() -> asked.get() != since), "scholarfolio-warm-up");
            thread.setDaemon(true);
            thread.setPriority(YieldingThreads.UNAWAITED);
            thread.start();
        });
    }

    /** A generated portfolio's records, repeated, as {@link #warmUpReader} gives them to {@link ReaderWarmUp}. */
    static final int WARM_UP_PUBLICATIONS = 40;
    static final int WARM_UP_COPIES = 8;
    static final int WARM_UP_READS = 2;

    /**
     * The editor's warm-up of its file code ({@link ReaderWarmUp}): 40 generated publications and 20
     * news items, repeated 8 times, written once and read twice, so that each of the reader's
     * per-record methods has run some 640 times and the quick compiler has compiled it before the
     * person opens a large file; 480 records read left about half of the difference to a warm
     * open (BENCHMARKS.md, session 19, open19). A failure is only reported: the open reports its own.
     */
    public static void warmUpReader(BooleanSupplier stop) {
        try {
            if (!stop.getAsBoolean()) {
                ReaderWarmUp.run(PortfolioGenerator.generate(WARM_UP_PUBLICATIONS, WARM_UP_PUBLICATIONS / 2,
                        PortfolioGenerator.DEFAULT_SEED), WARM_UP_COPIES, WARM_UP_READS, stop);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Scholarfolio: the warm-up of the file reader failed: " + e);
        }
    }

    /** True while a file is being opened or saved, or waits to be. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** True while a file is being read to replace the document: editing it now would be lost. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** What is being done ("Saving …/portfolio.json…"), empty when idle. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }
}
