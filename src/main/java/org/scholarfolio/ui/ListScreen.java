package org.scholarfolio.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.TableView;

import org.scholarfolio.ui.form.NodeSearch;

/**
 * What the list screens (news, pages, publications) share: the selection is the list view model's
 * selected index, a field path such as {@code news[3].title} selects its record, and the first
 * field of the form takes the focus. A screen adds its root, preview target and Add action.
 */
public abstract class ListScreen<T> implements Screen {
    private final Section section;
    private final String collection;
    private final String firstFieldId;
    private final RecordListViewModel<T> list;

    /**
     * @param collection   the portfolio's list the field paths name ({@code news}, {@code pages} ...)
     * @param firstFieldId the id of the form's first field
     */
    protected ListScreen(Section section, String collection, String firstFieldId, RecordListViewModel<T> list) {
        this.section = section;
        this.collection = collection;
        this.firstFieldId = firstFieldId;
        this.list = list;
    }

    @Override
    public final Section section() {
        return section;
    }

    @Override
    public final IntegerProperty selection() {
        return list.selectedIndexProperty();
    }

    @Override
    public String previewRecord() {
        int i = list.selectedIndexProperty().get();
        return i < 0 ? "" : collection + "[" + i + "]";
    }

    @Override
    public void select(String fieldPath) {
        FieldPaths.index(fieldPath, collection).ifPresent(list.selectedIndexProperty()::set);
    }

    @Override
    public final void selectFirst() {
        List<RecordListViewModel.Row<T>> rows = selectableRows();
        if (!rows.isEmpty()) {
            list.selectedIndexProperty().set(firstShown(rows));
        }
    }

    /**
     * Of {@code rows}, the index of the one the table shows on top, as it is sorted (news newest
     * first), not the first in the file, which a sorted table may show at the bottom.
     */
    private int firstShown(List<RecordListViewModel.Row<T>> rows) {
        Set<Integer> selectable = rows.stream().map(RecordListViewModel.Row::index).collect(Collectors.toSet());
        return NodeSearch.byId(root(), collection + "-table")
                .filter(TableView.class::isInstance)
                .flatMap(table -> ((TableView<?>) table).getItems().stream()
                        .filter(RecordListViewModel.Row.class::isInstance)
                        .map(row -> ((RecordListViewModel.Row<?>) row).index())
                        .filter(selectable::contains)
                        .findFirst())
                .orElse(rows.get(0).index());
    }

    /** The rows the person can see and pick, in order; a filtered list shows fewer. */
    protected List<RecordListViewModel.Row<T>> selectableRows() {
        return list.rows();
    }

    @Override
    public final Node firstField() {
        completeForm();
        return NodeSearch.byId(root(), firstFieldId).orElse(null);
    }

    /** Puts the form in now if it comes a frame after its table and waits still; nothing by default. */
    protected void completeForm() {
    }
}
