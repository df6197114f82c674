package org.scholarfolio.ui;

import java.util.function.IntConsumer;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Up and down buttons and Alt+Up / Alt+Down for a list whose order is what it says (authors, a paper's own links, the pages' menu). */
public final class ReorderControls {
    private ReorderControls() {
    }

    /** Adds them to {@code list}: buttons {@code idPrefix-up} / {@code -down}, tips naming {@code what} is moved. */
    public static void add(RecordListView<?> list, RecordListViewModel<?> vm, String idPrefix, String what) {
        add(list, vm, idPrefix, what, vm::moveSelected);
    }

    /** As {@link #add(RecordListView, RecordListViewModel, String, String)}, moving by {@code move} (-1 up, +1 down). */
    public static void add(RecordListView<?> list, RecordListViewModel<?> vm, String idPrefix, String what, IntConsumer move) {
        Button up = move(vm, move, -1, MaterialDesignA.ARROW_UP, idPrefix + "-up", "Move the " + what + " up (Alt+Up)");
        Button down = move(vm, move, 1, MaterialDesignA.ARROW_DOWN, idPrefix + "-down", "Move the " + what + " down (Alt+Down)");
        list.toolBar().getItems().addAll(up, down);
        list.table().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move.accept(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
    }

    private static Button move(RecordListViewModel<?> vm, IntConsumer move, int delta, Ikon icon, String id, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        b.setOnAction(e -> move.accept(delta));
        return b;
    }
}
