package org.scholarfolio.ui.form;

import javafx.application.Platform;
import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * Text fields whose caret stays where the text changed when the text is replaced from outside
 * (Undo, Redo, a recovered change): a plain text field puts it back at the start. A whole new value
 * (a portfolio opened, another record chosen) shows from its start: its first line, not its last.
 */
public final class CaretKeeping {
    private CaretKeeping() {
    }

    public static TextField textField() {
        return textField(null);
    }

    /** The same, drawn at rest until reached when {@code rest} is given (see {@link FieldsAtRest}). */
    static TextField textField(FieldsAtRest rest) {
        Typing typing = new Typing();
        TextField field = new TextField() {
            @Override
            public void replaceText(int start, int end, String text) {
                typing.during(() -> super.replaceText(start, end, text));
            }

            @Override
            protected Skin<?> createDefaultSkin() {
                return rest != null ? rest.skinFor(this) : super.createDefaultSkin();
            }
        };
        if (rest != null) {
            rest.add(field);
        }
        follow(field, typing);
        RefitWhenWider.install(field);
        return field;
    }

    /** Whether the control is changing its own text (typing, paste), not taking a change from outside. */
    private static final class Typing {
        private boolean now;

        void during(Runnable replace) {
            now = true;
            try {
                replace.run();
            } finally {
                now = false;
            }
        }
    }

    private static void follow(TextInputControl input, Typing typing) {
        input.textProperty().addListener((obs, old, now) -> {
            if (!typing.now && old != null && now != null) {
                int at = caretAfter(old, now, input.isFocused());
                input.positionCaret(at);
                // The control puts the caret at the start once its listeners ran; move it back after that,
                // unless it was put elsewhere meanwhile (Ctrl+3 puts the cursor at the end of the key that
                // the Publications screen's first showing fills in just before: it went back to the start).
                Platform.runLater(() -> {
                    if (now.equals(input.getText()) && input.getCaretPosition() == 0 && input.getSelection().getLength() == 0) {
                        input.positionCaret(at);
                    }
                });
            }
        });
    }

    /**
     * Where the caret goes: at the start of a wholly new text (a value arriving in an empty field the
     * user is not in, or one that shares neither its first nor its last character), else where the change ends.
     */
    static int caretAfter(String old, String now, boolean focused) {
        return wholeNewText(old, now, focused) ? 0 : changeEnd(old, now);
    }

    /** Whether {@code now} counts as a wholly new text, shown from its start (see {@link #caretAfter}). */
    static boolean wholeNewText(String old, String now, boolean focused) {
        return now.isEmpty() || old.isEmpty() && !focused
                || !old.isEmpty() && old.charAt(0) != now.charAt(0) && old.charAt(old.length() - 1) != now.charAt(now.length() - 1);
    }

    /** Where the changed part of {@code now} ends: after an insertion, at a deletion. */
    static int changeEnd(String old, String now) {
        int prefix = 0;
        int shorter = Math.min(old.length(), now.length());
        while (prefix < shorter && old.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        return now.length() - suffix;
    }
}
