package org.scholarfolio.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.TableView;

import org.scholarfolio.ui.form.NodeSearch;

/**
 * What the list screens (news, pages, publications) share: the selection is the list view model's
 * selected index, a field path such as {@code news[3].title} selects its record, and the first
 * field of the form takes the focus. A screen adds its root, preview target and Add action.
 * <p>
 * The view model is made when first needed (the screen shown, a record selected or added) or by
 * {@link #prepare()}, not with the window: a hidden list's model linked its call sites and followed
 * the start's open before the first window. Until it is made nothing is selected, and the selection
 * (-1) is this screen's own property, which then follows the model's.
 */
public abstract class ListScreen<T, M extends RecordListViewModel<T>> implements Screen {
    private final Section section;
    private final String collection;
    private final String firstFieldId;
    private final LazyView<M> list;
    private final Selection selection = new Selection();

    /**
     * @param collection   the portfolio's list the field paths name ({@code news}, {@code pages} ...)
     * @param firstFieldId the id of the form's first field
     * @param makeList     makes the list's view model, once
     */
    protected ListScreen(Section section, String collection, String firstFieldId,
                         Supplier<M> makeList) {
        this.section = section;
        this.collection = collection;
        this.firstFieldId = firstFieldId;
        this.list = new LazyView<>(makeList);
        list.whenBuilt(model -> selection.follow(model.selectedIndexProperty()));
    }

    /** The list's view model, made now if it was not yet. */
    public final M viewModel() {
        return list.get();
    }

    @Override
    public void prepare() {
        list.get();
    }

    /**
     * The selected index before the model is made (-1) and the model's after: a set goes to the
     * model (made for it), whose own listeners see it first, as they did when the screen held it.
     */
    private final class Selection extends SimpleIntegerProperty {
        private boolean following;

        Selection() {
            super(ListScreen.this, "selection", -1);
        }

        @Override
        public void set(int index) {
            if (following) {
                super.set(index);
            } else {
                viewModel().selectedIndexProperty().set(index);
            }
        }

        void follow(IntegerProperty model) {
            model.addListener((obs, old, now) -> takeFrom(model));
            takeFrom(model);
        }

        private void takeFrom(IntegerProperty model) {
            following = true;
            try {
                set(model.get());
            } finally {
                following = false;
            }
        }
    }

    @Override
    public final Section section() {
        return section;
    }

    @Override
    public final IntegerProperty selection() {
        return selection;
    }

    @Override
    public String previewRecord() {
        int i = selection.get();
        return i < 0 ? "" : collection + "[" + i + "]";
    }

    @Override
    public void select(String fieldPath) {
        FieldPaths.index(fieldPath, collection).ifPresent(i -> viewModel().selectedIndexProperty().set(i));
    }

    @Override
    public final void selectFirst() {
        List<RecordListViewModel.Row<T>> rows = selectableRows();
        if (!rows.isEmpty()) {
            viewModel().selectedIndexProperty().set(firstShown(rows));
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
        return viewModel().rows();
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
