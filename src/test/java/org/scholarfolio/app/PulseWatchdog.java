package org.scholarfolio.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.animation.AnimationTimer;

/**
 * The longest time between two consecutive frames of the JavaFX thread since the last reset, and
 * every gap over 50 ms with the JVM's uptime at its start, so a long frame can be matched with the
 * collector's log ({@code -Xlog:gc}, stamped in uptime) and a flight recording.
 */
final class PulseWatchdog extends AnimationTimer {
    private static final long NOTED_GAP = TimeUnit.MILLISECONDS.toNanos(50);
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** System.nanoTime() at uptime 0, so a frame's time converts to the logs' clock. */
    private static final long UPTIME_ZERO = System.nanoTime()
            - TimeUnit.MILLISECONDS.toNanos(ManagementFactory.getRuntimeMXBean().getUptime());

    private volatile long last;
    /** The JavaFX thread's processor time at the last frame (nanoseconds; -1 where the JVM cannot say). */
    private long lastCpu = -1;
    /** The JavaFX thread's time runnable but waiting for a core, at the last frame (nanoseconds; -1 off Linux). */
    private long lastWait = -1;
    private volatile long longest;
    /** The most processor time the JavaFX thread had between two frames since the last reset, and that gap's start and length. */
    private long mostFx = -1;
    private long mostFxAt;
    private long mostFxGap;
    private final List<long[]> longGaps = new ArrayList<>();
    private final Map<String, Integer> stallStacks = new HashMap<>();
    private volatile Thread fxThread;
    private final int stackDepth = Integer.getInteger("stall.stacks", 0);
    /**
     * -Dstall.gaps=MS: every gap in which the JavaFX thread ran at least MS ms, with the stacks sampled in it
     * (project frames and the top ones, repeated frames folded), so each long pulse is told apart from the others.
     */
    private final long gapStacksCpu = TimeUnit.MILLISECONDS.toNanos(Long.getLong("stall.gaps", 0));
    /** The JavaFX thread's stacks sampled since the last frame. */
    private final List<String> currentGap = new ArrayList<>();
    private final List<String> gapReports = new ArrayList<>();

    PulseWatchdog() {
        if (stackDepth > 0 || gapStacksCpu > 0) {
            Thread sampler = new Thread(this::sampleStalls, "stall-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
    }

    private void sampleStalls() {
        while (true) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
            Thread fx = fxThread;
            long lastFrame = last;
            // The gaps' own stacks from 20 ms on (a long pulse's start counts too); the step's from 50 ms.
            long since = System.nanoTime() - lastFrame;
            if (fx == null || lastFrame == 0 || since < TimeUnit.MILLISECONDS.toNanos(20)) {
                continue;
            }
            if (since < NOTED_GAP) {
                if (gapStacksCpu > 0) {
                    String stack = shortStack(fx.getStackTrace());
                    synchronized (currentGap) {
                        currentGap.add(stack);
                    }
                }
                continue;
            }
            if (stackDepth > 0) {
                sample(fx, "");
            }
            if (gapStacksCpu > 0) {
                String stack = shortStack(fx.getStackTrace());
                synchronized (currentGap) {
                    currentGap.add(stack);
                }
            }
            if (stackDepth == 0) {
                continue;
            }
            if (renderer == null) {
                renderer = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
            }
            if (renderer != null) {
                sample(renderer, "renderer ");
            }
        }
    }

    private volatile Thread renderer;

    private void sample(Thread thread, String prefix) {
        String stack = Arrays.stream(thread.getStackTrace()).limit(stackDepth)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
                        + ":" + f.getLineNumber())
                .collect(Collectors.joining(" <- "));
        synchronized (stallStacks) {
            stallStacks.merge(prefix + thread.getState() + " " + stack, 1, Integer::sum);
        }
    }

    /**
     * A stack as "top frames ... project frames ... the entry", folded: runs of one method become "method xN",
     * lambdas and access-control frames are left out.
     */
    private String shortStack(StackTraceElement[] frames) {
        List<String> kept = new ArrayList<>();
        String previous = null;
        int repeats = 0;
        for (int i = 0; i < frames.length; i++) {
            StackTraceElement f = frames[i];
            String cls = f.getClassName();
            if (cls.contains("$$Lambda") || cls.startsWith("java.security.") || cls.startsWith("jdk.internal.")) {
                continue;
            }
            boolean own = cls.startsWith("org.scholarfolio.");
            boolean entry = f.getMethodName().contains("Pass") || cls.endsWith("ScenePulseListener")
                    || f.getMethodName().equals("runPulse") || cls.endsWith("PlatformImpl");
            if (i >= 8 && !own && !entry) {
                continue;
            }
            String name = cls.substring(cls.lastIndexOf('.') + 1) + "." + f.getMethodName() + (own ? ":" + f.getLineNumber() : "");
            if (name.equals(previous)) {
                repeats++;
                continue;
            }
            if (repeats > 0) {
                kept.set(kept.size() - 1, previous + " x" + (repeats + 1));
            }
            kept.add(name);
            previous = name;
            repeats = 0;
        }
        if (repeats > 0) {
            kept.set(kept.size() - 1, previous + " x" + (repeats + 1));
        }
        return String.join(" < ", kept.subList(0, Math.min(kept.size(), stackDepth > 0 ? stackDepth : 40)));
    }

