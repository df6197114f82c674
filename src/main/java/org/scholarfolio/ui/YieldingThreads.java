package org.scholarfolio.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Single threads for the work an edit sets off beside the JavaFX thread: the preview's render, the
 * problems' check, the recovery journal's write. They run below Java's normal priority: at 100,000
 * publications a key typed set off a render, a check and (the first key after an open) a journal of
 * a second's processor time each, and on two cores the JavaFX thread waited for one of them for most
 * of a 100 ms frame gap. Where the runtime applies Java's priorities (the app image's on Linux:
 * packaging/linux/runtime-options), a core the JavaFX thread wants goes to it first; the work still has
 * every core the window leaves, and on a quiet machine the window leaves most of them.
 * <p>
 * Two levels, because a thread's nice on Linux counts against every program the system schedules
 * together with it: {@link #AWAITED} (nice 4) for work the person waits for next, which must still get
 * its share beside other busy programs, and {@link #UNAWAITED} (nice 19) for work no one waits for,
 * which then runs only on what the window and that work leave.
 */
public final class YieldingThreads {
    /**
     * Java's priority for work the person waits for, behind the window's frames: the open's read, the
     * preview's render, the recovery journal, the emoji set the preview shows, the classes the form's lower
     * part waits for. Nice 4 in the app image on
     * Linux: beside a busy program at the normal priority it still has 29 % of a core (at nice 19 the start's
     * read of 100,000 publications took 2.5 times as long beside two busy loops).
     */
    public static final int AWAITED = Thread.MIN_PRIORITY + 1;
    /**
     * Java's priority for work no one waits for: the problems' check (the sidebar's badges), the reader's
     * warm-up, the idle collections' watch. Nice 19 in the app image on Linux: the
     * JavaFX thread, at the normal priority, has a core before it whenever both want one (weight 1,024
     * against 15, where nice 4 had 423).
     */
    public static final int UNAWAITED = Thread.MIN_PRIORITY;

    private YieldingThreads() {
    }

    /**
     * One thread named {@code name} at Java's {@code priority} ({@link #AWAITED} or {@link #UNAWAITED})
     * that runs what it is given in order. {@code daemon}: whether the process may end while it has work
     * (not for work that must reach the disk).
     */
    public static ExecutorService single(String name, boolean daemon, int priority) {
        return Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(daemon);
            t.setPriority(priority);
            return t;
        });
    }
}
