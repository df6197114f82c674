package org.scholarfolio.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Spaces out the editor's periodic collections while they have nothing left to give back, and
 * brings them back to their interval when the editor works. {@code G1PeriodicGCInterval} (5 s
 * while the editor works) has G1 collect whenever no collection ran for that long, so that an editor
 * left alone after an open gives back the heap the open grew. It never stops by itself: an idle
 * editor collected every 5 s for ever (a concurrent cycle, then a young and a mixed pause), each
 * cycle's remark pause stopping the window (16-214 ms measured on a busy machine) and the marking
 * taking a second of processor time a minute. Here a periodic collection that finds the heap as
 * the previous periodic one left it (as large, and less than 1 MB emptier) doubles the interval, up
 * to {@link #LONGEST_MILLIS}, and one that gave something back (a remark's shrink, a mixed
 * collection's old regions) sets it to {@link #SETTLING_MILLIS}: the mixed collections that follow a
 * cycle, and the next cycle, whose remark sizes the heap to what they left, come one after another
 * instead of an interval apart (an editor left alone after opening 10,000 publications reached its
 * heap at rest 30 s after the first periodic collection, 120 MB committed until then against 100
 * after), and what a later cycle still finds (an old page the preview dropped) is given back later,
 * not never. Any other collection (the heap filled: the editor is doing something) sets the interval
 * back to the launchers'. The flag is one a running JVM may change.
 * <p>
 * While the editor is at rest (its last collection was a periodic one: nothing allocated enough
 * for a collection of its own in an interval), the heap's largest free share is lowered from the
 * launchers' 30 % to {@link #AT_REST_MAX_FREE_PERCENT}: a remark sizes the heap from what is used
 * then, so the heap an idle editor keeps is its use and a tenth, not its use and three sevenths
 * (104-112 against 132-144 MB committed with 10,000 publications open). Any other collection puts
 * the launchers' share back, so an editor at work grows and keeps its heap as before; G1 reads the
 * share at each remark and full collection, and it is another flag a running JVM may change.
 * <p>
 * The launchers start the editor with the interval off ({@code 0}) and {@link #watch()} sets it to
 * {@link #ACTIVE_MILLIS} when it starts watching: a start slower than the interval (a loaded
 * machine, the first content 9-21 s after the JVM's start) otherwise had a periodic cycle before the
 * first content, whose remark shrank the heap from 380 to 13 MB, and the start then ran 10-21
 * collections instead of 2 (761 ms paused in one start).
 */
public final class IdleCollections {
    /** The cause G1 gives a collection its periodic trigger started. */
    static final String PERIODIC_CAUSE = "G1 Periodic Collection";
    static final String FLAG = "G1PeriodicGCInterval";
    /** The heap's largest free share after a remark or full collection, in percent, and its smallest. */
    static final String MAX_FREE_FLAG = "MaxHeapFreeRatio";
    static final String MIN_FREE_FLAG = "MinHeapFreeRatio";
    /** The largest free share while at rest; never below the JVM's smallest, which it may not undercut. */
    static final long AT_REST_MAX_FREE_PERCENT = 10;
    /** Set to {@code false} to keep the launchers' interval and free share for good (to measure the difference). */
    static final String PROPERTY = "scholarfolio.idleCollections";
    /** The names G1's collectors have among the management beans; another collector's differ. */
    static final Set<String> G1_COLLECTORS = Set.of("G1 Young Generation", "G1 Old Generation");
    private static final AtomicBoolean WATCHING = new AtomicBoolean();
    private static final long START_DELAY_MILLIS = 10_000;
    /**
     * The interval while the editor works, set by {@link #watch()} in a JVM the launchers started with
     * the interval off: with it an editor left alone after an open gives back the heap the open grew.
     */
    static final long ACTIVE_MILLIS = 5000;

    private IdleCollections() {
    }

    /** The longest interval the doubling reaches. */
    static final long LONGEST_MILLIS = 320_000;

    /**
     * The interval after a periodic collection that gave something back (never longer than the launchers'): the
     * collections that follow it are a few pauses of a few ms each, done with while the editor is still left alone.
     */
    static final long SETTLING_MILLIS = 1000;

    /** Less than this taken off the heap's use between two periodic collections is nothing. */
    static final long NOTHING_BYTES = 1 << 20;

    /** The flags' values wanted after a collection: the periodic interval, and whether the editor is at rest. */
    record Wanted(long intervalMillis, boolean atRest) {
    }

    /**
     * When to collect, given the collections seen; one per JVM, told on the JVM's notification thread.
     * {@link #collected} gives the flags' values wanted after each collection.
     */
    static final class Policy {
        private final long activeMillis;
        private long interval;
        /** The heap's committed size and use after the last periodic collection; -1 after any other. */
        private long committedAtLastPeriodic = -1;
        private long usedAtLastPeriodic = -1;

        Policy(long activeMillis) {
            this.activeMillis = activeMillis;
            this.interval = activeMillis;
        }

        /** Takes one collection and the heap after it; returns the interval to set and whether the editor is at rest. */
        Wanted collected(boolean periodic, long committedBytes, long usedBytes) {
            if (!periodic) {
                committedAtLastPeriodic = -1;
                usedAtLastPeriodic = -1;
                interval = activeMillis;
                return new Wanted(interval, false);
            }
            boolean gaveNothingBack = committedAtLastPeriodic >= 0 && committedBytes == committedAtLastPeriodic
                    && usedBytes > usedAtLastPeriodic - NOTHING_BYTES;
            // One that gave something back (a remark's shrink, a mixed collection's old regions) is
            // likely followed by more: the next comes soon. The doubling starts from the launchers' interval.
            interval = gaveNothingBack ? Math.min(Math.max(interval, activeMillis) * 2, Math.max(activeMillis, LONGEST_MILLIS))
                    : Math.min(SETTLING_MILLIS, activeMillis);
            committedAtLastPeriodic = committedBytes;
            usedAtLastPeriodic = usedBytes;
            return new Wanted(interval, true);
        }
    }

    /**
     * {@link #watch()} on a thread of its own, 10 s after the call: the management beans' classes
     * would otherwise compete with the first window for a core (the editor calls it once the window
     * has drawn its first content; from the launch, 10 s came before it on a loaded machine). Nothing is missed meanwhile: the
     * policy needs two periodic collections to lengthen the interval, and the first comes 5 s
     * after the open's last collection.
     */
    public static void watchInBackground() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(START_DELAY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            watch();
        }, "idle-collections");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Watches this JVM's collections when it runs periodic ones (G1 with a non-zero interval) or was
     * started with the interval off on its command line, as the launchers start the editor (then the
     * interval is set to {@link #ACTIVE_MILLIS} first); true when it does. A JVM whose interval is
     * Java's own (none given, as in the tests' JVMs) is left alone. Once per JVM; safe to call again. Another
     * collector (a user's {@code -XX:+UseShenandoahGC}, say) accepts the G1 flag the launchers pass
     * and never acts on it: such a JVM is not watched, and the flag is left as it was.
     */
    public static boolean watch() {
        try {
            List<GarbageCollectorMXBean> g1 = new ArrayList<>();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                // The young collector's pauses carry a cycle's trigger; the concurrent cycle's own
                // pauses (reported by newer JVMs under "G1 Concurrent GC") follow from it and are not counted.
                if (G1_COLLECTORS.contains(collector.getName())) {
                    g1.add(collector);
                }
            }
            HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            VMOption interval = flags.getVMOption(FLAG);
            long active = Long.parseLong(interval.getValue());
            boolean offUntilWatched = active == 0 && interval.getOrigin() == VMOption.Origin.VM_CREATION;
            if (g1.isEmpty() || (active <= 0 && !offUntilWatched) || !WATCHING.compareAndSet(false, true)) {
                return false;
            }
            if (offUntilWatched) {
                // the launchers' "off until the start is over": the editor's own interval from now on
                active = ACTIVE_MILLIS;
                flags.setVMOption(FLAG, Long.toString(active));
            }
            Policy policy = new Policy(active);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long workingMaxFree = Long.parseLong(flags.getVMOption(MAX_FREE_FLAG).getValue());
            long restingMaxFree = Math.min(workingMaxFree,
                    Math.max(AT_REST_MAX_FREE_PERCENT, Long.parseLong(flags.getVMOption(MIN_FREE_FLAG).getValue())));
            long[] set = {active, workingMaxFree};
            for (GarbageCollectorMXBean collector : g1) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    MemoryUsage heap = memory.getHeapMemoryUsage();
                    Wanted wanted = policy.collected(PERIODIC_CAUSE.equals(info.getGcCause()), heap.getCommitted(), heap.getUsed());
                    long maxFree = wanted.atRest() ? restingMaxFree : workingMaxFree;
                    synchronized (set) {
                        if (wanted.intervalMillis() != set[0]) {
                            flags.setVMOption(FLAG, Long.toString(wanted.intervalMillis()));
                            set[0] = wanted.intervalMillis();
                        }
                        if (maxFree != set[1]) {
                            flags.setVMOption(MAX_FREE_FLAG, Long.toString(maxFree));
                            set[1] = maxFree;
                        }
                    }
                }, null, null);
            }
            return true;
        } catch (RuntimeException e) {
            // another JVM, without the flag or the beans: its collections are its own
            return false;
        }
    }
}