    /** Each gap with the JavaFX thread's time over -Dstall.gaps, and the stacks sampled in it (5 ms each), most frequent first. */
    List<String> gapStacks() {
        synchronized (gapReports) {
            return List.copyOf(gapReports);
        }
    }

    /** The JavaFX thread's stacks taken during stalls since the last reset, most frequent first (5 ms each). */
    List<String> stallStacks() {
        synchronized (stallStacks) {
            return stallStacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                    .map(e -> e.getValue() + " x " + e.getKey()).toList();
        }
    }

    @Override
    public void handle(long now) {
        fxThread = Thread.currentThread();
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        long wait = runQueueWait();
        if (last != 0) {
            long gap = now - last;
            longest = Math.max(longest, gap);
            if (lastCpu >= 0 && cpu >= 0 && cpu - lastCpu > mostFx) {
                mostFx = cpu - lastCpu;
                mostFxAt = last - UPTIME_ZERO;
                mostFxGap = gap;
            }
            if (gap > NOTED_GAP) {
                synchronized (longGaps) {
                    longGaps.add(new long[] {last - UPTIME_ZERO, gap, lastCpu < 0 || cpu < 0 ? -1 : cpu - lastCpu,
                            lastWait < 0 || wait < 0 ? -1 : wait - lastWait});
                }
            }
            // A gap shorter than 50 ms with the JavaFX thread's work over -Dstall.gaps in it is told too.
            if (gapStacksCpu > 0 && lastCpu >= 0 && cpu - lastCpu >= gapStacksCpu) {
                Map<String, Integer> counts = new HashMap<>();
                synchronized (currentGap) {
                    currentGap.forEach(stack -> counts.merge(stack, 1, Integer::sum));
                }
                StringBuilder report = new StringBuilder(String.format("at %.3f s %,d ms (fx %d):", (last - UPTIME_ZERO) / 1e9,
                        TimeUnit.NANOSECONDS.toMillis(gap), TimeUnit.NANOSECONDS.toMillis(cpu - lastCpu)));
                counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                        .forEach(e -> report.append("\n        ").append(e.getValue()).append(" x ").append(e.getKey()));
                synchronized (gapReports) {
                    gapReports.add(report.toString());
                }
            }
        }
        synchronized (currentGap) {
            currentGap.clear();
        }
        last = now;
        lastCpu = cpu;
        lastWait = wait;
    }

    /**
     * The calling thread's time runnable but queued for a core, from Linux's /proc/thread-self/schedstat
     * (its second field, nanoseconds), or -1 where there is none.
     */
    static long runQueueWait() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"));
            int first = stat.indexOf(' ');
            return Long.parseLong(stat.substring(first + 1, stat.indexOf(' ', first + 1)));
        } catch (java.io.IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /** Called on the FX thread just before the operation; frame times share System.nanoTime's clock. */
    void reset() {
        last = System.nanoTime();
        lastCpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        lastWait = runQueueWait();
        longest = 0;
        mostFx = -1;
        synchronized (longGaps) {
            longGaps.clear();
        }
        synchronized (stallStacks) {
            stallStacks.clear();
        }
        synchronized (currentGap) {
            currentGap.clear();
        }
        synchronized (gapReports) {
            gapReports.clear();
        }
    }

    /**
     * The frame gap in which the JavaFX thread had the most processor time since the last reset, whatever
     * its length, as "fx 45 ms in a gap of 60 ms at 12.345 s": the thread's own work in one frame, which the
     * machine's load changes less than any gap's length. Read on the JavaFX thread.
     */
    String mostFxInOneGap() {
        return mostFx < 0 ? "not known" : String.format("fx %d ms in a gap of %,d ms at %.3f s", TimeUnit.NANOSECONDS.toMillis(mostFx),
                TimeUnit.NANOSECONDS.toMillis(mostFxGap), mostFxAt / 1e9);
    }

    long longestGap() {
        return longest;
    }

    /**
     * The gaps over 50 ms since the last reset, as "at 12.345 s 456 ms (fx 120, wait 30)", oldest first: the
     * uptime at the gap's start, its length, the JavaFX thread's processor time in it, which the
     * machine's load changes less than the gap, and its time runnable but waiting for a core (Linux's
     * run-queue wait); the rest is a collector pause, the renderer, or idle.
     */
    List<String> longGaps() {
        synchronized (longGaps) {
            return longGaps.stream()
                    .map(g -> String.format("at %.3f s %,d ms%s", g[0] / 1e9, TimeUnit.NANOSECONDS.toMillis(g[1]),
                            g[2] < 0 ? "" : " (fx " + TimeUnit.NANOSECONDS.toMillis(g[2])
                                    + (g[3] < 0 ? "" : ", wait " + TimeUnit.NANOSECONDS.toMillis(g[3])) + ")"))
                    .toList();
        }
    }
}
