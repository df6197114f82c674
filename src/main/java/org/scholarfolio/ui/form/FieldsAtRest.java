package org.scholarfolio.ui.form;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.control.skin.TextFieldSkin;

/**
 * The text fields and labels a form builds before its window's first content is drawn: each field shows its text at
 * rest ({@link RestingTextFieldSkin}, a multi-line field's stand-in {@link RestingTextAreaSkin}) until it is reached, each label its text ({@link RestingLabelSkin}) until it
 * shows more, and the rest are woken one at a time afterwards ({@link #wakeNext()}), in the form's order, so that the
 * first frame styles and lays out their text only. JavaFX thread only.
 */
public final class FieldsAtRest {
    private final Deque<Control> resting = new ArrayDeque<>();
    /** Set by the first wake from outside: a field or label skinned from then on gets its real skin at once. */
    private boolean waking;

    void add(Control fieldOrLabel) {
        resting.add(fieldOrLabel);
    }

    /** The first skin of {@code field}: at rest while the fields rest and nothing it shows needs more. */
    Skin<?> skinFor(TextField field) {
        return !waking && RestingTextFieldSkin.mayRest(field) ? new RestingTextFieldSkin(field) : new TextFieldSkin(field);
    }

    /** The first skin of a multi-line field's stand-in {@code area}: at rest while the fields rest and it shows its start. */
    Skin<?> skinFor(TextArea area) {
        return !waking && RestingTextAreaSkin.mayRest(area) ? new RestingTextAreaSkin(area) : new TextAreaSkin(area);
    }

    /** The first skin of {@code label}: at rest while the fields rest and it shows its text only. */
    Skin<?> skinFor(Label label) {
        return !waking && RestingLabelSkin.mayRest(label) ? new RestingLabelSkin(label) : new LabelSkin(label);
    }

    /**
     * Gives the next field still at rest its real skin, and the labels before it theirs (a label costs little beside a
     * field: the wake-ups take as many frames as with fields alone); true while others may rest still.
     */
    public boolean wakeNext() {
        waking = true;
        while (!resting.isEmpty()) {
            Control next = resting.poll();
            if (next instanceof TextField field && RestingTextFieldSkin.isResting(field)) {
                RestingTextFieldSkin.wake(field);
                return !resting.isEmpty();
            }
            // A stand-in its field has replaced already (the person reached it) is shown no more: left at rest.
            if (next instanceof TextArea area && RestingTextAreaSkin.isResting(area) && area.getScene() != null) {
                RestingTextAreaSkin.wake(area);
                return !resting.isEmpty();
            }
            if (next instanceof Label label && RestingLabelSkin.isResting(label)) {
                RestingLabelSkin.wake(label);
            }
        }
        return false;
    }

    /** Gives every field and label still at rest its real skin, now. */
    public void wakeAll() {
        while (wakeNext()) {
            // one after the other
        }
    }
}
