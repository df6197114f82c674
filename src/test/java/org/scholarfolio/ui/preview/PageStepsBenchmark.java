package org.scholarfolio.ui.preview;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * The frames of a large page appended a step a frame, as the preview does ({@link PageSlices}): an
 * exported page (its scripts left out, as the preview's body has none) is cut, its first part loaded in
 * a WebView beside its own style sheet, then each step run in a frame of its own; printed, the JavaFX
 * thread's processor time from each step's frame to the next (the step's script, then WebKit's style,
 * layout and paint of the page in the pulse). Not a test: run by {@code bench/preview-steps.sh}.
 */
public final class PageStepsBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PageStepsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path page = Path.of(args[0]);
        String html = Files.readString(page).replaceAll("<script[^>]*></script>", "");
        PageSlices slices = PageSlices.of(html, PageSlices.SLICE);
        if (slices == null) {
            throw new IllegalArgumentException(page + " is not cut into steps");
        }
        Path first = Files.createTempFile(page.getParent(), "steps-", ".html");
        Files.writeString(first, slices.firstPage());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(2, TimeUnit.MINUTES);
        CompletableFuture<WebView> loaded = new CompletableFuture<>();
        Platform.runLater(() -> {
            WebView view = new WebView();
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 700, 800));
            stage.show();
            view.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED) {
                    loaded.complete(view);
                }
            });
            view.getEngine().load(first.toUri().toString());
        });
        WebView view = loaded.get(2, TimeUnit.MINUTES);
        Thread.sleep(1_500);
        Deque<String> steps = new ArrayDeque<>(slices.steps());
        List<Long> frames = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                if (last >= 0) {
                    frames.add(cpu - last);
                }
                last = cpu;
                String step = steps.poll();
                if (step == null) {
                    stop();
                    done.countDown();
                    return;
                }
                view.getEngine().executeScript(step);
            }
        }.start());
        done.await(5, TimeUnit.MINUTES);
        Files.deleteIfExists(first);
        long max = frames.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder each = new StringBuilder();
        frames.forEach(f -> each.append(String.format(" %.1f", f / 1e6)));
        System.out.printf("%d steps; the JavaFX thread per step's frame (ms):%s; first %.1f, longest %.1f, last %.1f%n",
                frames.size(), each, frames.get(0) / 1e6, max / 1e6, frames.get(frames.size() - 1) / 1e6);
        Platform.exit();
        System.exit(0);
    }
}
