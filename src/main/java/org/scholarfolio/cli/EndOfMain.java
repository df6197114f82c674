package org.scholarfolio.cli;

import java.util.Arrays;
import java.util.Collection;

/**
 * How a command's process ends: by returning from {@code main} when it succeeded and nothing else holds the
 * JVM open, else by {@link System#exit}. On Java 21 and later {@code System.exit} first asks for the system
 * logger {@code java.lang.Runtime} (it logs the call at debug level), and finding the logger service is a
 * service lookup on the class path: every jar not opened yet is opened and its directory read (about twenty
 * of the app image's forty when an export ends, ~20 ms of a cold process's processor time, after the last
 * file is written). The JVM that ends because {@code main} returned runs the same shutdown hooks and asks for
 * no logger.
 */
public final class EndOfMain {
    private EndOfMain() {
    }

    /**
     * Ends this process with {@code code}: returns when {@code main} may simply return ({@link #mayReturn}),
     * otherwise calls {@link System#exit} and does not return.
     */
    public static void exitUnlessReturning(int code) {
        if (!mayReturn(code, Thread.currentThread(), liveThreads())) {
            System.exit(code);
        }
    }

    /**
     * Whether returning from {@code main} ends the process with {@code code}: only 0 (the code of a
     * {@code main} that returns), and only when no thread but {@code main} itself is alive and not a daemon
     * (the JVM would wait for it, where {@code System.exit} would not).
     */
    static boolean mayReturn(int code, Thread main, Collection<Thread> live) {
        if (code != 0) {
            return false;
        }
        for (Thread thread : live) {
            if (thread != main && thread.isAlive() && !thread.isDaemon()) {
                return false;
            }
        }
        return true;
    }

    /** The platform threads alive now, read from the root thread group (no stack is walked). */
    static Collection<Thread> liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 8];
        int count;
        while ((count = root.enumerate(threads, true)) == threads.length) {
            threads = new Thread[threads.length * 2];
        }
        return Arrays.asList(threads).subList(0, count);
    }
}
