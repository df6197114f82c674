package org.scholarfolio.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work put off until a node has been laid out in its window's first frame with it: run in a turn of
 * its own after that pulse, so the frame is drawn without the work's cost.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Runs {@code action} on the JavaFX thread after the first pulse that lays out {@code node} in a scene. */
    public static void run(Node node, Runnable action) {
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                node.sceneProperty().removeListener(this);
                Runnable[] afterLayout = new Runnable[1];
                afterLayout[0] = () -> {
                    scene.removePostLayoutPulseListener(afterLayout[0]);
                    Platform.runLater(action);
                };
                scene.addPostLayoutPulseListener(afterLayout[0]);
                Platform.requestNextPulse();
            }
        });
    }
}
