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
 * after the pulse that found both, so that the page's paint is in it. A second line gives the UI
 * thread's processor time up to then, a figure that a loaded machine disturbs less than the wall time.
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
                System.out.println("first content: UI thread processor time " + uiThreadMillis() + " ms");
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

    /** The calling thread's processor time in milliseconds, or -1 where the JVM does not measure it. */
    static long uiThreadMillis() {
        long nanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        return nanos < 0 ? -1 : nanos / 1_000_000;
    }

    private static boolean hasContent(Scene scene) {
        Node form = scene.lookup("#profile-first");
        Node preview = scene.lookup("#preview-web");
        return form != null && form.isVisible() && preview instanceof WebView web
                && web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                && web.getEngine().getDocument() != null;
    }
}
