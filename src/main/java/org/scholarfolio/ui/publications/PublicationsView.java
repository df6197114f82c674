package org.scholarfolio.ui.publications;

import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.form.FormBuilder;

/** Publications: searchable table (key, year, title, venue, selected) and the entry form. */
public final class PublicationsView {
    private final RecordListView<Publication> list;

    public PublicationsView(PublicationsViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Entry").row();
        form.text("Citation key", "pub-key", vm.citationKeyProperty());
        form.text("Type", "pub-type", vm.entryTypeProperty());
        form.text("Year", "pub-year", vm.yearProperty());
        form.endRow();
        form.text("Title", "pub-title", vm.titleProperty());
        form.area("Authors (one per line)", "pub-authors", vm.authorsProperty(), 3);
        form.section("Venue").row();
        form.text("Journal", "pub-journal", vm.journalProperty());
        form.text("Book title", "pub-booktitle", vm.booktitleProperty());
        form.text("Short venue (badge)", "pub-abbr", vm.abbrProperty());
        form.endRow();
        form.text("DOI", "pub-doi", vm.doiProperty());
        form.check("Selected (shown on the home page)", "pub-selected", vm.selectedProperty());
        form.section("Abstract");
        form.area("Abstract", "pub-abstract", vm.abstractTextProperty(), 6);

        list = new RecordListView<>("publications", vm, vm.visibleRows(), vm::addPublication,
                "Add publication", form.build())
                .column("Key", 120, Publication::citationKey)
                .column("Year", 60, p -> p.year() == null ? "" : p.year().toString())
                .column("Title", 320, Publication::title)
                .column("Venue", 200, p -> p.abbr().isBlank() ? p.venue() : p.abbr() + " \u00b7 " + p.venue())
                .column("Selected", 70, p -> p.selected() ? "\u2605" : "");

        TextField search = new TextField();
        search.setId("publications-search");
        search.setPromptText("Filter by title, author, venue, year");
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setPrefColumnCount(24);
        FormBuilder.keepOwnUndo(search);
        HBox searchBox = new HBox(4, new FontIcon(MaterialDesignM.MAGNIFY), search);
        searchBox.setStyle("-fx-alignment: center-left;");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        list.toolBar().getItems().addAll(spacer, searchBox);
    }

    public javafx.scene.Parent root() {
        return list.root();
    }
}
