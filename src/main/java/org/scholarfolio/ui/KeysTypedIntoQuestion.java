package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
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
    /** Removes the filters {@link #holdAlsoAt} put on the window under the question. */
    private final List<Runnable> releases = new ArrayList<>();

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
        filterUntilRelease(blocked, KeyEvent.ANY, keys);
        for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED, MouseEvent.MOUSE_DRAGGED)) {
            filterUntilRelease(blocked, type, pointer);
        }
        filterUntilRelease(blocked, WindowEvent.WINDOW_CLOSE_REQUEST, close);
        return this;
    }

    /** Once the question is answered: lets the window under it have its keys again; returns the keys held. */
    List<KeyEvent> release() {
        releases.forEach(Runnable::run);
        releases.clear();
        return held();
    }

    private <T extends Event> void filterUntilRelease(Window window, EventType<T> type, EventHandler<? super T> handler) {
        window.addEventFilter(type, handler);
        releases.add(() -> window.removeEventFilter(type, handler));
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
