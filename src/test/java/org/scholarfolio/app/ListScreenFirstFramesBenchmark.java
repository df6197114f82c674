package org.scholarfolio.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The JavaFX thread's processor time when the Publications screen is first shown, N publications
 * open, in a fresh JVM: the turn that shows it (the screen's nodes made), then each pulse after it
 * (with the turns before it) up to the one that lays out the form's last part, with the wall time
 * between pulses. {@code later} as the app's window builds it (the table's frame, then the form a
 * section a frame), {@code at-once} as tests do (and as builds before did). Not a test; run by {@code bench/list-screen-first-frames.sh}.
 * {@code ListScreenFirstFramesBenchmark N later|at-once}
 */
public final class ListScreenFirstFramesBenchmark {
    private ListScreenFirstFramesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        boolean later = "later".equals(args[1]);
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
        System.setProperty("prism.order", "sw");
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), PortfolioGenerator.generate(n, n / 100, 1L), null);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(2, TimeUnit.MINUTES);
        MainView[] view = new MainView[1];
        Scene[] scene = new Scene[1];
        WaitForAsyncUtils.asyncFx(() -> {
            view[0] = new MainView(editor, new SimpleBooleanProperty(false), null);
            view[0].buildFormsAFrameAfterTheirTables(later);
            Stage stage = new Stage();
            scene[0] = new Scene(view[0].root(), 1280, 800);
            stage.setScene(scene[0]);
            stage.show();
        }).get(2, TimeUnit.MINUTES);
        // The profile's form grows for a while after the first content: let it end.
        Thread.sleep(4_000);

        List<String> parts = new ArrayList<>();
        long[] mark = new long[2];
        boolean[] done = new boolean[1];
        CompletableFuture<Void> formLaidOut = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Runnable afterLayout = new Runnable() {
                @Override
                public void run() {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    // The form's last part (its abstract) laid out: the whole form is in.
                    var last = scene[0].lookup("#pub-abstract");
                    boolean form = last != null && last.getScene() != null && last.getLayoutBounds().getHeight() > 0;
                    parts.add(String.format("%s %.0f ms (wall %.0f)", form ? "last pulse" : "pulse",
                            (cpu - mark[0]) / 1e6, (wall - mark[1]) / 1e6));
                    mark[0] = cpu;
                    mark[1] = wall;
                    if (form && !done[0]) {
                        done[0] = true;
                        scene[0].removePostLayoutPulseListener(this);
                        formLaidOut.complete(null);
                    }
                }
            };
            scene[0].addPostLayoutPulseListener(afterLayout);
            mark[0] = threads.getCurrentThreadCpuTime();
            mark[1] = System.nanoTime();
            view[0].showSection(Section.PUBLICATIONS);
            long cpu = threads.getCurrentThreadCpuTime();
            parts.add(String.format("turn %.0f ms", (cpu - mark[0]) / 1e6));
            mark[0] = cpu;
            mark[1] = System.nanoTime();
        }).get(2, TimeUnit.MINUTES);
        formLaidOut.get(2, TimeUnit.MINUTES);
        System.out.printf("%,d publications, form %s: JavaFX thread's processor time, from the click: %s%n", n,
                later ? "a frame later" : "at once", String.join(", ", parts));
        Platform.exit();
        System.exit(0);
    }
}
