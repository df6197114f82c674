package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The view models' background runner, without the toolkit: the "UI thread" is a queue run by hand. */
class BackgroundTaskTest {
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final Executor ui = r -> {
        synchronized (uiQueue) {
            uiQueue.add(r);
        }
    };

    private void runUi() {
        List<Runnable> now;
        synchronized (uiQueue) {
            now = new ArrayList<>(uiQueue);
            uiQueue.clear();
        }
        now.forEach(Runnable::run);
    }

    @Test
    void handsTheResultAndProgressBackOnTheUiThread() {
        BackgroundTask task = new BackgroundTask(Runnable::run, ui);
        List<String> results = new ArrayList<>();
        assertThat(task.start(progress -> {
            progress.accept(0.5);
            return "done";
        }, results::add, e -> results.add("failed"))).isTrue();
        assertThat(task.runningProperty().get()).isTrue();
        assertThat(results).isEmpty();
        runUi();
        assertThat(results).containsExactly("done");
        assertThat(task.runningProperty().get()).isFalse();
        assertThat(task.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aFailureComesBackAsTheExceptionAndProgressResets() {
        BackgroundTask task = new BackgroundTask(Runnable::run, ui);
        List<Exception> failures = new ArrayList<>();
        task.start(progress -> {
            throw new IllegalStateException("service said no");
        }, r -> { }, failures::add);
        runUi();
        assertThat(failures).singleElement().hasToString("java.lang.IllegalStateException: service said no");
        assertThat(task.progressProperty().get()).isZero();
    }

    @Test
    void onlyOneRunAtATime() {
        BackgroundTask task = new BackgroundTask(r -> { }, ui);
        assertThat(task.start(p -> 1, r -> { }, e -> { })).isTrue();
        assertThat(task.start(p -> 2, r -> { }, e -> { })).isFalse();
    }

    @Test
    void cancelInterruptsTheWorkAndDropsWhatItStillReports() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            BackgroundTask task = new BackgroundTask(pool, ui);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch interrupted = new CountDownLatch(1);
            List<Object> heard = new ArrayList<>();
            task.start(progress -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                }
                return "late";
            }, heard::add, heard::add);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(task.cancel()).isTrue();
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            runUi();
            assertThat(heard).isEmpty();
            assertThat(task.runningProperty().get()).isFalse();
            assertThat(task.cancel()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stoppedWorkStaysRunningUntilItReturnsAndThenReportsOnlyTheStop() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            BackgroundTask task = new BackgroundTask(background, ui);
            CountDownLatch begun = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            List<String> seen = new ArrayList<>();
            task.start(progress -> {
                begun.countDown();
                while (true) {
                    try {
                        release.await();
                        return "written";
                    } catch (InterruptedException e) {
                        // a writer finishes what it started before it returns
                    }
                }
            }, seen::add, e -> seen.add("interrupted"));
            assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(task.stop(() -> seen.add("stopped"))).isTrue();
            assertThat(task.stop(() -> seen.add("again"))).isFalse();
            assertThat(task.runningProperty().get()).isTrue();
            assertThat(task.start(progress -> "second", seen::add, e -> { })).isFalse();

            release.countDown();
            background.shutdown();
            assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            runUi();
            assertThat(seen).containsExactly("stopped");
            assertThat(task.runningProperty().get()).isFalse();
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void workStoppedBeforeItBeganNeverRuns() {
        List<Runnable> queued = new ArrayList<>();
        BackgroundTask task = new BackgroundTask(queued::add, ui);
        List<String> seen = new ArrayList<>();
        task.start(progress -> {
            seen.add("ran");
            return "x";
        }, seen::add, e -> { });

        assertThat(task.stop(() -> seen.add("stopped"))).isTrue();
        queued.forEach(Runnable::run);
        runUi();

        assertThat(seen).containsExactly("stopped");
        assertThat(task.runningProperty().get()).isFalse();
    }
}
