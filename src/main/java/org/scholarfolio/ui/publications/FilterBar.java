package org.scholarfolio.ui.publications;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.scholarfolio.ui.form.FormBuilder;

/**
 * The publications filter, on its own line above the table so that it never hides in a tool
 * bar's overflow: the box, and while a filter is on, "2 of 9 shown" and a button that clears it.
 */
final class FilterBar {
    private final HBox root;

    FilterBar(PublicationsViewModel vm) {
        TextField search = new TextField();
        search.setId("publications-search");
        search.setPromptText("Filter by title, author, venue, year (Ctrl+F)");
        search.setAccessibleText("Filter publications");
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        FormBuilder.keepOwnUndo(search);
        HBox.setHgrow(search, Priority.ALWAYS);
        // Escape in a search box takes the search back, as in a browser's or a mail client's.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !vm.searchTextProperty().get().isEmpty()) {
                vm.clearFilter();
                e.consume();
            }
        });

        Label summary = new Label();
        summary.setId("publications-filter-summary");
        summary.getStyleClass().add("filter-summary");
        summary.textProperty().bind(vm.filterSummaryProperty());
        Button clear = new Button("Clear filter", new FontIcon(MaterialDesignC.CLOSE));
        clear.setId("publications-filter-clear");
        clear.setTooltip(new Tooltip("Show all publications again"));
        clear.setOnAction(e -> {
            vm.clearFilter();
            search.requestFocus();
        });
        for (var node : new javafx.scene.control.Control[] {summary, clear}) {
            node.visibleProperty().bind(vm.filterSummaryProperty().isNotEmpty());
            node.managedProperty().bind(node.visibleProperty());
            // Whole at any width: the box gives way. At 1024 px with the preview open they were cut
            // to "79 of 1000 ..." and "Clea...", and that a filter is on is what they are there to say.
            node.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Room for a word or two of the filter, whatever the window's width.
        search.setMinWidth(120);
        root = new HBox(6, new FontIcon(MaterialDesignM.MAGNIFY), search, summary, clear);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("filter-bar");
        root.setId("publications-filter-bar");
    }

    HBox root() {
        return root;
    }
}
