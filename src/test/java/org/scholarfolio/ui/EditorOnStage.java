package org.scholarfolio.ui;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The editor's window as the TestFX tests show it: the main view in a scene of a given size on the test's stage. */
public final class EditorOnStage {
    private EditorOnStage() {
    }

    /** A main view of {@code editor} in the light theme, without a preview, shown on {@code stage}. */
    public static MainView show(Stage stage, EditorViewModel editor, double width, double height) {
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        show(stage, view, width, height);
        return view;
    }

    /** {@code view} in a new scene of {@code width} × {@code height}, its keys installed, shown on {@code stage}. */
    public static Scene show(Stage stage, MainView view, double width, double height) {
        Scene scene = new Scene(view.root(), width, height);
        view.install(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
