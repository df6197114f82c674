package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Portfolio;

/** The editor's warm-up of its file code starts only when no file work waits and gives way to any asked for later. */
class DocumentIoWarmUpTest {
    private final InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
    /** File work queued, run when the test says: a file thread the test steps by hand. */
    private final Queue<Runnable> fileThread = new ArrayDeque<>();
    private final EditorViewModel editor = new EditorViewModel(files, Portfolio.empty(), null);
    private final DocumentIo io = new DocumentIo(editor, fileThread::add, Runnable::run);
    private final BlockingQueue<BooleanSupplier> started = new ArrayBlockingQueue<>(4);
    private final List<String> threads = new ArrayList<>();

    private void warmUp(BooleanSupplier stop) {
        synchronized (threads) {
            threads.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " (daemon)" : ""));
        }
        started.add(stop);
    }

    @Test
    void startsOnAThreadOfItsOwnAndStopsOnceAFileOperationIsAsked() throws Exception {
        Path file = Path.of("a", "portfolio.json");
        files.files.put(file, Portfolio.empty());

        io.warmUpWhenIdle(this::warmUp);
        BooleanSupplier stop = started.poll(10, TimeUnit.SECONDS);

        assertThat(stop).isNotNull();
        assertThat(threads).containsExactly("scholarfolio-warm-up (daemon)");
        assertThat(stop.getAsBoolean()).isFalse();
        io.open(file, opened -> { }, failed -> { });
        assertThat(stop.getAsBoolean()).isTrue();
    }

    @Test
    void waitsUntilTheFileWorkAskedBeforeItIsDone() throws Exception {
        Path file = Path.of("b", "portfolio.json");
        files.files.put(file, Portfolio.empty());
        CountDownLatch opened = new CountDownLatch(1);
        io.open(file, f -> opened.countDown(), failed -> { });

        io.warmUpWhenIdle(this::warmUp);
        assertThat(started.poll(200, TimeUnit.MILLISECONDS)).as("not while the open waits").isNull();

        fileThread.remove().run();
        assertThat(opened.getCount()).isZero();
        BooleanSupplier stop = started.poll(10, TimeUnit.SECONDS);
        assertThat(stop).isNotNull();
        assertThat(stop.getAsBoolean()).as("the open before it does not stop it").isFalse();
    }

    @Test
    void theEditorsWarmUpReadsTheGeneratedSampleAndGivesWay() {
        List<String> asked = new ArrayList<>();
        DocumentIo.warmUpReader(() -> {
            asked.add("asked");
            return asked.size() > 1;
        });
        // asked before the sample is made and before the writing: the second answer stops it
        assertThat(asked).hasSize(2);

        int[] reads = {0};
        DocumentIo.warmUpReader(() -> {
            reads[0]++;
            return false;
        });
        assertThat(reads[0]).isEqualTo(2 + DocumentIo.WARM_UP_READS);
    }
}
