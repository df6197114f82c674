package org.scholarfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Holds the tasks given to it, in order, until {@link #open()}, then hands them and every later one
 * to another executor. The editor's settings are written through one: what the first window stores
 * (the portfolio opened, the recent list) waits until its content is drawn, because writing them
 * loads and runs Java's XML writer, about 200 classes, on a two-core machine beside the first frame.
 */
final class HeldExecutor implements Executor {
    private final Executor target;
    /** The tasks held so far; null once open. */
    private List<Runnable> held = new ArrayList<>();

    HeldExecutor(Executor target) {
        this.target = target;
    }

    @Override
    public synchronized void execute(Runnable task) {
        if (held != null) {
            held.add(task);
        } else {
            target.execute(task);
        }
    }

    /** Hands the held tasks on, in the order given, and every later one at once; a second call does nothing. */
    synchronized void open() {
        if (held == null) {
            return;
        }
        List<Runnable> tasks = held;
        held = null;
        tasks.forEach(target::execute);
    }

    synchronized boolean isOpen() {
        return held == null;
    }
}
