package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeldExecutorTest {
    private final List<Runnable> handedOn = new ArrayList<>();
    private final HeldExecutor executor = new HeldExecutor(handedOn::add);
    private final List<String> ran = new ArrayList<>();

    @Test
    void tasksWaitUntilOpenThenGoOnInTheirOrder() {
        executor.execute(() -> ran.add("first"));
        executor.execute(() -> ran.add("second"));
        assertThat(handedOn).isEmpty();
        assertThat(executor.isOpen()).isFalse();

        executor.open();
        handedOn.forEach(Runnable::run);
        assertThat(ran).containsExactly("first", "second");
        assertThat(executor.isOpen()).isTrue();
    }

    @Test
    void onceOpenATaskGoesOnAtOnceAndNothingIsHandedOnTwice() {
        executor.execute(() -> ran.add("held"));
        executor.open();
        executor.open();
        executor.execute(() -> ran.add("later"));
        assertThat(handedOn).hasSize(2);
        handedOn.forEach(Runnable::run);
        assertThat(ran).containsExactly("held", "later");
    }
}
