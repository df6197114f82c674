package org.scholarfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.DocumentIo;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How long the editor's JavaFX thread stops drawing while it opens and saves a large portfolio, in
 * the editor's window (a {@link MainView} without the preview, shown headless). Two ways, side by
 * side in each round: the view model called on the FX thread (how File > Open and Save worked before
 * they moved to a file thread) and {@link DocumentIo} as the app uses it now. A pulse watchdog
 * ({@link PulseWatchdog}, an animation timer called once per frame) records the longest gap between two frames during
 * each operation; a gap over 100 ms is a visible stall. Not a test: wall-clock numbers depend on the
 * machine. Arguments: the number of publications (default 10,000), then {@code file-thread} to time
 * only the app's way (open and save on the file thread, then typing). See BENCHMARKS.md.
 */
public final class UiStallBenchmark {
    private UiStallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int publications = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean bothWays = args.length < 2 || !args[1].equals("file-thread");
        Path folder = Files.createTempDirectory("scholarfolio-stall");
        Portfolio portfolio = PortfolioGenerator.generate(publications, publications / 2, PortfolioGenerator.DEFAULT_SEED);
        PortfolioStore.save(folder, portfolio);
        System.out.printf("%,d publications, %,d bytes of portfolio.json%n", publications,
                Files.size(folder.resolve(PortfolioStore.FILE_NAME)));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(2, TimeUnit.MINUTES);
        PulseWatchdog watchdog = new PulseWatchdog();
        ExecutorService fileThread = Executors.newSingleThreadExecutor();
        ExecutorService checks = Executors.newSingleThreadExecutor();
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        DocumentIo io = new DocumentIo(editor, fileThread, Platform::runLater);
        MainView[] views = new MainView[1];
        onFx(() -> {
            MainView view = new MainView(editor, new SimpleBooleanProperty(false), null, io);
            views[0] = view;
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), 1280, 800));
            stage.show();
            view.showSection(Section.PUBLICATIONS);
            watchdog.start();
        });
        for (int round = 1; round <= 3; round++) {
            Thread.sleep(500);
            // Before: problems checked on the FX thread too; now on a thread of their own, as in the app.
            MainView view = views[0];
            if (bothWays) {
                onFx(() -> view.checkProblemsOn(Runnable::run, Runnable::run));
                reportOnFx("open, on the FX thread", round, watchdog, () -> editor.open(folder));
                touch(editor);
                Thread.sleep(500);
                reportOnFx("save, on the FX thread", round, watchdog, editor::save);
                Thread.sleep(500);
            }
            onFx(() -> view.checkProblemsOn(checks, Platform::runLater));
            reportInBackground("open, file thread", round, watchdog, done -> io.open(folder, f -> done.run(), fail()));
            touch(editor);
            Thread.sleep(500);
            reportInBackground("save, file thread", round, watchdog,
                    done -> io.save(editor.fileProperty().get(), p -> done.run(), fail()));
            Thread.sleep(500);
            reportTyping(round, watchdog, editor);
        }
        fileThread.shutdown();
        checks.shutdown();
        Platform.exit();
        System.exit(0);
    }

    /** One edit, so that a save has something to write, as after typing. */
    private static void touch(EditorViewModel editor) throws Exception {
        onFx(() -> editor.edit(null, p -> p.withProfile(p.profile().toBuilder()
                .position(p.profile().position() + ".").build())));
    }

    /**
     * Forty keystrokes into the title of the publication in the middle of the list, one frame apart,
     * each an edit as the form makes it (one undo step for the field, the tables and problems follow).
     */
    private static void reportTyping(int round, PulseWatchdog watchdog, EditorViewModel editor) throws Exception {
        onFx(watchdog::reset);
        long start = System.nanoTime();
        for (int key = 0; key < 40; key++) {
            char typed = (char) ('a' + key % 26);
            onFx(() -> editor.edit("typing", p -> {
                List<Publication> pubs = new ArrayList<>(p.publications());
                int middle = pubs.size() / 2;
                Publication pub = pubs.get(middle);
                pubs.set(middle, pub.toBuilder().text(PublicationField.TITLE, pub.title() + typed).build());
                return p.withPublications(pubs);
            }));
            Thread.sleep(16);
        }
        Thread.sleep(300);
        print("typing 40 keys", round, System.nanoTime() - start, watchdog);
    }

    private static Consumer<IOException> fail() {
        return e -> {
            throw new IllegalStateException(e);
        };
    }

    private interface FxAction {
        void run() throws Exception;
    }

    private static void reportOnFx(String what, int round, PulseWatchdog watchdog, FxAction action) throws Exception {
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
        print(what, round, took[0], watchdog);
    }

    /** {@code action} starts the work on the FX thread and calls its argument when the outcome is in. */
    private static void reportInBackground(String what, int round, PulseWatchdog watchdog,
            Consumer<Runnable> action) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] start = new long[1];
        onFx(() -> {
            watchdog.reset();
            start[0] = System.nanoTime();
            action.accept(() -> done.complete(System.nanoTime() - start[0]));
        });
        long took = done.get(30, TimeUnit.MINUTES);
        Thread.sleep(300);
        print(what, round, took, watchdog);
    }

    private static void print(String what, int round, long tookNanos, PulseWatchdog watchdog) {
        System.out.printf("%-24s (round %d): until done %,6d ms; longest gap between frames %,6d ms%n", what, round,
                TimeUnit.NANOSECONDS.toMillis(tookNanos), TimeUnit.NANOSECONDS.toMillis(watchdog.longestGap()));
    }

    private static void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.MINUTES);
    }
}
