package org.scholarfolio.ui;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One change of a list: the elements from {@code from} to {@code to} put in place of
 * {@code removed}. The toolkit's change builder copies a removed list an element at a time
 * (100,000 when a large portfolio replaces another); this one hands the list itself on.
 */
final class WholeChange<E> extends ListChangeListener.Change<E> {
    private static final int[] NO_PERMUTATION = new int[0];
    private final int from;
    private final int to;
    private final List<E> removed;
    private boolean onIt;

    WholeChange(ObservableList<E> list, int from, int to, List<E> removed) {
        super(list);
        this.from = from;
        this.to = to;
        this.removed = removed;
    }

    @Override
    public boolean next() {
        if (onIt) {
            return false;
        }
        onIt = true;
        return true;
    }

    @Override
    public void reset() {
        onIt = false;
    }

    @Override
    public int getFrom() {
        checkOnIt();
        return from;
    }

    @Override
    public int getTo() {
        checkOnIt();
        return to;
    }

    @Override
    public List<E> getRemoved() {
        checkOnIt();
        return removed;
    }

    @Override
    protected int[] getPermutation() {
        checkOnIt();
        return NO_PERMUTATION;
    }

    private void checkOnIt() {
        if (!onIt) {
            throw new IllegalStateException("next() not called, or the change already read");
        }
    }
}
