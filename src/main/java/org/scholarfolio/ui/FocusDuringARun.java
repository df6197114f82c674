package org.scholarfolio.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * Where the focus goes while a dialog's task runs. The button that started it is greyed for the run,
 * and the toolkit hands a greyed button's focus to the next control it finds: in the Publish dialog
 * that was the Repository field, its address selected, so that the next letter typed replaced it.
 * Here the focus goes to Cancel while the task runs (Space or Enter stops it), and back to the button
 * that started it when it ends.
 */
public final class FocusDuringARun {
    private FocusDuringARun() {
    }

    /** {@code starters}: the buttons that start a run (Publish, Check), each greyed while {@code running}. */
    public static void keep(ObservableBooleanValue running, Button cancel, Button... starters) {
        Button[] startedBy = new Button[1];
        running.addListener((InvalidationListener) obs -> {
            if (running.get()) {
                // The greyed button keeps the focus until the next frame: it is still there to find.
                for (Button b : starters) {
                    if (b.isFocused()) {
                        startedBy[0] = b;
                        Platform.runLater(() -> {
                            if (running.get()) {
                                cancel.requestFocus();
                            }
                        });
                    }
                }
            } else if (startedBy[0] != null) {
                Button back = startedBy[0];
                startedBy[0] = null;
                // At once, while Cancel (greyed again by now) still holds the focus: at the next pulse
                // the toolkit would hand a greyed button's focus to the next control it finds (Publish,
                // from Check), and that could no longer be told from the person's own move.
                // Unless the person put the focus elsewhere meanwhile.
                Node now = back.getScene() == null ? null : back.getScene().getFocusOwner();
                if (now == null || now == cancel || now.isDisabled()) {
                    back.requestFocus();
                }
            }
        });
    }
}
