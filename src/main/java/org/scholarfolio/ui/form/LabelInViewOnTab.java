package org.scholarfolio.ui.form;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A field reached with Tab or Shift+Tab shows with its label. The scroll pane brings the focused control
 * into view and no more: going up a long form (or down, when the form moved), the field stood at the
 * top of the pane with its label cut off above it, in a row of fields that all look alike ("abc" typed
 * into a field whose label, Year, was out of sight). A click leaves the form where it is.
 */
final class LabelInViewOnTab {
    private LabelInViewOnTab() {
    }

    /** {@code field}: the label and its control, one above the other. */
    static void keep(Node field) {
        field.focusWithinProperty().addListener((obs, was, now) -> {
            Node owner = field.getScene() == null ? null : field.getScene().getFocusOwner();
            if (now && owner != null && owner.isFocusVisible()) {
                // After the scroll pane's own scroll to the control, which follows the focus change.
                Platform.runLater(() -> showTop(field));
            }
        });
    }

    private static void showTop(Node field) {
        ScrollPane scroll = enclosingScrollPane(field);
        if (scroll == null || scroll.getContent() == null || field.getScene() == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - viewport;
        double range = scroll.getVmax() - scroll.getVmin();
        if (inContent == null || extra <= 0 || range <= 0 || inContent.getHeight() > viewport) {
            return;
        }
        double top = (scroll.getVvalue() - scroll.getVmin()) / range * extra;
        if (inContent.getMinY() < top) {
            scroll.setVvalue(scroll.getVmin() + Math.max(0, inContent.getMinY()) / extra * range);
        }
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }
}
