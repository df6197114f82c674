package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Text typed into a question that appeared while the person was typing (the crash-recovery question
 * comes up a moment after the window, often mid-word) is held, not lost, and handed back once the
 * question is answered, to go where the cursor was. Only the keys that answer a question act on it:
 * Enter, Escape, Tab and the arrows, a click; a space presses the focused button only once Tab or an
 * arrow has moved the focus in the question, so a word's space never answers it by accident.
 * <p>
 * The window under the question is held too ({@link #holdAlsoAt}): the keys that still reach it, sent
 * before the question took the focus, are every one held in the order they came, and its pointer's
 * presses bring the question back instead of editing underneath it. A modal question lost them: the
 * toolkit disables the window it blocks, and a disabled window's keys are dropped before any filter
 * sees them (3 to 4 letters, the moment between the question showing and taking the keys).
 */
final class KeysTypedIntoQuestion {
    private final List<KeyEvent> held = new ArrayList<>();
    private boolean movedInQuestion;
    private Runnable releaseBlocked = () -> {
    };

    private KeysTypedIntoQuestion() {
    }

    /** Starts holding the text keys that reach {@code question} (its dialog pane); see {@link #held()}. */
    static KeysTypedIntoQuestion holdIn(Node question) {
        KeysTypedIntoQuestion keys = new KeysTypedIntoQuestion();
        EventHandler<KeyEvent> filter = keys::filter;
        question.addEventFilter(KeyEvent.ANY, filter);
        return keys;
    }

    /**
     * Also holds every key that reaches {@code blocked} (the window under the question, which the question
     * leaves enabled, so that its keys come to a filter at all) until {@link #release}, and turns its
     * pointer's presses and its close button back to the question.
     */
    KeysTypedIntoQuestion holdAlsoAt(Window blocked, Window question) {
        EventHandler<KeyEvent> keys = e -> {
            held.add(e);
            e.consume();
        };
        EventHandler<MouseEvent> pointer = e -> {
            e.consume();
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
                question.requestFocus();
            }
        };
        EventHandler<WindowEvent> close = e -> {
            e.consume();
            question.requestFocus();
        };
        blocked.addEventFilter(KeyEvent.ANY, keys);
        blocked.addEventFilter(MouseEvent.MOUSE_PRESSED, pointer);
        blocked.addEventFilter(MouseEvent.MOUSE_RELEASED, pointer);
        blocked.addEventFilter(MouseEvent.MOUSE_CLICKED, pointer);
        blocked.addEventFilter(MouseEvent.MOUSE_DRAGGED, pointer);
        blocked.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, close);
        releaseBlocked = () -> {
            blocked.removeEventFilter(KeyEvent.ANY, keys);
            blocked.removeEventFilter(MouseEvent.MOUSE_PRESSED, pointer);
            blocked.removeEventFilter(MouseEvent.MOUSE_RELEASED, pointer);
            blocked.removeEventFilter(MouseEvent.MOUSE_CLICKED, pointer);
            blocked.removeEventFilter(MouseEvent.MOUSE_DRAGGED, pointer);
            blocked.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, close);
        };
        return this;
    }

    /** Once the question is answered: lets the window under it have its keys again; returns the keys held. */
    List<KeyEvent> release() {
        releaseBlocked.run();
        releaseBlocked = () -> {
        };
        return held();
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
