package org.scholarfolio.ui.lookup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The box above the publications table: paste identifiers or BibTeX, Look up, check the record,
 * Add. Collapsed until opened, so the table keeps its room.
 */
public final class LookupBox {
    private final TitledPane root;

    public LookupBox(AddByIdentifierViewModel vm, CitationRefreshViewModel counts) {
        TextArea input = new TextArea();
        input.setId("lookup-input");
        // Beside the preview (the list pane 440-520 px wide) the hint took four lines of two rows, cut mid-example:
        // shorter, in three rows (room for a pasted BibTeX entry's first lines too).
        input.setPromptText("A DOI (10.1093/mind/LIX.236.433), an arXiv id, pmid:12345, a web address or a BibTeX entry");
        input.setPrefRowCount(3);
        input.setWrapText(true);
        input.textProperty().bindBidirectional(vm.inputProperty());
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.lookUp();
                e.consume();
            }
        });
        HBox.setHgrow(input, Priority.ALWAYS);

        Button lookUp = new Button("Look up");
        lookUp.setId("lookup-run");
        lookUp.setDefaultButton(false);
        lookUp.setOnAction(e -> vm.lookUp());
        Button cancel = new Button("Cancel");
        cancel.setId("lookup-cancel");
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        // Beside the text area, which takes the room, Look up read "..." in a 1400 px window with the preview open.
        lookUp.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        VBox buttons = new VBox(6, lookUp, cancel, spinner);

        TextArea preview = new TextArea();
        preview.setId("lookup-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(6);
        preview.textProperty().bind(vm.previewProperty());
        preview.visibleProperty().bind(vm.previewProperty().isNotEmpty());
        preview.managedProperty().bind(preview.visibleProperty());

        Button add = new Button("Add");
        add.setId("lookup-add");
        add.disableProperty().bind(vm.canAddProperty().not());
        add.visibleProperty().bind(preview.visibleProperty());
        add.managedProperty().bind(add.visibleProperty());
        add.setOnAction(e -> vm.add());
        Label message = new Label();
        message.setId("lookup-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);

        keepTheFocusInTheLookUp(vm, input, lookUp, cancel, add);
        lookUp.disableProperty().bind(vm.runningProperty());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

        VBox content = new VBox(8, new HBox(8, input, buttons), preview, new HBox(8, add, message),
                new Separator(), countsRow(counts));
        content.setPadding(new Insets(8));
        root = new TitledPane("Add by identifier (DOI, arXiv, PubMed or BibTeX) \u00b7 citation counts", null);
        root.setId("lookup-box");
        // Its title is cut short in a narrow window rather than pushing the preview aside.
        root.setMinWidth(0);
        root.setExpanded(false);
        root.setAnimated(false);
        contentWhenFirstExpanded(root, content);
    }

    /**
     * Seen with the keyboard: Look up, greyed while it runs, handed the focus to the next control, Refresh citation
     * counts, where the next Space started a refresh of every publication's counts. The focus goes to Cancel while
     * the look-up runs and, once it ends, to Add when there is a record to add, else back to the input.
     */
    private static void keepTheFocusInTheLookUp(AddByIdentifierViewModel vm, TextArea input, Button lookUp,
                                                Button cancel, Button add) {
        // Registered before the buttons' bindings to the same property, so it sees the focus they then move.
        vm.runningProperty().addListener((javafx.beans.InvalidationListener) obs -> {
            boolean running = vm.runningProperty().get();
            if (running && lookUp.isFocused()) {
                javafx.application.Platform.runLater(cancel::requestFocus);
            } else if (!running && cancel.isFocused()) {
                javafx.application.Platform.runLater(() -> (add.isVisible() && !add.isDisabled() ? add : input).requestFocus());
            }
        });
    }

    /**
     * Puts {@code content} in the box when it is first opened. A collapsed pane keeps its content in
     * the scene, hidden: the Publications screen's first frame styled and skinned its two text areas,
     * spinner, progress bar and five buttons (a good part of that frame at 100,000 publications) for
     * a box that most people never open.
     */
    private static void contentWhenFirstExpanded(TitledPane box, Node content) {
        if (box.isExpanded()) {
            box.setContent(content);
            return;
        }
        box.expandedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    box.expandedProperty().removeListener(this);
                    box.setContent(content);
                }
            }
        });
    }

    /** Refresh citation counts, with its progress, Cancel and outcome. */
    private static Node countsRow(CitationRefreshViewModel counts) {
        Button refresh = new Button("Refresh citation counts");
        refresh.setId("citations-refresh");
        refresh.disableProperty().bind(counts.runningProperty());
        refresh.setOnAction(e -> counts.refresh());
        ProgressBar bar = new ProgressBar();
        bar.setId("citations-progress");
        bar.progressProperty().bind(counts.progressProperty());
        bar.visibleProperty().bind(counts.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("citations-cancel");
        cancel.visibleProperty().bind(counts.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> counts.cancel());
        Label message = new Label();
        message.setId("citations-message");
        message.setWrapText(true);
        message.textProperty().bind(counts.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(8, refresh, bar, cancel, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    public Node root() {
        return root;
    }
}
