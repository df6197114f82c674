package org.scholarfolio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks what to do when the portfolio file changed on disk since this window opened it: take the
 * file as it is now (Undo brings this window's version back), compare the two, or replace the file
 * with this window's version. Nothing is overwritten without that last answer.
 */
final class ChangedOnDiskDialog {
    /** The person's choice; {@link #CANCEL} leaves both the file and the window as they are. */
    enum Choice { KEEP_BOTH, RELOAD, OVERWRITE, CANCEL }

    static final ButtonType KEEP_BOTH = new ButtonType("Keep both changes", ButtonBar.ButtonData.LEFT);
    static final ButtonType RELOAD = new ButtonType("Reload from disk", ButtonBar.ButtonData.LEFT);
    static final ButtonType COMPARE = new ButtonType("Compare", ButtonBar.ButtonData.HELP);
    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);

    private ChangedOnDiskDialog() {
    }

    /** What differs, worked out off the UI thread; {@code show} is called on the UI thread when it is known. */
    interface Differences {
        void find(Consumer<List<String>> show);
    }

    static final String COMPARING = "Comparing with the file on disk\u2026";

    /**
     * {@code differences} is asked only when the person presses Compare; the dialog stays usable
     * while they are worked out (reading the file and comparing are seconds at 100,000 publications).
     */
    static Choice ask(Window owner, Path file, Differences differences) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", KEEP_BOTH, RELOAD, COMPARE, OVERWRITE,
                ButtonType.CANCEL);
        alert.setTitle("File changed on disk");
        alert.setHeaderText(file.getFileName() + " was changed by another program");
        alert.setContentText("Another window, a command or a sync client wrote " + file + " after you opened it. "
                + "Nothing was saved.\n\nKeep both changes takes the file as it is now and puts your changes back on top"
                + " (where both changed the same field, yours), for you to save; Reload takes the file as it is now"
                + " (Undo brings your version back); Overwrite replaces it with your version.");
        alert.getDialogPane().setId("changed-on-disk-dialog");
        alert.initOwner(owner);
        // The four buttons share one width, which cut "Reload from disk" to "Reload from…": each keeps its whole label.
        for (ButtonType type : alert.getButtonTypes()) {
            ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(type), false);
        }
        // Five buttons are 676 px in the editor's theme and the alert 600 px wide: the bar squeezed them to
        // "Keep both c…", "Reload fr…", "Comp…", "Overw…". The alert is never narrower than its buttons.
        DialogPane pane = alert.getDialogPane();
        javafx.scene.Node bar = pane.lookup(".button-bar");
        pane.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset(), pane.widthProperty()));
        // Compare shows the differences in the same dialog instead of closing it, once they are known.
        javafx.scene.Node compare = alert.getDialogPane().lookupButton(COMPARE);
        compare.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            TextArea text = new TextArea(COMPARING);
            text.setId("changed-on-disk-differences");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(8);
            // Below the explanation rather than as expandable content: its "Hide Details" link took
            // room from the buttons, which then read "Reload from d\u2026" and "Comp\u2026".
            Label explanation = new Label(alert.getContentText());
            explanation.setWrapText(true);
            explanation.setMinHeight(Region.USE_PREF_SIZE);
            alert.getDialogPane().setContent(new VBox(12, explanation, text));
            alert.getDialogPane().getScene().getWindow().sizeToScene();
            // The focus goes to the differences: Compare, disabled while they are worked out, would pass
            // it on to Overwrite, where a keyboard user's next Enter or Space would replace the other version.
            text.requestFocus();
            compare.setDisable(true);
            differences.find(lines -> {
                text.setText(String.join("\n", lines));
                compare.setDisable(false);
            });
        });
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) {
            return Choice.CANCEL;
        }
        if (answer.get() == KEEP_BOTH) {
            return Choice.KEEP_BOTH;
        }
        if (answer.get() == RELOAD) {
            return Choice.RELOAD;
        }
        return answer.get() == OVERWRITE ? Choice.OVERWRITE : Choice.CANCEL;
    }
}
