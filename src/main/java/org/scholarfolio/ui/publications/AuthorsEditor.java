package org.scholarfolio.ui.publications;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TableRow;

import org.scholarfolio.model.Author;
import org.scholarfolio.ui.FieldNames;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.ReorderControls;
import org.scholarfolio.ui.RecordListViewModel;
import org.scholarfolio.ui.form.FormBuilder;

/** The ordered author list of a publication: add, remove, move, flags; the researcher in bold. */
final class AuthorsEditor {
    private final RecordListView<Author> list;

    AuthorsEditor(AuthorsViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.row();
        mark(vm, "given", form.text(FieldNames.label("publications.authors.given"), "author-given", vm.givenProperty()));
        mark(vm, "von", form.text(FieldNames.label("publications.authors.von"), "author-von", vm.vonProperty()));
        mark(vm, "family", form.text(FieldNames.label("publications.authors.family"), "author-family", vm.familyProperty()));
        mark(vm, "jr", form.text(FieldNames.label("publications.authors.jr"), "author-jr", vm.jrProperty()));
        form.endRow().row();
        mark(vm, "url", form.text(FieldNames.label("publications.authors.url"), "author-url", vm.urlProperty()));
        form.check(FieldNames.label("publications.authors.equalContribution"), "author-equal", vm.equalContributionProperty());
        form.check(FieldNames.label("publications.authors.corresponding"), "author-corresponding", vm.correspondingProperty());
        form.endRow();

        list = new RecordListView<>("authors", vm, vm.rows(), vm::addAuthor, "Add author", form.build())
                .column("#", 40, a -> "")
                .column("Author", 260, a -> a.displayName().isBlank() ? "(no name)" : a.displayName())
                .column("Marks", 60, AuthorsViewModel::marks)
                .column("", 90, a -> vm.isResearcher(a) ? "you" : "");
        // Numbering by row position, since the order is what the site prints.
        @SuppressWarnings("unchecked")
        var number = (javafx.scene.control.TableColumn<RecordListViewModel.Row<Author>, String>) list.table().getColumns().get(0);
        number.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(Integer.toString(c.getValue().index() + 1)));
        number.setSortable(false);
        list.table().setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RecordListViewModel.Row<Author> row, boolean empty) {
                super.updateItem(row, empty);
                boolean me = !empty && row != null && vm.isResearcher(row.value());
                if (me) {
                    if (!getStyleClass().contains("researcher")) {
                        getStyleClass().add("researcher");
                    }
                } else {
                    getStyleClass().remove("researcher");
                }
            }
        });
        list.table().setAccessibleText("Authors in order");
        ReorderControls.add(list, vm, "author", "author");
        list.root().setPrefHeight(360);
        list.root().setMinHeight(300);
    }

    private static void mark(AuthorsViewModel vm, String field, Control control) {
        FormBuilder.fieldPath(control, () -> vm.fieldPath(field));
    }

    Node root() {
        return list.root();
    }
}
