package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Text typed into a question that appeared while the person was typing (the crash-recovery question
 * comes up a moment after the window, often mid-word) is held, not lost, and handed back once the
 * question is answered, to go where the cursor was. Only the keys that answer a question act on it:
 * Enter, Escape, Tab and the arrows, a click; a space presses the focused button only once Tab or an
 * arrow has moved the focus in the question, so a word's space never answers it by accident.
 */
final class KeysTypedIntoQuestion {
    private final List<KeyEvent> held = new ArrayList<>();
    private boolean movedInQuestion;

    private KeysTypedIntoQuestion() {
    }

    /** Starts holding the text keys that reach {@code question} (its dialog pane); see {@link #held()}. */
    static KeysTypedIntoQuestion holdIn(Node question) {
        KeysTypedIntoQuestion keys = new KeysTypedIntoQuestion();
        EventHandler<KeyEvent> filter = keys::filter;
        question.addEventFilter(KeyEvent.ANY, filter);
        return keys;
    }

    /** The keys held so far, in the order they were pressed. */
    List<KeyEvent> held() {
        return List.copyOf(held);
    }

    private void filter(KeyEvent e) {
        if (answers(e)) {
            return;
        }
        held.add(e);
        e.consume();
    }

    private boolean answers(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
            return true;
        }
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            String c = e.getCharacter();
            if (c.isEmpty() || c.charAt(0) < 0x20 || c.charAt(0) == 0x7f) {
                // Enter's, Escape's and Tab's own characters, and Backspace's, which a field ignores.
                return true;
            }
            return " ".equals(c) && movedInQuestion;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.TAB || code.isArrowKey()) {
            if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                movedInQuestion = true;
            }
            return true;
        }
        if (code == KeyCode.SPACE) {
            return movedInQuestion;
        }
        return code == KeyCode.ENTER || code == KeyCode.ESCAPE || code.isFunctionKey() || code.isModifierKey()
                || code.isMediaKey();
    }
}
