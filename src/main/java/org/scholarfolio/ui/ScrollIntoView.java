package org.scholarfolio.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** Scrolls the scroll panes around a node just enough that it shows whole, as focus moved by a key should. */
public final class ScrollIntoView {
    private ScrollIntoView() {
    }

    /** Scrolls each enclosing scroll pane, innermost first, so that {@code node} lies in its viewport. */
    public static void reveal(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                revealIn(scroll, node);
            }
        }
    }

    /**
     * As {@link #reveal}, for the first field of a form: each pane whose content's top would still show
     * the field is scrolled right up, so that the form's heading and the field's label show with it.
     */
    public static void revealFirst(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                if (inContent != null && inContent.getMaxY() <= scroll.getViewportBounds().getHeight()) {
                    scroll.setVvalue(scroll.getVmin());
                    scroll.layout();
                } else {
                    revealIn(scroll, node);
                }
            }
        }
    }

    /**
     * As {@link #revealFirst}, now and again after the scene's next layout (the very next pulse, before a
     * person can have scrolled): a screen shown for the first time gets its final size only in that
     * layout, and a position worked out from the sizes before it leaves the form scrolled, its heading
     * under the divider.
     */
    public static void revealFirstNowAndAfterLayout(Node node) {
        revealFirst(node);
        afterNextLayout(node, () -> revealFirst(node));
    }

    /**
     * Runs {@code action} once, after the next layout of {@code node}'s scene (the very next pulse, before a
     * person can have scrolled), while the node is still in that scene. A node in no scene yet (a screen
     * built and shown in the same event) waits for the layout of the scene it is put in.
     */
    public static void afterNextLayout(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null) {
            node.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                    if (now != null) {
                        node.sceneProperty().removeListener(this);
                        afterNextLayout(node, action);
                    }
                }
            });
            return;
        }
        boolean[] done = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            // The scene runs its listeners from its own list: taken off after this pulse, not during it.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            if (node.getScene() == scene) {
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void revealIn(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        double extra = contentHeight - viewportHeight;
        if (inContent == null || extra <= 0) {
            return;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double top = (scroll.getVvalue() - scroll.getVmin()) / range * extra;
        double wantedTop = top;
        if (inContent.getMinY() < top) {
            wantedTop = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewportHeight) {
            wantedTop = Math.min(inContent.getMinY(), inContent.getMaxY() - viewportHeight);
        }
        if (wantedTop != top) {
            double clamped = Math.max(0, Math.min(extra, wantedTop));
            scroll.setVvalue(scroll.getVmin() + clamped / extra * range);
            // The new position shows on the next layout; a second reveal (outer panes) reads it now.
            scroll.layout();
        }
    }
}
