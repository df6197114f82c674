package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.scholarfolio.ui.form.NodeSearch;

/**
 * A dense table of records above the form for the selected one, like a mail client. The view
 * model's selected index is the truth; the table follows it across edits, undo and filtering.
 */
public final class RecordListView<T> {
    private final RecordListViewModel<T> vm;
    private final TableView<RecordListViewModel.Row<T>> table = new TableView<>();
    private final ToolBar toolBar = new ToolBar();
    private final BorderPane root = new BorderPane();
    private final VBox top = new VBox(toolBar);
    private final Label empty = new Label();
    private final SplitPane split = new SplitPane();
    /** The rows in the table's order (a column's sort), over the rows given. */
    private final ShownRows<RecordListViewModel.Row<T>> sorted;
    private final ObservableList<RecordListViewModel.Row<T>> items;
    private boolean syncing;
    /** Gives the table its rows, while they wait for the frame after the table's ({@link #rowsAFrameLater}); else null. */
    private Runnable rowsWaiting;
    /** Where the selection was when it was taken off the table for a change of its rows; -1: it was not. */
    private int selectionPutAsideAt = -1;
    /** Columns hidden while the table is too narrow for them, first added first shown. */
    private final List<TableColumn<RecordListViewModel.Row<T>, ?>> givingWay = new ArrayList<>();
    private static final double SCROLL_BAR_ROOM = 10;

