package org.scholarfolio.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;

/**
 * Keeps the person's input out of the form and the sidebar while editing is locked (a document
 * being opened or a save that must end first: what is typed would be lost), and greys them out
 * (disables them) meanwhile, except for a lock that was already held when the window was first
 * shown ({@link #quietWhileLocked()}): the open the app starts with, of a portfolio mostly read
 * while the toolkit started. Greyed, the whole window was styled disabled for its first frame and
 * every node below restyled when that open ended, a turn or two later, before the first content.
 */
final class EditingLock {
    private final ObservableBooleanValue locked;
    /** True while the lock keeps input out without greying the nodes. */
    private final BooleanProperty quiet = new SimpleBooleanProperty(this, "quiet");

    private EditingLock(ObservableBooleanValue locked, List<Node> nodes) {
        this.locked = locked;
        locked.addListener((obs, was, now) -> {
            if (!now) {
                quiet.set(false);
            }
        });
        for (Node node : nodes) {
            // Filters see an event before the focused field below does, so nothing reaches it.
            node.addEventFilter(InputEvent.ANY, event -> {
                if (locked.get()) {
                    event.consume();
                }
            });
            node.disableProperty().bind(Bindings.createBooleanBinding(() -> locked.get() && !quiet.get(), locked, quiet));
        }
    }

    /** Locks {@code nodes} while {@code locked} is true, as the class comment says. */
    static EditingLock apply(ObservableBooleanValue locked, Node... nodes) {
        return new EditingLock(locked, List.of(nodes));
    }

    /**
     * The lock held now, if any, keeps input out without greying the nodes until it ends; later
     * locks grey them again. Called before the window is first shown.
     */
    void quietWhileLocked() {
        if (locked.get()) {
            quiet.set(true);
        }
    }
}
