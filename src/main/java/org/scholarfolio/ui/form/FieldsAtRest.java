package org.scholarfolio.ui.form;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;

/**
 * The text fields a form builds before its window's first content is drawn: each shows its text at rest
 * ({@link RestingTextFieldSkin}) until it is reached, and the rest are woken one at a time afterwards
 * ({@link #wakeNext()}), so that the first frame styles and lays out their text only. JavaFX thread only.
 */
public final class FieldsAtRest {
    private final Deque<TextField> fields = new ArrayDeque<>();
    /** Set by the first wake from outside: a field skinned from then on gets its real skin at once. */
    private boolean waking;

    void add(TextField field) {
        fields.add(field);
    }

    /** The first skin of {@code field}: at rest while the fields rest and nothing it shows needs more. */
    Skin<?> skinFor(TextField field) {
        return !waking && RestingTextFieldSkin.mayRest(field) ? new RestingTextFieldSkin(field) : new TextFieldSkin(field);
    }

    /** Gives the next field still at rest its real skin; true while others may rest still. */
    public boolean wakeNext() {
        waking = true;
        while (!fields.isEmpty()) {
            TextField field = fields.poll();
            if (RestingTextFieldSkin.isResting(field)) {
                RestingTextFieldSkin.wake(field);
                return !fields.isEmpty();
            }
        }
        return false;
    }

    /** Gives every field still at rest its real skin, now. */
    public void wakeAll() {
        while (wakeNext()) {
            // one after the other
        }
    }
}
