package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class FirstOpenOutcomeTest {
    private final List<String> ran = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor queue = queued::add;

    @Test
    void holdsWhatIsPostedUntilTakenThenRunsItThereInOrder() {
        FirstOpenOutcome outcome = new FirstOpenOutcome(queue);
        outcome.execute(() -> ran.add("opened"));
        outcome.execute(() -> ran.add("status"));
        assertThat(ran).isEmpty();

        outcome.takeBefore(0);

        assertThat(ran).containsExactly("opened", "status");
        assertThat(queued).isEmpty();
    }

    @Test
    void sendsWhatComesAfterToTheQueue() {
        FirstOpenOutcome outcome = new FirstOpenOutcome(queue);
        outcome.takeBefore(0);

        outcome.execute(() -> ran.add("late"));

        assertThat(ran).isEmpty();
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(ran).containsExactly("late");
    }

    @Test
    void waitsForAnOutcomePostedFromAnotherThread() throws Exception {
        FirstOpenOutcome outcome = new FirstOpenOutcome(queue);
        CountDownLatch waiting = new CountDownLatch(1);
        Thread files = new Thread(() -> {
            try {
                waiting.await();
            } catch (InterruptedException e) {
                return;
            }
            outcome.execute(() -> ran.add("opened"));
        });
        files.start();
        waiting.countDown();

        // A wait far longer than the hand-over needs: the outcome is run here, not queued.
        outcome.takeBefore(TimeUnit.SECONDS.toMillis(60));
        files.join();

        assertThat(ran).containsExactly("opened");
        assertThat(queued).isEmpty();
    }
}
