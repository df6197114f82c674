package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keys pressed while the window's first open runs (under load the window is still white then) are
 * held, not dropped, and given to the field the cursor is put in once the document is there, in the
 * order they were pressed: a person who starts typing as the window appears finds the text in the
 * first field, and a shortcut pressed ahead (Ctrl+2) or a menu's letter (Alt+F) still works. Before,
 * the editing lock swallowed them, or the toolbar's first button, which had the focus, took them.
 * They are held at the window, ahead of the scene: the scene's mnemonics act on a key before the
 * scene's own filters see it, so held there Alt+F opened the File menu at once, and its replay then
 * closed it again.
 */
final class StartupTypeAhead {
    private final Scene scene;
    /** The window the keys are held at (the scene gets its window after this is set up). */
    private Window holding;
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
        // A filter on the window sees each key before the scene's mnemonics and any node's filters.
        typeAhead.holdAt(scene.getWindow());
        ChangeListener<Window> windowCame = (obs, old, now) -> typeAhead.holdAt(now);
        scene.windowProperty().addListener(windowCame);
        InvalidationListener[] ended = new InvalidationListener[1];
        ended[0] = obs -> {
            if (locked.get()) {
                return;
            }
            locked.removeListener(ended[0]);
            scene.windowProperty().removeListener(windowCame);
            Platform.runLater(() -> typeAhead.release(placeCursor.getAsBoolean()));
        };
        locked.addListener(ended[0]);
    }

    private void holdAt(Window window) {
        if (holding != null) {
            holding.removeEventFilter(KeyEvent.ANY, hold);
        }
        holding = window;
        if (window != null) {
            window.addEventFilter(KeyEvent.ANY, hold);
        }
    }

    private void hold(KeyEvent e) {
        held.add(e);
        e.consume();
    }

    private void release(boolean deliver) {
        holdAt(null);
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
