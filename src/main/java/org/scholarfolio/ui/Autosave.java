package org.scholarfolio.ui;

import java.util.List;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.scholarfolio.model.Portfolio;

/**
 * Keeps unsaved changes in a recovery file, so that a crash loses at most the last interval. The
 * recovery file of {@code portfolio.json} is {@code portfolio.json.recovery} beside it; an untitled
 * portfolio uses a per-user file. Saving, or dropping the changes on purpose, deletes it.
 */
public final class Autosave {
    /** A crash loses at most this much typing: unsaved changes reach the recovery file this soon. */
    public static final Duration INTERVAL = Duration.ofMillis(500);

    /** Where recovery files are written and read; the app wires in the JSON store. */
    public interface Store {
        /** Replaces the file whole (never half-written). */
        void write(Path file, Portfolio portfolio) throws IOException;

        Portfolio read(Path file) throws IOException;

        void delete(Path file) throws IOException;

        /** When the file was last written; empty when there is no such file. */
        Optional<Instant> modified(Path file);
    }

    /** Unsaved changes found for the document that was just opened. */
    public record Recovery(Path file, Instant written, Portfolio portfolio) {
    }

    /** What the recovered state changes against the open (saved) one, one line per list or part. */
    public List<String> summary(Recovery recovery) {
        return RecoverySummary.between(editor.portfolio(), recovery.portfolio());
    }

    private final EditorViewModel editor;
    private final Store store;
    private final Path untitledFile;
    private Portfolio written;
    private Path writtenTo;

    public Autosave(EditorViewModel editor, Store store, Path untitledFile) {
        this.editor = editor;
        this.store = store;
        this.untitledFile = untitledFile;
        // Saved, or replaced by another document after the user chose to drop the changes.
        editor.history().dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
    }

    public static Path recoveryFileFor(Path portfolioFile) {
        return portfolioFile.resolveSibling(portfolioFile.getFileName() + ".recovery");
    }

    /** The recovery file of the open document. */
    public Path recoveryFile() {
        Path file = editor.fileProperty().get();
        return file == null ? untitledFile : recoveryFileFor(file);
    }

    /** Writes the current snapshot when it has unsaved changes not written yet; true when it wrote. */
    public boolean writeIfDirty() throws IOException {
        Portfolio current = editor.portfolio();
        if (!editor.history().isDirty() || current == written && recoveryFile().equals(writtenTo)) {
            return false;
        }
        Path target = recoveryFile();
        store.write(target, current);
        if (writtenTo != null && !writtenTo.equals(target)) {
            deleteQuietly(writtenTo);
        }
        written = current;
        writtenTo = target;
        return true;
    }

    /** Deletes the recovery file: the changes were saved or dropped on purpose. */
    public void discard() {
        if (writtenTo != null) {
            deleteQuietly(writtenTo);
        }
        written = null;
        writtenTo = null;
    }

    /**
     * A recovery file for the open document that is newer than the document itself: changes that
     * a crash kept from being saved. Empty when there is none or it cannot be read.
     */
    public Optional<Recovery> pending() {
        Path recovery = recoveryFile();
        Optional<Instant> at = store.modified(recovery);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Path file = editor.fileProperty().get();
        Optional<Instant> saved = file == null ? Optional.empty() : store.modified(file);
        if (saved.isPresent() && !at.get().isAfter(saved.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Recovery(recovery, at.get(), store.read(recovery)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Puts the recovered portfolio in place of the open one, as one undoable, unsaved change. */
    public void recover(Recovery recovery) {
        editor.editAs(UndoStep.named("recovery of unsaved changes", null), p -> recovery.portfolio());
        written = recovery.portfolio();
        writtenTo = recovery.file();
    }

    /** The user does not want the recovered changes. */
    public void decline(Recovery recovery) {
        deleteQuietly(recovery.file());
    }

    private void deleteQuietly(Path file) {
        try {
            store.delete(file);
        } catch (IOException e) {
            // A stale recovery file is offered again next time and can be declined then.
        }
    }
}
