package org.scholarfolio.ui.form;

import java.util.function.UnaryOperator;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextField;

/**
 * A text field that shows its value as a reader sees it ({@code {Energy}-Neutral} as
 * Energy-Neutral) while it does not have the focus, and the value itself, braces and all, while
 * it is being edited: what is typed always edits the real value, and the file keeps the braces.
 */
public final class ShownPlainWhileIdle {
    private ShownPlainWhileIdle() {
    }

    /** Takes over {@code field}, which {@link FormBuilder#text} bound to {@code value}. */
    public static void install(TextField field, StringProperty value, UnaryOperator<String> plain) {
        field.textProperty().unbindBidirectional(value);
        Runnable showPlain = () -> field.setText(plain.apply(value.get() == null ? "" : value.get()));
        ChangeListener<String> whileIdle = (obs, old, now) -> showPlain.run();
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                value.removeListener(whileIdle);
                int caret = field.getCaretPosition();
                field.textProperty().bindBidirectional(value);
                field.positionCaret(Math.min(caret, field.getLength()));
            } else {
                field.textProperty().unbindBidirectional(value);
                value.addListener(whileIdle);
                showPlain.run();
            }
        });
        value.addListener(whileIdle);
        showPlain.run();
        field.getProperties().put(ShownPlainWhileIdle.class, Boolean.TRUE);
    }
}
