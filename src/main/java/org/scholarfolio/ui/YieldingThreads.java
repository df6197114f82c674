package org.scholarfolio.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Single threads for the work an edit sets off beside the JavaFX thread: the preview's render, the
 * problems' check, the recovery journal's write. They run at the lowest priority: at 100,000
 * publications a key typed set off a render, a check and (the first key after an open) a journal of
 * a second's processor time each, and on two cores the JavaFX thread waited for one of them for most
 * of a 100 ms frame gap. Where the runtime applies Java's priorities (the app image's on Linux:
 * packaging/build-bundle.sh), a core the JavaFX thread wants goes to it first; the work still has
 * every core the window leaves, and on a quiet machine the window leaves most of them.
 */
public final class YieldingThreads {
    private YieldingThreads() {
    }

    /**
     * One thread named {@code name} that runs what it is given in order. {@code daemon}: whether the
     * process may end while it has work (not for work that must reach the disk).
     */
    public static ExecutorService single(String name, boolean daemon) {
        return Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(daemon);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }
}
