package org.scholarfolio.ui;

import java.util.List;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Duration;

/** The toolkit side of {@link Autosave}: its timer and the question after a crash. */
final class RecoveryPrompt {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private RecoveryPrompt() {
    }

    /** Hands unsaved changes to the journal every {@link Autosave#INTERVAL}, and the first one at once. */
    static void everyInterval(Autosave autosave) {
        autosave.journalFirstChangeAtOnce(javafx.application.Platform::runLater);
        Timeline timer = new Timeline(new KeyFrame(Duration.millis(Autosave.INTERVAL.toMillis()), e -> autosave.writeIfDirty()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    /** The answer, and the keys typed into the question meanwhile, to be given to the editor once it is applied. */
    record Answer(boolean recover, List<KeyEvent> typed) {
    }

    /** Asks whether the user wants the recovered changes back. */
    static Answer ask(Window ownerOrNull, Autosave.Recovery recovery, List<String> summary) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Scholarfolio kept changes that were not saved, written "
                + WHEN.format(recovery.written().atZone(ZoneId.systemDefault()))
                + ":\n\n\u2022 " + ShownText.of(String.join("\n\u2022 ", summary))
                + "\n\nRecover them? You can still undo, or close without saving."
                + "\n\nWhat you type while this is asked goes where your cursor was once you answer.", recover, discard);
        alert.setHeaderText("Recover unsaved changes?");
        // It comes up a moment after the window, while the person may be typing: the text is kept.
        KeysTypedIntoQuestion typed = KeysTypedIntoQuestion.holdIn(alert.getDialogPane());
        if (ownerOrNull != null) {
            alert.initOwner(ownerOrNull);
            // Not modal: the toolkit drops the keys of a window a modal question disables, and those typed
            // before the question took the focus went there. The window is held by the question instead.
            alert.initModality(Modality.NONE);
            typed.holdAlsoAt(ownerOrNull, alert.getDialogPane().getScene().getWindow());
        }
        // Without a window manager to give it the keys, they went to the window under it.
        alert.setOnShown(e -> alert.getDialogPane().getScene().getWindow().requestFocus());
        boolean yes;
        try {
            yes = alert.showAndWait().orElse(discard) == recover;
        } finally {
            typed.release();
        }
        return new Answer(yes, typed.held());
    }
}
