package org.scholarfolio.ui.publications;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;

import org.scholarfolio.model.OwnLink;
import org.scholarfolio.ui.FieldNames;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.ReorderControls;
import org.scholarfolio.ui.form.FormBuilder;

/**
 * A publication's links of its own, in the order of their buttons: add, remove (Delete), move
 * (Alt+Up, Alt+Down), a label and an address each.
 */
final class OwnLinksEditor {
    private final RecordListView<OwnLink> list;

    OwnLinksEditor(OwnLinksViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.row();
        mark(vm, "label", form.text(FieldNames.label("publications.ownLinks.label"), "own-link-label", vm.labelProperty()));
        mark(vm, "url", form.text(FieldNames.label("publications.ownLinks.url"), "own-link-url", vm.urlProperty()));
        form.endRow();

        list = new RecordListView<>("own-links", vm, vm.rows(), vm::addLink, "Add link", form.build())
                .column("Button", 160, l -> l.label().isBlank() ? "(no label)" : l.label())
                .column("Address", 320, OwnLink::url);
        list.table().setAccessibleText("Links of your own, in the order of their buttons");
        ReorderControls.add(list, vm, "own-link", "link");
        list.root().setPrefHeight(220);
        list.root().setMinHeight(200);
    }

    private static void mark(OwnLinksViewModel vm, String field, Control control) {
        FormBuilder.fieldPath(control, () -> vm.fieldPath(field));
    }

    Node root() {
        return list.root();
    }
}
