package org.scholarfolio.cli;

import org.scholarfolio.app.Launcher;

/**
 * Runs the launcher with the given arguments in a JVM of its own, and says as the JVM shuts down whether the
 * thread that ran {@code main} is still alive: it is while it waits in {@link System#exit}, and is gone when
 * {@code main} returned (the JVM's launcher then shuts the JVM down as a thread of another name).
 */
public final class EndOfMainProbe {
    private EndOfMainProbe() {
    }

    public static void main(String[] args) {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("main alive at shutdown: " + main.isAlive())));
        Launcher.main(args);
    }
}
