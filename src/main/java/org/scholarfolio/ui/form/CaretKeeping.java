package org.scholarfolio.ui.form;

import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * Text fields whose caret stays where the text changed when the text is replaced from outside
 * (Undo, Redo, a recovered change): a plain text field puts it back at the start.
 */
public final class CaretKeeping {
    private CaretKeeping() {
    }

    public static TextField textField() {
        boolean[] typing = {false};
        TextField field = new TextField() {
            @Override
            public void replaceText(int start, int end, String text) {
                typing[0] = true;
                try {
                    super.replaceText(start, end, text);
                } finally {
                    typing[0] = false;
                }
            }
        };
        follow(field, typing);
        return field;
    }

    public static TextArea textArea() {
        boolean[] typing = {false};
        TextArea area = new TextArea() {
            @Override
            public void replaceText(int start, int end, String text) {
                typing[0] = true;
                try {
                    super.replaceText(start, end, text);
                } finally {
                    typing[0] = false;
                }
            }
        };
        follow(area, typing);
        return area;
    }

    private static void follow(TextInputControl input, boolean[] typing) {
        input.textProperty().addListener((obs, old, now) -> {
            if (!typing[0] && old != null && now != null) {
                int at = changeEnd(old, now);
                input.positionCaret(at);
                // The control puts the caret at the start once its listeners ran; move it back after that.
                Platform.runLater(() -> {
                    if (now.equals(input.getText())) {
                        input.positionCaret(at);
                    }
                });
            }
        });
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
