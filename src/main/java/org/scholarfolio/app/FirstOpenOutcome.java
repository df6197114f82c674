package org.scholarfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The way back to the JavaFX thread for the file work of the window's first turn: what the start-up
 * open posts is held until {@link #takeBefore}, which the window's start calls before it shows
 * itself, and run there; everything later goes to {@code later} (the JavaFX thread's queue). The
 * portfolio read ahead ({@link EarlyStart}) is then in the window before its first style pass,
 * and its preview's page is rendered on the preview's thread while that pass runs, instead of both
 * waiting behind the whole first turn (0.5-0.9 s of the JavaFX thread, most of it the style pass).
 */
final class FirstOpenOutcome implements Executor {
    private final Executor later;
    private final List<Runnable> held = new ArrayList<>();
    private boolean released;

    FirstOpenOutcome(Executor later) {
        this.later = later;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (!released) {
                held.add(task);
                notifyAll();
                return;
            }
        }
        later.execute(task);
    }

    /**
     * On the JavaFX thread: waits up to {@code waitMillis} for the first outcome posted, then runs
     * what was posted, in order, and sends everything after to the queue.
     */
    void takeBefore(long waitMillis) {
        List<Runnable> now;
        synchronized (this) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            try {
                while (held.isEmpty() && System.nanoTime() < until) {
                    TimeUnit.NANOSECONDS.timedWait(this, until - System.nanoTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now = new ArrayList<>(held);
            held.clear();
            released = true;
        }
        now.forEach(Runnable::run);
    }
}
