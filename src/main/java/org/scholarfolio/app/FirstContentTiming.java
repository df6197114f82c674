package org.scholarfolio.app;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.web.WebView;

/**
 * Start-up measurement, off unless asked for with {@value #PROPERTY}: prints
 * {@code first content drawn at <epoch ms>} on the first frame after the window has its form and a
 * loaded preview page (not a blank window), so that a script can time it from exec
 * ({@code bench/first-content.sh}); {@code exit} then closes the app. The frame counted is the one
 * after the pulse that found both, so that the page's paint is in it.
 */
final class FirstContentTiming {
    static final String PROPERTY = "scholarfolio.firstContent";

    private FirstContentTiming() {
    }

    static void watch(Scene scene) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("print") && !mode.equals("exit")) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        boolean[] seen = {false};
        listener[0] = () -> {
            if (seen[0]) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("first content drawn at " + System.currentTimeMillis());
                if (mode.equals("exit")) {
                    Platform.runLater(Platform::exit);
                }
            } else if (hasContent(scene)) {
                seen[0] = true;
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static boolean hasContent(Scene scene) {
        Node form = scene.lookup("#profile-first");
        Node preview = scene.lookup("#preview-web");
        return form != null && form.isVisible() && preview instanceof WebView web
                && web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                && web.getEngine().getDocument() != null;
    }
}
