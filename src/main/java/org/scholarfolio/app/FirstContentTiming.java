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
 * That frame's paint may still be under way on the rendering thread then (with the software renderer,
 * a first paint took 0.3-0.7 s at load 12-16), so a third line, {@code first content painted at
 * <epoch ms>}, is printed once the rendering thread has finished every frame asked of it so far,
 * with that thread's processor time up to then.
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
                Platform.runLater(() -> {
                    printWhenPainted();
                    if (mode.equals("exit")) {
                        Platform.exit();
                    }
                });
            } else if (hasContent(scene)) {
                seen[0] = true;
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Prints {@code first content painted at <epoch ms>} once the frames asked for so far are painted:
     * the rendering thread takes its work in order, so a snapshot of a one-pixel node, which waits for
     * its own render, returns after the frames queued before it. Called on the JavaFX thread.
     */
    static void printWhenPainted() {
        javafx.scene.shape.Rectangle pixel = new javafx.scene.shape.Rectangle(1, 1);
        pixel.snapshot(null, null);
        System.out.println("first content painted at " + System.currentTimeMillis());
        System.out.println("first content: rendering thread processor time " + renderingThreadMillis() + " ms");
    }

    /**
     * The processor time of JavaFX's rendering thread so far, in milliseconds, or -1 where the JVM
     * does not measure it: the software renderer paints there, and its time is what a frame costs
     * beyond the JavaFX thread's work.
     */
    static long renderingThreadMillis() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long nanos = -1;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
                long own = threads.getThreadCpuTime(info.getThreadId());
                nanos = own < 0 ? nanos : Math.max(nanos, 0) + own;
            }
        }
        return nanos < 0 ? -1 : nanos / 1_000_000;
    }

    /** The calling thread's processor time in milliseconds, or -1 where the JVM does not measure it. */
    static long uiThreadMillis() {
        long nanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        return nanos < 0 ? -1 : nanos / 1_000_000;
    }

    private static boolean hasContent(Scene scene) {
        Node form = scene.lookup("#profile-first");
        Node preview = scene.lookup("#preview-web");
        // Loaded, without asking for its document: a Java wrapper of it would keep the page alive (MainView).
        return form != null && form.isVisible() && preview instanceof WebView web
                && web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED;
    }
}
