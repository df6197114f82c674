package org.scholarfolio.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Processor time used by this process and by its busiest threads, grouped by what they do. Unlike
 * a latency, it hardly moves with the machine's load, so a change in the cost of a keystroke shows
 * on a machine other builds keep busy.
 */
record ProcessorTime(long processNanos, Map<String, Long> threadNanos) {
    static ProcessorTime now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long nanos = threads.getThreadCpuTime(t.getId());
            if (nanos > 0) {
                byGroup.merge(group(t.getName()), nanos, Long::sum);
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new ProcessorTime(process, byGroup);
    }

    private static String group(String thread) {
        if (thread.equals("JavaFX Application Thread") || thread.equals("Event Thread")) {
            return "UI";
        }
        if (thread.startsWith("QuantumRenderer")) {
            return "paint";
        }
        if (thread.startsWith("scholarfolio-")) {
            return thread.substring("scholarfolio-".length());
        }
        return "other";
    }

    ProcessorTime minus(ProcessorTime earlier) {
        Map<String, Long> diff = new TreeMap<>();
        threadNanos.forEach((k, v) -> diff.put(k, v - earlier.threadNanos.getOrDefault(k, 0L)));
        return new ProcessorTime(processNanos - earlier.processNanos, diff);
    }

    /** "processor time per key: 12.3 ms (UI 4.5, preview 6.0, paint 1.2, ...)". */
    String perKey(int keys) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "processor time per key: %.1f ms (",
                processNanos / 1e6 / keys));
        String sep = "";
        for (Map.Entry<String, Long> e : threadNanos.entrySet()) {
            if (e.getValue() > 0) {
                b.append(sep).append(String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1e6 / keys));
                sep = ", ";
            }
        }
        return b.append(')').toString();
    }
}
