package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.RecordList;

/**
 * A list of records in the portfolio (news, publications, pages) shown as a table with a detail
 * form for the selected record. Rows carry their index in the portfolio's list, so a filtered
 * table still edits the right record.
 */
public abstract class RecordListViewModel<T> {

    /** One table row: the record and where it sits in the portfolio's list. */
    public record Row<T>(int index, T value) {
        /**
         * The index first: a table looks its selected row up with {@code indexOf} after every change,
         * and a record's own equals compares its last component first, the whole publication, for
         * each of 100,000 rows on the JavaFX thread.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Row<?> other && index == other.index && Objects.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return 31 * index + Objects.hashCode(value);
        }
    }

    protected final EditorViewModel editor;
    private final Supplier<String> listName;
    private final Function<Portfolio, List<T>> getList;
    private final BiFunction<Portfolio, List<T>, Portfolio> setList;
    private final RowList<T> rows = new RowList<>();
    /** The list the rows were last made to follow: an immutable snapshot's, compared with the next one. */
    private List<T> shown = List.of();
    /** The document ({@link EditorViewModel#documentNumberProperty}) the rows were made from. */
    private int shownDocument;
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1) {
        @Override
        public void set(int index) {
            if (index != get()) {
                // Typing not handed over yet belongs to the record selected now, not to the next one.
                editor.takePendingEdits();
            }
            super.set(index);
        }
    };
    private final BoundFields detail;
    private final ReadOnlyBooleanWrapper updatingRows = new ReadOnlyBooleanWrapper(this, "updatingRows");

    protected RecordListViewModel(EditorViewModel editor, String listName,
                                  Function<Portfolio, List<T>> getList,
                                  BiFunction<Portfolio, List<T>, Portfolio> setList) {
        this(editor, () -> listName, getList, setList);
    }

    /** For a list inside another record: its JSON path changes with the outer selection. */
    protected RecordListViewModel(EditorViewModel editor, Supplier<String> listName,
                                  Function<Portfolio, List<T>> getList,
                                  BiFunction<Portfolio, List<T>, Portfolio> setList) {
        this.editor = editor;
        this.listName = listName;
        this.getList = getList;
        this.setList = setList;
        this.detail = new BoundFields(editor);
        updateRows();
        editor.portfolioProperty().addListener((obs, old, now) -> {
            if (selectedIndex.get() >= getList.apply(now).size()) {
                selectedIndex.set(getList.apply(now).size() - 1);
            }
            updateRows();
        });
        selectedIndex.addListener((obs, old, now) -> detail.refresh());
        // Another document's record at the same index is a different record.
        editor.documentNumberProperty().addListener((obs, old, now) -> selectedIndex.set(-1));
    }

    private void updateRows() {
        updatingRows.set(true);
        try {
            replaceChangedRows();
        } finally {
            updatingRows.set(false);
        }
    }

    /** Above this many changed rows (an open, an import, a record added at the top) the rows are replaced at once. */
    static final int ROWS_CHANGED_ONE_BY_ONE = 64;

    private void replaceChangedRows() {
        List<T> list = getList.apply(editor.portfolio());
        int document = editor.documentNumberProperty().get();
        if (document != shownDocument) {
            // Another document (an open, a reopen of an unchanged file): none of its records is a row's
            // object, and comparing 100,000 equal ones held the JavaFX thread for longer than their rows take.
            shownDocument = document;
            replaceAllRows(list);
            return;
        }
        // Snapshots share the records an edit did not touch, and a portfolio's record lists share the
        // arrays that hold them: the places of other objects are found without a look at the rest
        // (RecordList.replaced). Many other objects (the file reloaded from disk, or an Undo past that)
        // are replaced without a compare: comparing 100,000 equal records held the JavaFX thread for
        // longer than their rows take.
        int[] otherObjects = list.size() == shown.size() ? RecordList.replaced(shown, list, ROWS_CHANGED_ONE_BY_ONE)
                : replacedInCommonPart(list);
        if (otherObjects == null || rows.isEmpty() && !list.isEmpty()) {
            replaceAllRows(list);
            return;
        }
        // Replace only what changed so that table selection and scroll position survive an edit. An
        // equal record from another snapshot keeps its row.
        for (int i : otherObjects) {
            if (!shown.get(i).equals(list.get(i))) {
                rows.set(i, new Row<>(i, list.get(i)));
            }
        }
        if (list.size() > rows.size()) {
            List<Row<T>> added = new ArrayList<>(list.size() - rows.size());
            for (int i = rows.size(); i < list.size(); i++) {
                added.add(new Row<>(i, list.get(i)));
            }
            rows.addAll(added);
        } else if (rows.size() > list.size()) {
            rows.remove(list.size(), rows.size());
        }
        shown = list;
    }

    /** As {@link RecordList#replaced} over the places both lists have (a record added or removed at the end). */
    private int[] replacedInCommonPart(List<T> list) {
        int common = Math.min(list.size(), shown.size());
        return RecordList.replaced(shown.subList(0, common), list.subList(0, common), ROWS_CHANGED_ONE_BY_ONE);
    }

