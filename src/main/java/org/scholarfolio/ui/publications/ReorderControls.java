package org.scholarfolio.ui.publications;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.RecordListViewModel;

/** Up and down buttons and Alt+Up / Alt+Down for a list whose order is what it says (authors, a paper's own links). */
final class ReorderControls {
    private ReorderControls() {
    }

    /** Adds them to {@code list}: buttons {@code idPrefix-up} / {@code -down}, tips naming {@code what} is moved. */
    static void add(RecordListView<?> list, RecordListViewModel<?> vm, String idPrefix, String what) {
        Button up = move(vm, -1, MaterialDesignA.ARROW_UP, idPrefix + "-up", "Move the " + what + " up (Alt+Up)");
        Button down = move(vm, 1, MaterialDesignA.ARROW_DOWN, idPrefix + "-down", "Move the " + what + " down (Alt+Down)");
        list.toolBar().getItems().addAll(up, down);
        list.table().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
    }

    private static Button move(RecordListViewModel<?> vm, int delta, Ikon icon, String id, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        b.setOnAction(e -> vm.moveSelected(delta));
        return b;
    }
}