    public RecordListView(String idPrefix, RecordListViewModel<T> vm,
                          ObservableList<RecordListViewModel.Row<T>> items,
                          Runnable onAdd, String addLabel, Node form) {
        this.vm = vm;
        table.setId(idPrefix + "-table");
        table.setAccessibleText(addLabel.replaceFirst("^Add ", "") + " list");
        this.items = items;
        // Sorting by a column header reorders this view only, never the view model's rows.
        sorted = new ShownRows<>(items);
        table.comparatorProperty().addListener((obs, old, now) -> sorted.setOrder(now));
        table.setSortPolicy(t -> true);
        // The table looks its selected and focused rows up in every row after a change that replaces
        // them (two walks through 100,000 rows per key typed into the selected publication): it has none then.
        sorted.beforeEachChange(this::putSelectionAside);
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll("dense", "striped");
        // An empty list says how to fill it rather than the toolkit's "No content in table".
        empty.setId(idPrefix + "-empty");
        empty.setWrapText(true);
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.setPadding(new Insets(12, 24, 12, 24));
        empty.setText("Nothing here yet: \u201c" + addLabel + "\u201d above starts one.");
        table.setPlaceholder(empty);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            // Null or shifted selections while rows are replaced are the table's, not the user's.
            if (!syncing && row != null && !vm.updatingRowsProperty().get()) {
                vm.selectedIndexProperty().set(row.index());
            }
        });
        vm.selectedIndexProperty().addListener((obs, old, now) -> syncTableSelection());
        vm.updatingRowsProperty().addListener((obs, was, now) -> {
            if (!now) {
                syncTableSelection();
            }
        });
        sorted.addListener((ListChangeListener<RecordListViewModel.Row<T>>) change -> syncTableSelection());

        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelected();
                e.consume();
            }
        });

        Button add = new Button(addLabel, new FontIcon(MaterialDesignP.PLUS));
        add.setId(idPrefix + "-add");
        add.setOnAction(e -> {
            onAdd.run();
            // The button kept the focus and what the person typed next went nowhere: the cursor goes
            // to the new record, once its form is enabled and filled.
            Platform.runLater(this::focusNewRecord);
        });
        Button remove = new Button(null, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId(idPrefix + "-remove");
        LazyTooltip.install(remove, () -> new Tooltip("Remove the selected entries (undo brings them back)"));
        remove.setAccessibleText("Remove the selected entries");
        remove.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        remove.setOnAction(e -> {
            removeSelected();
            // Removing the last row shown greys this button, and the focus would fall to the filter
            // box, where Ctrl+Z undoes the filter's text instead of the removal: the list takes it.
            table.requestFocus();
        });
        toolBar.getItems().addAll(add, remove);

        split.getItems().addAll(table, form);
        setForm(form);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        root.setTop(top);
        root.setCenter(split);
        root.setId(idPrefix + "-view");
        syncTableSelection();
    }

    /**
     * Puts {@code form} below the table in place of the one given before: a form built a frame after
     * its table replaces a blank stand-in, so that no one frame makes the skins of both.
     */
    public void setForm(Node form) {
        form.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        Node before = split.getItems().get(1);
        if (before != form) {
            before.disableProperty().unbind();
            split.getItems().set(1, form);
        }
    }

    /**
     * Gives the table its rows in a frame after the one that first lays out the list (its tool bar,
     * the bars above the table, the table's skin and header), call before the list is shown: that
     * frame then styles and lays out the screen's chrome and the next one the rows' cells, where at
     * 100,000 publications one frame of both took over 100 ms of the JavaFX thread. Meanwhile the
     * table is blank (not the empty list's hint); a selection made in between shows with the rows.
     */
    public void rowsAFrameLater() {
        Node hint = table.getPlaceholder();
        table.setPlaceholder(new Region());
        table.setItems(FXCollections.emptyObservableList());
        rowsWaiting = () -> {
            rowsWaiting = null;
            table.setItems(sorted);
            table.setPlaceholder(hint);
            syncTableSelection();
        };
        // The next piece after that frame, ahead of the window's other put-off work.
        AfterFirstFrame.run(root, () -> FrameByFrame.addSoon(this::rowsNow));
    }

    /** Gives the table its rows now if they wait still ({@link #rowsAFrameLater}): a form put in at once has them with it. */
    public void rowsNow() {
        if (rowsWaiting != null) {
            rowsWaiting.run();
        }
    }

    /**
     * Removes the selected record and selects the row the table now shows in its place, the next one
     * down as the person sees the list (news newest first), not the next one in the file, which a
     * sorted table shows elsewhere and scrolls to.
     */
    private void removeSelected() {
        List<Integer> shownRows = table.getSelectionModel().getSelectedIndices();
        int shownAt = shownRows.stream().mapToInt(Integer::intValue).min().orElse(-1);
        if (shownRows.size() > 1) {
            // Only rows the table shows can be selected: a record a filter hides is never among them.
            vm.removeRecords(table.getSelectionModel().getSelectedItems().stream().map(RecordListViewModel.Row::index).toList());
        } else {
            vm.removeSelected();
        }
        if (shownAt >= 0 && !sorted.isEmpty()) {
            vm.selectedIndexProperty().set(sorted.get(Math.min(shownAt, sorted.size() - 1)).index());
        }
    }

    /**
     * Puts the cursor in the form's first empty field (a news item's title: its date is today's),
     * else its first field, as Ctrl+Shift+N does.
     */
    private void focusNewRecord() {
        List<TextInputControl> fields = NodeSearch.all(split.getItems().get(1),
                        n -> n instanceof TextInputControl t && t.isEditable() && !t.isDisabled() && t.isVisible())
                .stream().map(TextInputControl.class::cast).toList();
        fields.stream().filter(f -> f.getText() == null || f.getText().isEmpty()).findFirst()
                .or(() -> fields.stream().findFirst())
                .ifPresent(field -> {
                    field.requestFocus();
                    ScrollIntoView.revealFirstNowAndAfterLayout(field);
                });
    }

    private void putSelectionAside() {
        if (table.getSelectionModel().isEmpty() && table.getFocusModel().getFocusedIndex() < 0) {
            return;
        }
        syncing = true;
        try {
            selectionPutAsideAt = table.getSelectionModel().getSelectedIndex();
            table.getSelectionModel().clearSelection();
            table.getFocusModel().focus(-1);
        } finally {
            syncing = false;
        }
    }

    private void syncTableSelection() {
        if (vm.updatingRowsProperty().get()) {
            // The rows are half way through a change; the end of it selects again.
            return;
        }
        int putAsideAt = selectionPutAsideAt;
        selectionPutAsideAt = -1;
        int wanted = vm.selectedIndexProperty().get();
        RecordListViewModel.Row<T> current = table.getSelectionModel().getSelectedItem();
        if (current != null && current.index() == wanted) {
            return;
        }
        if (wanted < 0 && table.getSelectionModel().isEmpty()) {
            // Nothing selected and nothing to select: no need to look through every row for it.
            return;
        }
        syncing = true;
        try {
            int at = shownIndexOf(wanted);
            if (at < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(at);
                if (at != putAsideAt) {
                    // A selection put back at its place after its row changed stays where the person sees it.
                    scrollToNowAndAfterLayout(at);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Scrolls the table to row {@code at}, and after the scene's next layout makes sure the row shows
     * whole: the table puts a row near the end where its estimate of the rows' heights says, and on a
     * table's first showing (the Publications screen after an import) the last row sat just below its
     * bottom edge, three pixels of it showing.
     */
    private void scrollToNowAndAfterLayout(int at) {
        table.scrollTo(at);
        ScrollIntoView.afterNextLayout(table, () -> {
            if (table.getSelectionModel().getSelectedIndex() == at && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollTo(at);
            }
        });
    }

    /** Where the table shows the view model's row {@code index}; -1 when it does not. */
    private int shownIndexOf(int index) {
        if (index < 0) {
            return -1;
        }
        boolean known = items instanceof ShownRows || items == vm.rows();
        int inItems = items instanceof ShownRows<RecordListViewModel.Row<T>> shown ? shown.shownIndexOf(index) : index;
        int at = known && inItems >= 0 ? sorted.shownIndexOf(inItems) : -1;
        if (at >= 0 && sorted.get(at).index() == index) {
            return at;
        }
        if (known && at < 0) {
            return -1;
        }
        // Rows given in another way: looked for one by one.
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).index() == index) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Lets the person select several rows (Shift or Ctrl and a click, Shift and an arrow, Ctrl+A);
     * Delete and the remove button then remove them all, one undo step. The form shows the row
     * selected last.
     */
    public RecordListView<T> severalAtOnce() {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        return this;
    }

    /** Adds a read-only text column showing one property of each record. */
    public RecordListView<T> column(String title, double prefWidth, Function<T, String> value) {
        // Narrow columns (a year, a mark) stay readable when the table is squeezed.
        return column(title, prefWidth, Math.min(prefWidth, 90), value);
    }

    /** As {@link #column(String, double, Function)}, never narrower than {@code minWidth}. */
    public RecordListView<T> column(String title, double prefWidth, double minWidth, Function<T, String> value) {
        table.getColumns().add(textColumn(title, prefWidth, minWidth, value));
        return this;
    }

    /**
     * Adds a column that the table hides while it is too narrow to give it {@code minWidth} after the
     * other columns' least widths (beside the preview in a small window); of two such columns the one
     * added first stays longer. What it shows must be in the form too.
     */
    public RecordListView<T> columnGivingWay(String title, double prefWidth, double minWidth, Function<T, String> value) {
        TableColumn<RecordListViewModel.Row<T>, String> col = textColumn(title, prefWidth, minWidth, value);
        table.getColumns().add(col);
        if (givingWay.isEmpty()) {
            table.widthProperty().addListener((obs, old, now) -> showColumnsThatFit());
        }
        givingWay.add(col);
        showColumnsThatFit();
        return this;
    }

    private TableColumn<RecordListViewModel.Row<T>, String> textColumn(String title, double prefWidth, double minWidth,
                                                                      Function<T, String> value) {
        TableColumn<RecordListViewModel.Row<T>, String> col = new TableColumn<>(title);
        col.setPrefWidth(prefWidth);
        col.setMinWidth(minWidth);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(ShownText.of(value.apply(c.getValue().value()))));
        return col;
    }

    private void showColumnsThatFit() {
        // The vertical scroll bar's width is left aside: a column shown only while it is hidden would come and go.
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR_ROOM;
        double needed = table.getColumns().stream().filter(c -> !givingWay.contains(c)).mapToDouble(TableColumn::getMinWidth).sum();
        boolean fits = true;
        for (TableColumn<RecordListViewModel.Row<T>, ?> col : givingWay) {
            fits = fits && needed + col.getMinWidth() <= room;
            if (fits) {
                needed += col.getMinWidth();
            }
            col.setVisible(fits);
        }
    }

    /** What the table says while it shows no row, instead of the default hint. */
    public RecordListView<T> emptyText(ObservableValue<String> text) {
        empty.textProperty().bind(text);
        return this;
    }

    public void addAboveTable(Node bar) {
        top.getChildren().add(bar);
    }

    public ToolBar toolBar() {
        return toolBar;
    }

    public TableView<RecordListViewModel.Row<T>> table() {
        return table;
    }

    public BorderPane root() {
        return root;
    }
}
