package org.scholarfolio.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;

/**
 * The frames of a fresh window on the profile from its first content until the form below the first
 * screenful is complete: for each frame, the JavaFX thread's processor time (its own work, which a
 * busy machine stretches far less than the wall time) and the wall time. Prints the longest of each,
 * so that two builds can be compared side by side in fresh JVMs on a machine that is not quiet.
 * The window has no preview (its first content is the form), so only the form's own work is counted.
 *
 * <pre>java -cp CLASSES:target/test-classes:DEPS org.scholarfolio.app.ProfileSlicesBenchmark</pre>
 */
public final class ProfileSlicesBenchmark {
    private ProfileSlicesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(2, TimeUnit.MINUTES);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<long[]> frames = new ArrayList<>(); // processor ns, wall ns, form complete (1/0)
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
            MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
            Stage stage = new Stage();
            Scene scene = EditorOnStage.show(stage, view, 1280, 800);
            view.firstContentDrawnProperty().addListener((obs, was, drawn) -> new AnimationTimer() {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                int afterComplete;

                @Override
                public void handle(long now) {
                    long c = threads.getCurrentThreadCpuTime();
                    long w = System.nanoTime();
                    boolean complete = scene.lookup("#profile-view") != null && scene.lookup("#profile-below-fold") == null;
                    frames.add(new long[] {c - cpu, w - wall, complete ? 1 : 0});
                    cpu = c;
                    wall = w;
                    // A few frames after the form is complete, so the last slice's style pass is in.
                    if (complete && ++afterComplete == 5) {
                        stop();
                        done.complete(null);
                    }
                }
            }.start());
        });
        done.get(5, TimeUnit.MINUTES);
        long maxCpu = frames.stream().mapToLong(f -> f[0]).max().orElse(0);
        long maxWall = frames.stream().mapToLong(f -> f[1]).max().orElse(0);
        long sumCpu = frames.stream().mapToLong(f -> f[0]).sum();
        System.out.printf("frames %d; JavaFX thread's longest frame on a core %.1f ms (all frames %.1f ms); longest frame, wall %.1f ms; per frame on a core:",
                frames.size(), maxCpu / 1e6, sumCpu / 1e6, maxWall / 1e6);
        frames.forEach(f -> System.out.printf(" %.0f", f[0] / 1e6));
        System.out.println();
        Platform.exit();
        System.exit(0);
    }
}
