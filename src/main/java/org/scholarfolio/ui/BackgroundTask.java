package org.scholarfolio.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * One piece of long work at a time (looking records up, counting citations) off the UI thread, with
 * running state, progress and Cancel for the view model that owns it. The outcome, or the exception
 * that stopped the work, is handed back on the UI thread; once cancelled, the work is interrupted and
 * whatever it would still report is dropped, so a late answer never lands after the person moved on.
 * Work that must not be left half done (writing a site) is {@link #stop stopped} instead: interrupted,
 * but still running until it has returned.
 */
public final class BackgroundTask {

    /** The work; it reports the share done (0 to 1) to {@code progress} and stops when interrupted. */
    @FunctionalInterface
    public interface Work<T> {
        T run(DoubleConsumer progress) throws Exception;
    }

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private FutureTask<?> task;
    private long started;
    /** Whether the current work has begun; stop() before that means it never will. */
    private AtomicBoolean begun = new AtomicBoolean();
    /** Set by stop(): what runs, in place of the outcome, once the work has returned. */
    private Runnable onStopped;

    /** {@code background} runs the work; {@code ui} runs its outcome on the UI thread. */
    public BackgroundTask(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /**
     * Starts {@code work} unless some work is running; {@code done} gets its result and
     * {@code failed} the exception that stopped it (an {@link InterruptedException} when it was
     * interrupted from elsewhere). Returns whether it started.
     */
    public <T> boolean start(Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        if (running.get()) {
            return false;
        }
        long run = ++started;
        running.set(true);
        progress.set(0);
        onStopped = null;
        AtomicBoolean begins = new AtomicBoolean();
        begun = begins;
        task = new FutureTask<>(() -> {
            if (!begins.compareAndSet(false, true)) {
                return null; // stopped before it began
            }
            try {
                T result = work.run(share -> ui.execute(() -> {
                    if (isCurrent(run) && onStopped == null) {
                        progress.set(share);
                    }
                }));
                ui.execute(() -> {
                    if (isCurrent(run)) {
                        finish(1, () -> done.accept(result));
                    }
                });
            } catch (Exception e) {
                ui.execute(() -> {
                    if (isCurrent(run)) {
                        finish(0, () -> failed.accept(e));
                    }
                });
            }
            return null;
        });
        background.execute(task);
        return true;
    }

    /** Interrupts the running work and drops its outcome; returns whether any work was running. */
    public boolean cancel() {
        if (!running.get()) {
            return false;
        }
        started++;
        onStopped = null;
        running.set(false);
        progress.set(0);
        task.cancel(true);
        return true;
    }

    /**
     * Interrupts the running work but lets it return: it stays running (a second start is refused)
     * until then, and {@code stopped} runs on the UI thread in place of its outcome. Work that had
     * not begun never begins. Returns whether any work was running and not already stopping.
     */
    public boolean stop(Runnable stopped) {
        if (!running.get() || onStopped != null) {
            return false;
        }
        onStopped = stopped;
        if (begun.compareAndSet(false, true)) {
            task.cancel(false);
            finish(0, () -> { });
        } else {
            task.cancel(true);
        }
        return true;
    }

    private void finish(double share, Runnable outcome) {
        running.set(false);
        Runnable stopped = onStopped;
        onStopped = null;
        if (stopped != null) {
            progress.set(0);
            stopped.run();
        } else {
            progress.set(share);
            outcome.run();
        }
    }

    private boolean isCurrent(long run) {
        return run == started && running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
