package org.scholarfolio.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The cursor put at the end of a field whose value may still be on its way. A list screen shown for
 * the first time fills its form after the cursor is put in its first field (Ctrl+3 in a real window),
 * and a value set so puts the caret at the start: what the person typed then went before the
 * citation key. Until the person types or clicks in the field, or it loses the focus, a value that
 * arrives leaves the caret at its end.
 */
final class CaretAtEnd {
    private CaretAtEnd() {
    }

    static void untilTouched(TextInputControl field) {
        field.end();
        javafx.scene.Scene scene = field.getScene();
        if (scene == null || scene.getFocusOwner() != field) {
            return;
        }
        ChangeListener<String> arrived = (obs, old, now) -> Platform.runLater(() -> {
            // after the control has placed the caret for the value set
            if (scene.getFocusOwner() == field && field.getCaretPosition() == 0 && field.getSelection().getLength() == 0) {
                field.end();
            }
        });
        field.textProperty().addListener(arrived);
        EventHandler<InputEvent> touch = new EventHandler<>() {
            @Override
            public void handle(InputEvent e) {
                field.textProperty().removeListener(arrived);
                field.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                field.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
            }
        };
        field.addEventFilter(KeyEvent.KEY_PRESSED, touch);
        field.addEventFilter(MouseEvent.MOUSE_PRESSED, touch);
        InvalidationListener[] left = new InvalidationListener[1];
        left[0] = obs -> {
            if (scene.getFocusOwner() != field) {
                touch.handle(null);
                scene.focusOwnerProperty().removeListener(left[0]);
            }
        };
        scene.focusOwnerProperty().addListener(left[0]);
    }
}
