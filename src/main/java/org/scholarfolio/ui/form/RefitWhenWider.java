package org.scholarfolio.ui.form;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;

/**
 * A text field that grows wider shows as much of its text as fits. JavaFX's skin keeps the text where it was
 * scrolled to: a field given its caret at the end while it was narrow (Ctrl+4 puts the cursor at the end of the
 * Pages form's title before the form has its width; a window made wider) kept its whole text left of its edge
 * and looked empty.
 */
final class RefitWhenWider {
    private RefitWhenWider() {
    }

    static void install(TextField field) {
        field.widthProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > old.doubleValue()) {
                Platform.runLater(() -> refit(field)); // after the pulse that gave it the width, when its skin has laid out
            }
        });
    }

    /** Scrolls the text back when it ends short of the field's right edge while its start is hidden at the left. */
    static void refit(TextField field) {
        Node text = field.lookup(".text");
        if (text == null || field.getScene() == null) {
            return;
        }
        Bounds shown = text.localToScene(text.getBoundsInLocal());
        Bounds box = field.localToScene(field.getBoundsInLocal());
        double left = box.getMinX() + field.snappedLeftInset();
        double right = box.getMaxX() - field.snappedRightInset();
        if (shown.getMinX() < left - 1 && shown.getMaxX() < right - 1) {
            int caret = field.getCaretPosition();
            int anchor = field.getAnchor();
            field.home(); // back to the start, then the caret made visible again from there: no blank space after the text
            field.selectRange(anchor, caret);
        }
    }
}
