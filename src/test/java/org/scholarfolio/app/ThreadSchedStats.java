package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Processor time and time spent waiting for a processor, per thread of this process, from Linux's
 * {@code /proc/self/task/TID/schedstat} (nanoseconds on a core, nanoseconds runnable but queued).
 * Threads with the same (15-character) name are summed. Tells a frame gap in which the JavaFX thread
 * worked from one in which it waited for a core. Empty where there is no /proc.
 */
record ThreadSchedStats(Map<String, long[]> byName) {

    static ThreadSchedStats now() {
        Map<String, long[]> byName = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String[] stat = Files.readString(task.resolve("schedstat")).strip().split(" ");
                    long[] sum = byName.computeIfAbsent(name, n -> new long[2]);
                    sum[0] += Long.parseLong(stat[0]);
                    sum[1] += Long.parseLong(stat[1]);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException noProc) {
            // not Linux
        }
        return new ThreadSchedStats(byName);
    }

    /**
     * Since {@code before}: the JavaFX thread's and the renderer's time on a core and waiting for one,
     * then the other threads that took the most processor time, as one line.
     */
    String since(ThreadSchedStats before) {
        Map<String, long[]> delta = new HashMap<>();
        byName.forEach((name, now) -> {
            long[] then = before.byName.getOrDefault(name, new long[2]);
            delta.put(name, new long[] {now[0] - then[0], now[1] - then[1]});
        });
        String fx = delta.keySet().stream().filter(n -> n.startsWith("JavaFX Applic") || n.startsWith("GtkNativeMain"))
                .map(n -> describe(n, delta.get(n))).collect(Collectors.joining(", "));
        String others = delta.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("JavaFX Applic") && !e.getKey().startsWith("GtkNativeMain"))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(6)
                .map(e -> describe(e.getKey(), e.getValue())).collect(Collectors.joining(", "));
        return "JavaFX thread " + fx + "; busiest others: " + others;
    }

    private static String describe(String name, long[] d) {
        return String.format("%s %,d ms on a core / %,d ms waiting", name, d[0] / 1_000_000, d[1] / 1_000_000);
    }
}
