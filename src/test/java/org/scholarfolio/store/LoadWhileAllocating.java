package org.scholarfolio.store;

import java.nio.file.Path;

/**
 * Loads a portfolio (args: the folder, how many times) while another thread allocates small arrays,
 * as the JavaFX thread does, and prints the longest wait that thread saw between two of them. Run
 * with {@code -XX:+UnlockDiagnosticVMOptions -XX:+SafepointTimeout -XX:SafepointTimeoutDelay=50
 * -Xlog:safepoint} to see which thread keeps the others from a safepoint (and with
 * {@code -XX:+AbortVMOnSafepointTimeout}, its stack in the crash report). bench/safepoint-reach.sh runs it.
 */
public final class LoadWhileAllocating {
    private static volatile Object sink;
    private static volatile boolean done;

    private LoadWhileAllocating() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int times = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long[] longest = new long[1];
        Thread allocating = new Thread(() -> {
            long last = System.nanoTime();
            while (!done) {
                sink = new byte[256];
                long now = System.nanoTime();
                longest[0] = Math.max(longest[0], now - last);
                last = now;
            }
        }, "allocating");
        allocating.start();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            int n = PortfolioStore.load(folder).portfolio().publications().size();
            System.out.printf("load %d: %d publications in %d ms%n", i + 1, n, (System.nanoTime() - start) / 1_000_000);
        }
        done = true;
        allocating.join();
        System.out.printf("the allocating thread's longest wait: %d ms%n", longest[0] / 1_000_000);
    }
}
