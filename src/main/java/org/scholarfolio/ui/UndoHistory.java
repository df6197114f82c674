package org.scholarfolio.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.scholarfolio.model.Portfolio;

/**
 * Undo and redo over immutable {@link Portfolio} snapshots. Because every snapshot is a complete
 * value, undo is "go back to the previous value" and can never get out of step with the model.
 * Consecutive edits that carry the same coalescing key (one text field being typed into) become a
 * single undo step, so Ctrl+Z removes a word the user typed rather than one letter.
 */
public final class UndoHistory {
    /** Old steps are dropped beyond this many; each step shares most of its data with its neighbours. */
    static final int MAX_STEPS = 500;

    /**
     * A snapshot to go back to, what the step from it changed, and its lineage: the snapshots made
     * by edits from one load share a lineage (and most of their objects), so comparing two of them
     * is cheap; a reload starts another, whose snapshots share nothing with the earlier ones.
     */
    private record Entry(Portfolio snapshot, UndoStep step, int lineage) {
    }

    private final Deque<Entry> undoStack = new ArrayDeque<>();
    private final Deque<Entry> redoStack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<UndoStep> nextUndo = new ReadOnlyObjectWrapper<>(this, "nextUndo");
    private final ReadOnlyObjectWrapper<UndoStep> nextRedo = new ReadOnlyObjectWrapper<>(this, "nextRedo");
    /** By identity: an equal snapshot of another document (a file reopened) is still a change, and no compare. */
    private final IdentityObjectProperty<Portfolio> current = new IdentityObjectProperty<>(this, "current");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private Portfolio saved;
    /** The lineage (see {@link Entry}) of {@link #current} and of {@link #saved}; the last one started. */
    private int currentLineage;
    private int savedLineage;
    private int lastLineage;
    /** Follows {@link #saved}, set after {@link #dirty} so that listeners see both up to date. */
    private final IdentityObjectProperty<Portfolio> savedSnapshot = new IdentityObjectProperty<>(this, "saved");
    private String lastCoalescingKey;

    public UndoHistory(Portfolio initial) {
        reset(initial);
    }

    /** Starts over with a freshly loaded or created portfolio, which counts as saved. */
    public void reset(Portfolio initial) {
        Objects.requireNonNull(initial, "initial");
        undoStack.clear();
        redoStack.clear();
        saved = initial;
        currentLineage = ++lastLineage;
        savedLineage = currentLineage;
        lastCoalescingKey = null;
        current.set(initial);
        update();
        savedSnapshot.set(initial);
    }

    /**
     * Makes {@code next} the current snapshot. With a non-null {@code coalescingKey} equal to the
     * previous edit's key, the change joins the previous undo step instead of starting a new one.
     */
    public void apply(Portfolio next, String coalescingKey) {
        apply(next, coalescingKey, null);
    }

    /** As {@link #apply(Portfolio, String)}, with the step described by its command (null: described from the change). */
    public void apply(Portfolio next, String coalescingKey, UndoStep stepOrNull) {
        Objects.requireNonNull(next, "next");
        if (next.equals(current.get())) {
            return;
        }
        boolean joinsPreviousStep = coalescingKey != null && coalescingKey.equals(lastCoalescingKey)
                && !undoStack.isEmpty() && redoStack.isEmpty();
        if (!joinsPreviousStep) {
            pushUndoStep(stepOrNull != null ? stepOrNull : UndoStep.describe(current.get(), next, coalescingKey));
        }
        redoStack.clear();
        lastCoalescingKey = coalescingKey;
        current.set(next);
        update();
    }

    /**
     * Makes {@code fromDisk}, the file as another program left it, the current and saved snapshot, as
     * one step ({@code step}) that Undo takes back to what was here. Nothing is compared: the two
     * share no objects, so an {@code equals} would walk both whole (100,000 publications) on the UI
     * thread, and what changed is not needed to name a step the caller names. The caller knows they
     * differ (compared off the UI thread), and the snapshots from before count as unsaved: none is
     * compared with {@code fromDisk}, on Undo either.
     */
    public void takeSaved(Portfolio fromDisk, UndoStep step) {
        Objects.requireNonNull(fromDisk, "fromDisk");
        Objects.requireNonNull(step, "step");
        pushUndoStep(step);
        redoStack.clear();
        lastCoalescingKey = null;
        saved = fromDisk;
        currentLineage = ++lastLineage;
        savedLineage = currentLineage;
        current.set(fromDisk);
        update();
        savedSnapshot.set(fromDisk);
    }

    /** Keeps the current snapshot as {@code step}'s way back, dropping the oldest past {@link #MAX_STEPS}. */
    private void pushUndoStep(UndoStep step) {
        undoStack.push(new Entry(current.get(), step, currentLineage));
        if (undoStack.size() > MAX_STEPS) {
            undoStack.removeLast();
        }
    }

    /** Ends the current coalesced step, e.g. when the user leaves a text field. */
    public void closeStep() {
        lastCoalescingKey = null;
    }

    /** Goes back one step; returns what it undid, or null when there was nothing to undo. */
    public UndoStep undo() {
        if (undoStack.isEmpty()) {
            return null;
        }
        Entry back = undoStack.pop();
        redoStack.push(new Entry(current.get(), back.step(), currentLineage));
        lastCoalescingKey = null;
        currentLineage = back.lineage();
        current.set(back.snapshot());
        update();
        return back.step();
    }

    /** Goes forward one step; returns what it redid, or null when there was nothing to redo. */
    public UndoStep redo() {
        if (redoStack.isEmpty()) {
            return null;
        }
        Entry forward = redoStack.pop();
        undoStack.push(new Entry(current.get(), forward.step(), currentLineage));
        lastCoalescingKey = null;
        currentLineage = forward.lineage();
        current.set(forward.snapshot());
        update();
        return forward.step();
    }

    /** What Undo would undo now, or null. */
    public ReadOnlyObjectProperty<UndoStep> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    /** What Redo would redo now, or null. */
    public ReadOnlyObjectProperty<UndoStep> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    /** Records that the current snapshot is what is on disk now. */
    public void markSaved() {
        markSaved(current.get());
    }

    /**
     * Records that {@code snapshot} is what is on disk now: a save that ran in the background while
     * editing went on wrote the snapshot it started with, and what was typed since stays unsaved.
     */
    public void markSaved(Portfolio snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        saved = snapshot;
        // A save writes the current snapshot or one edited into it since: the current lineage.
        savedLineage = currentLineage;
        if (snapshot == current.get()) {
            lastCoalescingKey = null;
        }
        update();
        savedSnapshot.set(snapshot);
    }

    private void update() {
        nextUndo.set(undoStack.isEmpty() ? null : undoStack.peek().step());
        nextRedo.set(redoStack.isEmpty() ? null : redoStack.peek().step());
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        dirty.set(current.get() != saved && (currentLineage != savedLineage || !current.get().equals(saved)));
    }

    /** {@link #saved()} as a property: it changes with every load and save. */
    public ReadOnlyObjectProperty<Portfolio> savedProperty() {
        return savedSnapshot;
    }

    /** The snapshot last loaded or saved: what the file holds, as far as this window knows. */
    public Portfolio saved() {
        return saved;
    }

    public Portfolio current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Portfolio> currentProperty() {
        return current;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
