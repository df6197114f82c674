package org.scholarfolio.ui;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Keeps the person's input out of the form and the sidebar while editing is locked (a document
 * being opened or a save that must end first: what is typed would be lost), and greys them out
 * (disables them) meanwhile, except for a lock that was already held when the window was first
 * shown ({@link #quietWhileLocked()}): the open the app starts with, of a portfolio mostly read
 * while the toolkit started. Greyed, the whole window was styled disabled for its first frame and
 * every node below restyled when that open ended, a turn or two later, before the first content.
 * A start-up open that lasts longer than {@link #QUIET_AT_MOST} (a very large portfolio) greys them
 * then, so that a window that takes no input says so.
 */
final class EditingLock {
    private final ObservableBooleanValue locked;
    /** True while the lock keeps input out without greying the nodes. */
    private final BooleanProperty quiet = new SimpleBooleanProperty(this, "quiet");
    /** How long the lock held at the window's first show stays quiet: the sample opens in a turn or two. */
    static final Duration QUIET_AT_MOST = Duration.seconds(1);
    private final PauseTransition quietEnds;

    private EditingLock(ObservableBooleanValue locked, Duration quietAtMost, List<Node> nodes) {
        this.locked = locked;
        quietEnds = new PauseTransition(quietAtMost);
        quietEnds.setOnFinished(e -> quiet.set(false));
        locked.addListener((obs, was, now) -> {
            if (!now) {
                quietEnds.stop();
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
        return apply(locked, QUIET_AT_MOST, nodes);
    }

    /** As {@link #apply(ObservableBooleanValue, Node...)}, the start-up lock quiet for at most {@code quietAtMost}. */
    static EditingLock apply(ObservableBooleanValue locked, Duration quietAtMost, Node... nodes) {
        return new EditingLock(locked, quietAtMost, List.of(nodes));
    }

    /**
     * The lock held now, if any, keeps input out without greying the nodes until it ends or has
     * lasted its time ({@link #QUIET_AT_MOST}); later locks grey them at once. Called before the window is first shown.
     */
    void quietWhileLocked() {
        if (locked.get()) {
            quiet.set(true);
            quietEnds.playFromStart();
        }
    }
}
