package org.scholarfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;

/**
 * How long the editor's JavaFX thread stops drawing while it opens and saves a large portfolio, as
 * the editor does it (File > Open and Save call the view model on that thread). A pulse watchdog (an
 * {@link AnimationTimer}, called once per frame) records the longest gap between two frames during
 * each operation; a gap over 100 ms is a visible stall. Not a test: wall-clock numbers depend on the
 * machine. Argument: the number of publications (default 10,000). See BENCHMARKS.md.
 */
public final class UiStallBenchmark {
    private UiStallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int publications = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = Files.createTempDirectory("scholarfolio-stall");
        Portfolio portfolio = PortfolioGenerator.generate(publications, publications / 2, PortfolioGenerator.DEFAULT_SEED);
        PortfolioStore.save(folder, portfolio);
        System.out.printf("%,d publications, %,d bytes of portfolio.json%n", publications,
                Files.size(folder.resolve(PortfolioStore.FILE_NAME)));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(2, TimeUnit.MINUTES);
        PulseWatchdog watchdog = new PulseWatchdog();
        onFx(watchdog::start);
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        for (int round = 1; round <= 3; round++) {
            Thread.sleep(500);
            report("open", round, watchdog, () -> editor.open(folder));
            Thread.sleep(500);
            report("save", round, watchdog, editor::save);
        }
        Platform.exit();
        System.exit(0);
    }

    private interface FxAction {
        void run() throws Exception;
    }

    private static void report(String what, int round, PulseWatchdog watchdog, FxAction action) throws Exception {
        long[] took = new long[1];
        onFx(() -> {
            watchdog.reset();
            long start = System.nanoTime();
            try {
                action.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            took[0] = System.nanoTime() - start;
        });
        Thread.sleep(300); // let the frames after the operation come, so the gap it caused is seen
        System.out.printf("%s (round %d): on the FX thread %,d ms; longest gap between frames %,d ms%n", what, round,
                TimeUnit.NANOSECONDS.toMillis(took[0]), TimeUnit.NANOSECONDS.toMillis(watchdog.longestGap()));
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.MINUTES);
    }

    /** The longest time between two consecutive frames since the last reset. */
    private static final class PulseWatchdog extends AnimationTimer {
        private long last;
        private volatile long longest;

        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
            }
            last = now;
        }

        /** Called on the FX thread just before the operation; frame times share System.nanoTime's clock. */
        void reset() {
            last = System.nanoTime();
            longest = 0;
        }

        long longestGap() {
            return longest;
        }
    }
}
