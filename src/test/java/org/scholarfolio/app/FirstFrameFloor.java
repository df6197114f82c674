package org.scholarfolio.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * The floor for the editor's first window with content: a JavaFX window holding one WebView with a
 * short page, printing {@code first content drawn at <epoch ms>} on the frame after the page loaded,
 * as {@link FirstContentTiming} does for the editor, then closing. See bench/first-content.sh.
 */
public final class FirstFrameFloor extends Application {
    /** The main class: on the class path Java refuses to start an Application subclass directly. */
    public static final class Start {
        private Start() {
        }

        public static void main(String[] args) {
            Application.launch(FirstFrameFloor.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        WebView web = new WebView();
        Scene scene = new Scene(web, 1180, 780);
        boolean[] loaded = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (loaded[0]) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("first content drawn at " + System.currentTimeMillis());
                System.out.println("first content: UI thread processor time " + FirstContentTiming.uiThreadMillis() + " ms");
                Platform.runLater(() -> {
                    FirstContentTiming.printWhenPainted();
                    Platform.exit();
                });
            } else if (web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED) {
                loaded[0] = true;
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.setScene(scene);
        stage.show();
        web.getEngine().loadContent("<!DOCTYPE html><html><body><h1>Ada Lovelace</h1><p>A page.</p></body></html>");
    }
}
