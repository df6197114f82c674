package org.scholarfolio.ui.publications;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.ui.FieldNames;
import org.scholarfolio.ui.RecordListView;
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
        Button up = move(vm, -1, MaterialDesignA.ARROW_UP, "own-link-up", "Move the link up (Alt+Up)");
        Button down = move(vm, 1, MaterialDesignA.ARROW_DOWN, "own-link-down", "Move the link down (Alt+Down)");
        list.toolBar().getItems().addAll(up, down);
        list.table().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        list.root().setPrefHeight(220);
        list.root().setMinHeight(200);
    }

    private static Button move(OwnLinksViewModel vm, int delta, org.kordamp.ikonli.Ikon icon, String id, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        b.setOnAction(e -> vm.moveSelected(delta));
        return b;
    }

    private static void mark(OwnLinksViewModel vm, String field, Control control) {
        FormBuilder.fieldPath(control, () -> vm.fieldPath(field));
    }

    Node root() {
        return list.root();
    }
}
