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

    private final Deque<Portfolio> undoStack = new ArrayDeque<>();
    private final Deque<Portfolio> redoStack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Portfolio> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private Portfolio saved;
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
        lastCoalescingKey = null;
        current.set(initial);
        update();
    }

    /**
     * Makes {@code next} the current snapshot. With a non-null {@code coalescingKey} equal to the
     * previous edit's key, the change joins the previous undo step instead of starting a new one.
     */
    public void apply(Portfolio next, String coalescingKey) {
        Objects.requireNonNull(next, "next");
        if (next.equals(current.get())) {
            return;
        }
        boolean joinsPreviousStep = coalescingKey != null && coalescingKey.equals(lastCoalescingKey)
                && !undoStack.isEmpty() && redoStack.isEmpty();
        if (!joinsPreviousStep) {
            undoStack.push(current.get());
            if (undoStack.size() > MAX_STEPS) {
                undoStack.removeLast();
            }
        }
        redoStack.clear();
        lastCoalescingKey = coalescingKey;
        current.set(next);
        update();
    }

    /** Ends the current coalesced step, e.g. when the user leaves a text field. */
    public void closeStep() {
        lastCoalescingKey = null;
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        redoStack.push(current.get());
        lastCoalescingKey = null;
        current.set(undoStack.pop());
        update();
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        undoStack.push(current.get());
        lastCoalescingKey = null;
        current.set(redoStack.pop());
        update();
    }

    /** Records that the current snapshot is what is on disk now. */
    public void markSaved() {
        saved = current.get();
        lastCoalescingKey = null;
        update();
    }

    private void update() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        dirty.set(!current.get().equals(saved));
    }

    public Portfolio current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Portfolio> currentProperty() {
        return current.getReadOnlyProperty();
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
