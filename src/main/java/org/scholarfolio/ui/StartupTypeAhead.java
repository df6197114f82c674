package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * Keys pressed while the window's first open runs (under load the window is still white then) are
 * held, not dropped, and given to the field the cursor is put in once the document is there, in the
 * order they were pressed: a person who starts typing as the window appears finds the text in the
 * first field, and a shortcut pressed ahead (Ctrl+2) still works. Before, the editing lock swallowed
 * them, or the toolbar's first button, which had the focus, took them.
 */
final class StartupTypeAhead {
    private final Scene scene;
    private final List<KeyEvent> held = new ArrayList<>();
    private final EventHandler<KeyEvent> hold = this::hold;

    private StartupTypeAhead(Scene scene) {
        this.scene = scene;
    }

    /**
     * Holds the keys pressed in {@code scene} while {@code locked} is true (it is when this is called);
     * when it ends, in a later turn (after the open's outcome is applied), runs {@code placeCursor},
     * which tells whether the document came, and then gives the held keys to the focused node. When
     * it did not come, the keys meant for it are dropped rather than sent to whatever shows instead.
     */
    static void holdWhile(Scene scene, ObservableBooleanValue locked, java.util.function.BooleanSupplier placeCursor) {
        StartupTypeAhead typeAhead = new StartupTypeAhead(scene);
        // A filter on the scene sees each key before any node below, the editing lock's filters included.
        scene.addEventFilter(KeyEvent.ANY, typeAhead.hold);
        InvalidationListener[] ended = new InvalidationListener[1];
        ended[0] = obs -> {
            if (locked.get()) {
                return;
            }
            locked.removeListener(ended[0]);
            Platform.runLater(() -> typeAhead.release(placeCursor.getAsBoolean()));
        };
        locked.addListener(ended[0]);
    }

    private void hold(KeyEvent e) {
        held.add(e);
        e.consume();
    }

    private void release(boolean deliver) {
        scene.removeEventFilter(KeyEvent.ANY, hold);
        List<KeyEvent> keys = List.copyOf(held);
        held.clear();
        if (deliver) {
            deliver(scene, keys);
        }
    }

    /** Gives {@code keys} to what has the focus in {@code scene}, in order, as if they were pressed there now. */
    static void deliver(Scene scene, List<KeyEvent> keys) {
        for (KeyEvent key : keys) {
            // Asked for each key: a held Tab or shortcut moves the focus, and the next key follows it.
            Node focused = scene.getFocusOwner();
            EventTarget target = focused != null ? focused : scene;
            Event.fireEvent(target, key.copyFor(target, target));
        }
    }
}