    /** One change for the table, not one per record (100,000 on opening a large portfolio); rows made as they are shown. */
    private void replaceAllRows(List<T> list) {
        shown = list;
        rows.setRecords(list);
    }

    public ObservableList<Row<T>> rows() {
        return rows;
    }

    /** True while the rows follow a new snapshot; a table ignores its own selection events then. */
    public ReadOnlyBooleanProperty updatingRowsProperty() {
        return updatingRows.getReadOnlyProperty();
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public List<T> records() {
        return getList.apply(editor.portfolio());
    }

    /** Adds a record at the top of the list and selects it; one undo step. */
    public void add(T record) {
        addAt(0, record);
    }

    /** Inserts a record at {@code index} (the end when out of range) and selects it; one undo step. */
    protected void addAt(int index, T record) {
        int at = index < 0 || index > records().size() ? records().size() : index;
        editor.edit(null, p -> {
            List<T> copy = new ArrayList<>(getList.apply(p));
            copy.add(at, record);
            return setList.apply(p, copy);
        });
        selectedIndex.set(at);
        detail.refresh();
    }

    /** Removes the selected record; undo brings it back, so there is no confirmation. */
    public void removeSelected() {
        int i = selectedIndex.get();
        if (i < 0 || i >= records().size()) {
            return;
        }
        editor.edit(null, p -> {
            List<T> copy = new ArrayList<>(getList.apply(p));
            copy.remove(i);
            return setList.apply(p, copy);
        });
        selectedIndex.set(Math.min(i, records().size() - 1));
        detail.refresh();
    }

    /**
     * Removes the records at {@code indices} (places in the portfolio's list) as one undo step,
     * "removal of 3 publications"; the record now at the first one's place, or the last, is selected.
     */
    public void removeRecords(Collection<Integer> indices) {
        SortedSet<Integer> gone = new TreeSet<>();
        for (int i : indices) {
            if (i >= 0 && i < records().size()) {
                gone.add(i);
            }
        }
        if (gone.isEmpty()) {
            return;
        }
        editor.edit(null, p -> {
            List<T> list = getList.apply(p);
            List<T> kept = new ArrayList<>(list.size() - gone.size());
            for (int i = 0; i < list.size(); i++) {
                if (!gone.contains(i)) {
                    kept.add(list.get(i));
                }
            }
            return setList.apply(p, kept);
        });
        selectedIndex.set(Math.min(gone.first(), records().size() - 1));
        detail.refresh();
    }

    /** Moves the selected record up (-1) or down (+1) the list; one undo step. */
    public void moveSelected(int delta) {
        int i = selectedIndex.get();
        int to = i + delta;
        if (i < 0 || i >= records().size() || to < 0 || to >= records().size()) {
            return;
        }
        editor.edit(null, p -> {
            List<T> copy = new ArrayList<>(getList.apply(p));
            copy.add(to, copy.remove(i));
            return setList.apply(p, copy);
        });
        selectedIndex.set(to);
        detail.refresh();
    }

    /**
     * Puts {@code list} in place of the records as one undo step named {@code step}, and selects the
     * record at {@code select}: the form shows it again even when its index stayed the same.
     */
    protected void replaceRecords(UndoStep step, List<T> list, int select) {
        editor.editAs(step, p -> setList.apply(p, list));
        selectedIndex.set(select);
        detail.refresh();
    }

    /** Follows a list that now comes from somewhere else (another outer record was selected). */
    protected void listReplaced() {
        selectedIndex.set(-1);
        updateRows();
        detail.refresh();
    }

    /**
     * The JSON path of a field of the selected record ({@code publications[3].year}), as the
     * validator names it; null when nothing is selected.
     */
    public String fieldPath(String field) {
        return key(field);
    }

    private String key(String field) {
        int i = selectedIndex.get();
        String list = listName.get();
        return i < 0 || i >= records().size() || list == null ? null : list + "[" + i + "]." + field;
    }

    private <V> V read(Portfolio p, Function<T, V> get, V none) {
        int i = selectedIndex.get();
        List<T> list = getList.apply(p);
        return i < 0 || i >= list.size() ? none : get.apply(list.get(i));
    }

    private <V> Portfolio write(Portfolio p, BiFunction<T, V, T> set, V value) {
        int i = selectedIndex.get();
        List<T> list = getList.apply(p);
        if (i < 0 || i >= list.size()) {
            return p;
        }
        // One record replaced: the other records, and most of the arrays holding them, are shared.
        return setList.apply(p, RecordList.of(list).with(i, set.apply(list.get(i), value)));
    }

    protected StringProperty detailText(String field, Function<T, String> get, BiFunction<T, String, T> set) {
        return detail.text(() -> key(field), p -> read(p, get, ""), (p, v) -> write(p, set, v));
    }

    protected BooleanProperty detailFlag(String field, Function<T, Boolean> get, BiFunction<T, Boolean, T> set) {
        return detail.flag(() -> key(field), p -> read(p, get, false), (p, v) -> write(p, set, v));
    }

    protected <V> ObjectProperty<V> detailObject(String field, Function<T, V> get, BiFunction<T, V, T> set) {
        return detail.object(() -> key(field), p -> read(p, get, null), (p, v) -> write(p, set, v));
    }
}
