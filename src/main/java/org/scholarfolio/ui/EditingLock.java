package org.scholarfolio.ui;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Keeps the person's input out of the form and the sidebar while editing is locked (a document
 * being opened or a save that must end first: what is typed would be lost), and greys them out
 * (disables them) only once the lock has lasted {@link #SHOWN_AFTER}. Disabling restyles every node
 * below, twice: the open at start-up, which takes a portfolio already read while the toolkit
 * started, restyled the whole window and drew its first frame greyed. A long open still shows.
 */
final class EditingLock {
    /** How long a lock lasts before it shows: shorter than a person notices a greyed window flash. */
    static final Duration SHOWN_AFTER = Duration.millis(250);

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");

    private EditingLock(ObservableBooleanValue locked, List<Node> nodes) {
        PauseTransition wait = new PauseTransition(SHOWN_AFTER);
        wait.setOnFinished(e -> shown.set(locked.get()));
        locked.addListener((obs, was, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                shown.set(false);
            }
        });
        for (Node node : nodes) {
            // Filters see an event before the focused field below does, so nothing reaches it.
            node.addEventFilter(InputEvent.ANY, event -> {
                if (locked.get()) {
                    event.consume();
                }
            });
            node.disableProperty().bind(shown);
        }
        if (locked.get()) {
            wait.playFromStart();
        }
    }

    /** Locks {@code nodes} while {@code locked} is true, as the class comment says. */
    static EditingLock apply(ObservableBooleanValue locked, Node... nodes) {
        return new EditingLock(locked, List.of(nodes));
    }

    /** True while the lock shows (the nodes are disabled). */
    BooleanProperty shownProperty() {
        return shown;
    }
}
