package org.scholarfolio.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.scholarfolio.ui.IconsAhead;

/**
 * The JavaFX thread's processor time for the window's first icon in a fresh JVM, with the icon font
 * loaded ahead on a thread of its own ({@code ahead}, as the app's init does) or not ({@code plain}):
 * one line, {@code first icon <mode>: JavaFX thread N ms (ahead thread M ms)}. Processor time, which
 * a busy machine disturbs far less than wall time; run the two modes alternately in fresh JVMs
 * ({@code bench/first-icon.sh}).
 *
 * <pre>java -cp target/classes:target/test-classes:DEPS org.scholarfolio.app.FirstIconBenchmark ahead|plain</pre>
 */
public final class FirstIconBenchmark {
    private FirstIconBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean ahead = args.length > 0 && args[0].equals("ahead");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(2, TimeUnit.MINUTES);
        long aheadMs = -1;
        if (ahead) {
            long[] cpu = new long[1];
            // The app's init runs IconsAhead.start on the launcher's thread; here the caller waits for it.
            Thread caller = new Thread(() -> {
                long t0 = threads.getCurrentThreadCpuTime();
                IconsAhead.start().join();
                cpu[0] = threads.getCurrentThreadCpuTime() - t0;
            });
            caller.start();
            caller.join();
            aheadMs = cpu[0] / 1_000_000;
        }
        CompletableFuture<Long> firstIcon = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = threads.getCurrentThreadCpuTime();
            new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
            firstIcon.complete((threads.getCurrentThreadCpuTime() - t0) / 1_000_000);
        });
        System.out.printf("first icon %s: JavaFX thread %d ms%s%n", ahead ? "ahead" : "plain", firstIcon.get(2, TimeUnit.MINUTES),
                ahead ? " (the caller of IconsAhead.start " + aheadMs + " ms; the load's own thread not counted)" : "");
        Platform.exit();
        System.exit(0);
    }
}
