package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class YieldingThreadsTest {

    private record Seen(String name, int priority, boolean daemon) {
    }

    private static Seen runOn(ExecutorService executor) throws Exception {
        try {
            return CompletableFuture.supplyAsync(() -> {
                Thread t = Thread.currentThread();
                return new Seen(t.getName(), t.getPriority(), t.isDaemon());
            }, executor).get(30, TimeUnit.SECONDS);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void workRunsOnANamedThreadAtTheLowestPrioritySoThatTheWindowsFramesComeFirst() throws Exception {
        assertThat(runOn(YieldingThreads.single("scholarfolio-preview", true)))
                .isEqualTo(new Seen("scholarfolio-preview", Thread.MIN_PRIORITY, true));
    }

    @Test
    void workThatMustReachTheDiskKeepsTheProcessUntilItIsDone() throws Exception {
        assertThat(runOn(YieldingThreads.single("scholarfolio-journal", false)))
                .isEqualTo(new Seen("scholarfolio-journal", Thread.MIN_PRIORITY, false));
    }
}
