package org.scholarfolio.store;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The open's reading alone, from bytes already in memory, ROUNDS times in one JVM: what the reader
 * costs without the file system, in counts a loaded machine does not change. Not a test; run by
 * hand, results in BENCHMARKS.md. Prints per round the reading thread's processor time and
 * allocation, and over the run the young collections and the bytes they copied out of eden (into
 * the old generation, or into survivor regions). {@code one} reads on one thread, {@code two} as
 * the open does (split from 1 MB).
 *
 * <pre>java [the launcher's -XX options] -cp "target/test-classes:target/classes:target/lib/*" \
 *     org.scholarfolio.store.ReadInMemoryBenchmark FOLDER ROUNDS one|two</pre>
 */
public final class ReadInMemoryBenchmark {
    private ReadInMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = PortfolioStore.resolveFile(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        boolean oneThread = args[2].equals("one");
        byte[] bytes = PortfolioStore.readFile(file).toArray();
        AtomicLong youngPauses = new AtomicLong();
        AtomicLong copiedOutOfEden = new AtomicLong();
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                if (!info.getGcName().contains("Young")) {
                    return;
                }
                youngPauses.incrementAndGet();
                // G1's young pause: what left eden is what the old generation gained and the survivors now hold.
                copiedOutOfEden.addAndGet(used(info.getGcInfo().getMemoryUsageAfterGc(), "Old Gen")
                        - used(info.getGcInfo().getMemoryUsageBeforeGc(), "Old Gen")
                        + used(info.getGcInfo().getMemoryUsageAfterGc(), "Survivor Space"));
            }, null, null);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Long> cpu = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        Object held = null;
        for (int i = 0; i < rounds; i++) {
            held = null; // the previous model dies as the next is read, as in a reload
            long c0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            held = PortfolioStore.parse(file, bytes, SchemaMigrations.PRODUCTION,
                    oneThread ? Integer.MAX_VALUE : SplitLoad.MIN_BYTES);
            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
            allocated.add((threads.getCurrentThreadAllocatedBytes() - a0) >> 20);
        }
        Thread.sleep(500); // the last collection's notification
        List<Long> later = new ArrayList<>(cpu.subList(1, rounds));
        Collections.sort(later);
        System.out.printf("%s thread(s), %d rounds: reading thread's cpu per round %s ms (rounds 2-: least %d, median %d);"
                        + " allocated by it %s MB; young collections %d, %d MB copied out of eden in all%n",
                oneThread ? "one" : "two", rounds, cpu, later.get(0), later.get(later.size() / 2), allocated,
                youngPauses.get(), copiedOutOfEden.get() >> 20);
        if (held == null) {
            throw new IllegalStateException("nothing read");
        }
    }

    private static long used(Map<String, MemoryUsage> pools, String suffix) {
        long used = 0;
        for (var pool : pools.entrySet()) {
            if (pool.getKey().endsWith(suffix)) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }
}
