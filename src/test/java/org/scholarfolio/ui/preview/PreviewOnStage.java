package org.scholarfolio.ui.preview;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.scholarfolio.ui.EditorViewModel;

/** A preview pane alone on a test's 800 × 600 stage, showing what {@code renderer} makes of the editor's portfolio. */
final class PreviewOnStage {
    private PreviewOnStage() {
    }

    static PreviewViewModel show(Stage stage, EditorViewModel editor, PreviewRenderer renderer) {
        PreviewViewModel vm = new PreviewViewModel(editor, renderer);
        PreviewPane pane = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false));
        stage.setScene(new Scene(pane.root(), 800, 600));
        stage.show();
        return vm;
    }
}
