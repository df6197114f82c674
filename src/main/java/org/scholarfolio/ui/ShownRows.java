package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;
import javafx.collections.WeakListChangeListener;

/**
 * The rows a table shows: another list's rows, those a filter lets through, in a column's order.
 * While neither a filter nor an order is set it is the other list itself, each change passed on
 * as it came: the toolkit's {@code FilteredList} and {@code SortedList} walk every row for every
 * change (100,000 on opening a large portfolio, and again for each key typed into one record).
 * With a filter or an order, a record edited in place keeps its place in one change; any other
 * change shows the rows again in one.
 */
public final class ShownRows<E> extends ObservableListBase<E> {
    private final ObservableList<E> source;
    private final ListChangeListener<E> listener = this::sourceChanged;
    private Predicate<? super E> filter;
    private Comparator<? super E> order;
    /** The rows shown; null while all are shown in order. */
    private E[] shown;
    /** Each source position's place among the rows shown, -1 where the filter hides it. */
    private int[] shownAt;
    private Runnable beforeChange = () -> { };

    public ShownRows(ObservableList<E> source) {
        this.source = source;
        source.addListener(new WeakListChangeListener<>(listener));
    }

    /** Shows only the rows {@code filter} accepts; null shows all of them. */
    public void setFilter(Predicate<? super E> filter) {
        this.filter = filter;
        showAgain();
    }

    /** Shows the rows in this order; null keeps the source's. */
    public void setOrder(Comparator<? super E> order) {
        this.order = order;
        showAgain();
    }

    /** Runs before any change is told to the listeners (a table clears its selection there, see {@link RecordListView}). */
    public void beforeEachChange(Runnable action) {
        this.beforeChange = action;
    }

    /** The place among the rows shown of the source's row at {@code sourceIndex}; -1 when it is not shown. */
    public int shownIndexOf(int sourceIndex) {
        if (sourceIndex < 0 || sourceIndex >= source.size()) {
            return -1;
        }
        return shown == null ? sourceIndex : shownAt[sourceIndex];
    }

    @Override
    public E get(int index) {
        return shown == null ? source.get(index) : shown[index];
    }

    @Override
    public int size() {
        return shown == null ? source.size() : shown.length;
    }

    private boolean showsAllInOrder() {
        return filter == null && order == null;
    }

    private void sourceChanged(ListChangeListener.Change<? extends E> c) {
        if (showsAllInOrder()) {
            passOn(c);
            return;
        }
        if (c.next() && c.wasReplaced() && c.getRemovedSize() == 1 && c.getAddedSize() == 1 && !c.next()
                && replacedInPlace(c.getFrom())) {
            return;
        }
        showAgain();
    }

    private void passOn(ListChangeListener.Change<? extends E> c) {
        beforeChange.run();
        c.reset();
        if (c.next() && !c.wasPermutated() && !c.wasUpdated() && !c.next()) {
            // One replacement, addition or removal (an open: 100,000 rows for others): its removed rows handed on as they are.
            c.reset();
            c.next();
            @SuppressWarnings("unchecked")
            List<E> removed = (List<E>) c.getRemoved();
            fireChange(new WholeChange<>(this, c.getFrom(), c.getTo(), removed));
            return;
        }
        c.reset();
        beginChange();
        while (c.next()) {
            if (c.wasPermutated()) {
                int[] permutation = new int[c.getTo() - c.getFrom()];
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    permutation[i - c.getFrom()] = c.getPermutation(i);
                }
                nextPermutation(c.getFrom(), c.getTo(), permutation);
            } else if (c.wasUpdated()) {
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    nextUpdate(i);
                }
            } else if (c.wasReplaced()) {
                nextReplace(c.getFrom(), c.getTo(), c.getRemoved());
            } else if (c.wasRemoved()) {
                nextRemove(c.getFrom(), c.getRemoved());
            } else if (c.wasAdded()) {
                nextAdd(c.getFrom(), c.getTo());
            }
        }
        endChange();
    }

    /** A record edited where it is shown and still belonging there: one change at its place. */
    private boolean replacedInPlace(int sourceIndex) {
        if (shown == null || shownAt.length != source.size()) {
            return false;
        }
        int at = shownAt[sourceIndex];
        E now = source.get(sourceIndex);
        boolean passes = filter == null || filter.test(now);
        if (at < 0) {
            // Hidden before and still hidden: nothing shown changes.
            return !passes;
        }
        if (!passes || order != null && (at > 0 && order.compare(shown[at - 1], now) > 0
                || at < shown.length - 1 && order.compare(now, shown[at + 1]) > 0)) {
            return false;
        }
        E before = shown[at];
        beforeChange.run();
        shown[at] = now;
        beginChange();
        nextSet(at, before);
        endChange();
        return true;
    }

    /** Shows the rows again from the source, filter and order, in one change. */
    @SuppressWarnings("unchecked")
    private void showAgain() {
        // The rows shown before: this array is replaced below, never changed, when the rows are shown again.
        List<E> before = shown != null ? Arrays.asList(shown) : new ArrayList<>(source);
        if (showsAllInOrder()) {
            shown = null;
            shownAt = null;
        } else {
            int n = source.size();
            Integer[] passing = new Integer[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (filter == null || filter.test(source.get(i))) {
                    passing[count++] = i;
                }
            }
            if (order != null) {
                // Stable: rows that compare equal keep the source's order.
                Arrays.sort(passing, 0, count, (a, b) -> order.compare(source.get(a), source.get(b)));
            }
            shown = (E[]) new Object[count];
            shownAt = new int[n];
            Arrays.fill(shownAt, -1);
            for (int k = 0; k < count; k++) {
                shown[k] = source.get(passing[k]);
                shownAt[passing[k]] = k;
            }
        }
        if (before.isEmpty() && isEmpty()) {
            return;
        }
        beforeChange.run();
        fireChange(new WholeChange<>(this, 0, size(), before));
    }
}
