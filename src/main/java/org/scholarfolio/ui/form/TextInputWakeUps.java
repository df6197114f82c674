package org.scholarfolio.ui.form;

import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;

/**
 * What wakes a resting text control (a text field, a multi-line field's stand-in) whatever its kind: the focus, a caret
 * or selection moved from the start, a prompt text, right to left; a key, an input method, a context menu asked for
 * (before the event goes on). Watched while the control rests and let go when its real skin comes.
 */
final class TextInputWakeUps {
    private final TextInputControl control;
    private final ChangeListener<Object> wakeOnChange;
    private final EventHandler<Event> wakeBeforeTheEvent;

    TextInputWakeUps(TextInputControl control, Runnable wake) {
        this.control = control;
        wakeOnChange = (obs, old, now) -> wake.run();
        wakeBeforeTheEvent = e -> wake.run();
    }

    /** Whether nothing these watch needs the real skin now. */
    static boolean mayRest(TextInputControl control) {
        return !control.isFocused() && control.getCaretPosition() == 0 && control.getAnchor() == 0
                && (control.getPromptText() == null || control.getPromptText().isEmpty())
                && control.getEffectiveNodeOrientation() == NodeOrientation.LEFT_TO_RIGHT;
    }

    void watch() {
        control.focusedProperty().addListener(wakeOnChange);
        control.caretPositionProperty().addListener(wakeOnChange);
        control.anchorProperty().addListener(wakeOnChange);
        control.promptTextProperty().addListener(wakeOnChange);
        control.effectiveNodeOrientationProperty().addListener(wakeOnChange);
        control.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, wakeBeforeTheEvent);
        control.addEventFilter(KeyEvent.ANY, wakeBeforeTheEvent);
        control.addEventFilter(InputMethodEvent.ANY, wakeBeforeTheEvent);
    }

    void stop() {
        control.focusedProperty().removeListener(wakeOnChange);
        control.caretPositionProperty().removeListener(wakeOnChange);
        control.anchorProperty().removeListener(wakeOnChange);
        control.promptTextProperty().removeListener(wakeOnChange);
        control.effectiveNodeOrientationProperty().removeListener(wakeOnChange);
        control.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, wakeBeforeTheEvent);
        control.removeEventFilter(KeyEvent.ANY, wakeBeforeTheEvent);
        control.removeEventFilter(InputMethodEvent.ANY, wakeBeforeTheEvent);
    }
}
