package org.scholarfolio.ui;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.collections.ModifiableObservableListBase;

import org.scholarfolio.ui.RecordListViewModel.Row;

/**
 * The rows of a record list, each made when it is first asked for (a table asks for the few it
 * shows), and all of them replaced in one change by {@link #setRecords(List)}: the toolkit's array
 * list clears and adds them one by one, each a step of the change it builds, and the rows
 * themselves were 100,000 objects made on the JavaFX thread on opening a large portfolio.
 */
final class RowList<T> extends ModifiableObservableListBase<Row<T>> {
    private List<T> records = new ArrayList<>();
    /** The row of each record once made, null before. */
    private List<Row<T>> made = new ArrayList<>();

    /** Rows for {@code all} in place of every row there is, in one change. */
    void setRecords(List<T> all) {
        List<Row<T>> before = new MadeOnDemand<>(records, made);
        records = new ArrayList<>(all);
        made = new ArrayList<>(Arrays.asList(newRows(all.size())));
        if (before.isEmpty() && records.isEmpty()) {
            return;
        }
        fireChange(new WholeChange<>(this, 0, records.size(), before));
    }

    @SuppressWarnings("unchecked")
    private static <T> Row<T>[] newRows(int size) {
        return new Row[size];
    }

    @Override
    public Row<T> get(int index) {
        return rowOf(records, made, index);
    }

    private static <T> Row<T> rowOf(List<T> records, List<Row<T>> made, int index) {
        Row<T> row = made.get(index);
        if (row == null) {
            row = new Row<>(index, records.get(index));
            made.set(index, row);
        }
        return row;
    }

    @Override
    public int size() {
        return records.size();
    }

    @Override
    protected void doAdd(int index, Row<T> row) {
        records.add(index, row.value());
        made.add(index, row);
    }

    @Override
    protected Row<T> doSet(int index, Row<T> row) {
        Row<T> before = get(index);
        records.set(index, row.value());
        made.set(index, row);
        return before;
    }

    @Override
    protected Row<T> doRemove(int index) {
        Row<T> before = get(index);
        records.remove(index);
        made.remove(index);
        return before;
    }

    /** The rows replaced, for the change that tells of it: made only if a listener asks for them. */
    private static final class MadeOnDemand<T> extends AbstractList<Row<T>> {
        private final List<T> records;
        private final List<Row<T>> made;

        MadeOnDemand(List<T> records, List<Row<T>> made) {
            this.records = records;
            this.made = made;
        }

        @Override
        public Row<T> get(int index) {
            return rowOf(records, made, index);
        }

        @Override
        public int size() {
            return records.size();
        }
    }
}
