package org.scholarfolio.site.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

/**
 * Sizes the issues name: save, load and render time and the heap in use afterwards. Not a test; run
 * by hand, results in BENCHMARKS.md.
 * <ul>
 * <li>no arguments: 100,000 publications, a paper with 5,000 authors and a 10 MB bio, saved,
 * loaded and the bio rendered once (run it with {@code -Xmx1g} to see whether memory is bounded);</li>
 * <li>{@code PUBLICATIONS ROUNDS}: a generated portfolio of that size saved and loaded ROUNDS times
 * in this JVM, printing the first round and the median and best of the others (the editor's open
 * and save).</li>
 * <li>{@code open FOLDER}: one load of that portfolio in this (fresh) JVM, as an editor started on it
 * makes it: wall time, the loading thread's and the whole process's processor time.</li>
 * <li>{@code open FOLDER warm}: the same after the editor's warm-up of its reader
 * ({@code DocumentIo.warmUpReader}) and a second's wait; {@code open FOLDER warm PUBLICATIONS COPIES
 * READS}: after a warm-up of a generated portfolio of PUBLICATIONS, its records repeated COPIES times,
 * read READS times in memory.</li>
 * <li>{@code hold FOLDER SECONDS}: the portfolio loaded and held after a full collection, for
 * {@code jcmd <pid> GC.class_histogram} (the objects and bytes a loaded portfolio keeps).</li>
 * </ul>
 * {@code java -Xmx1g -cp "target/test-classes:target/scholarfolio.jar:target/lib/*" org.scholarfolio.site.bench.LargePortfolioBenchmark [N ROUNDS]}
 */
public final class LargePortfolioBenchmark {
    private LargePortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("open")) {
            open(Path.of(args[1]));
            return;
        }
        if (args.length == 3 && args[0].equals("open") && args[2].equals("warm")) {
            warmUp(() -> org.scholarfolio.ui.DocumentIo.warmUpReader(() -> false), "the editor's warm-up");
            open(Path.of(args[1]));
            return;
        }
        if (args.length == 6 && args[0].equals("open") && args[2].equals("warm")) {
            int publications = Integer.parseInt(args[3]);
            int copies = Integer.parseInt(args[4]);
            int reads = Integer.parseInt(args[5]);
            warmUp(() -> {
                try {
                    org.scholarfolio.store.ReaderWarmUp.run(org.scholarfolio.generator.PortfolioGenerator.generate(
                            publications, publications / 2, 1L), copies, reads, () -> false);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "warm-up: " + publications + " publications " + copies + " times over, read " + reads + " times");
            open(Path.of(args[1]));
            return;
        }
        if (args.length == 3 && args[0].equals("hold")) {
            hold(Path.of(args[1]), Long.parseLong(args[2]));
            return;
        }
        if (args.length == 2) {
            rounds(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
            return;
        }
        Path dir = Files.createTempDirectory("large-portfolio");
        Portfolio big = org.scholarfolio.generator.PortfolioGenerator.generate(100_000, 100, 1L);
        List<Author> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(Author.of("Given" + i, "Family" + i));
        }
        List<Publication> pubs = new ArrayList<>(big.publications());
        pubs.set(0, pubs.get(0).toBuilder().authors(many).build());
        String bio = "A paragraph of a long biography with *emphasis* and a [link](https://example.org).\n\n".repeat(125_000);
        big = big.withPublications(pubs).withProfile(big.profile().toBuilder().bio(bio).build());

        long t0 = System.nanoTime();
        PortfolioStore.save(dir, big);
        long t1 = System.nanoTime();
        var loaded = PortfolioStore.load(dir);
        long t2 = System.nanoTime();
        var html = MarkdownRenderer.shared().render(loaded.portfolio().profile().bio());
        long t3 = System.nanoTime();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("file %.1f MB, bio %.1f MB; save %d ms, load %d ms, render bio %d ms (%d chars of HTML);"
                        + " heap in use after GC with the loaded portfolio held: %d MB (max heap %d MB)%n",
                Files.size(dir.resolve("portfolio.json")) / 1e6, bio.length() / 1e6, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, html.html().length(), heap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        if (loaded.portfolio().publications().size() != 100_000) {
            throw new IllegalStateException("lost publications");
        }
    }

    private static void rounds(int publications, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("portfolio-rounds");
        Portfolio portfolio = org.scholarfolio.generator.PortfolioGenerator.generate(publications, publications / 2, 1L);
        List<Long> saves = new ArrayList<>();
        List<Long> loads = new ArrayList<>();
        List<Long> saveCpu = new ArrayList<>();
        List<Long> loadCpu = new ArrayList<>();
        List<Long> saveThread = new ArrayList<>();
        List<Long> loadThread = new ArrayList<>();
        List<Long> loadAllocated = new ArrayList<>();
        List<Long> loadCollections = new ArrayList<>();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // As the editor does: the first save writes the file, later ones go over the file as loaded.
        String hash = PortfolioStore.save(dir, portfolio);
        Path file = dir.resolve("portfolio.json");
        for (int i = 0; i < rounds; i++) {
            long c0 = processCpu();
            long h0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PortfolioStore.saveOver(file, hash, portfolio);
            long c1 = processCpu();
            long h1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            long a1 = threads.getCurrentThreadAllocatedBytes();
            long n1 = collections();
            var loaded = PortfolioStore.load(dir);
            long c2 = processCpu();
            long h2 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            loadAllocated.add((threads.getCurrentThreadAllocatedBytes() - a1) >> 20);
            loadCollections.add(collections() - n1);
            saveThread.add((h1 - h0) / 1_000_000);
            loadThread.add((h2 - h1) / 1_000_000);
            portfolio = loaded.portfolio();
            hash = loaded.contentHash();
            saves.add((t1 - t0) / 1_000_000);
            loads.add((t2 - t1) / 1_000_000);
            saveCpu.add((c1 - c0) / 1_000_000);
            loadCpu.add((c2 - c1) / 1_000_000);
        }
        System.out.printf("%d publications, %.1f MB: first save %d ms, load %d ms; rounds 2-%d: save median %d ms (best %d,"
                        + " process cpu median %d ms), load median %d ms (best %d, process cpu median %d ms)%n",
                publications, Files.size(file) / 1e6, saves.get(0), loads.get(0), rounds, median(saves),
                Collections.min(saves.subList(1, rounds)), median(saveCpu), median(loads),
                Collections.min(loads.subList(1, rounds)), median(loadCpu));
        // The thread's own processor time: what a loaded machine changes least (no waiting, no collector).
        System.out.printf("  processor time of the saving and loading thread: first save %d ms, load %d ms;"
                        + " rounds 2-%d: save median %d ms, load median %d ms%n",
                saveThread.get(0), loadThread.get(0), rounds, median(saveThread), median(loadThread));
        // Counts the machine's load does not change: what the loading thread allocated (the second
        // thread of a split load allocates about as much again) and the collections during each load.
        System.out.printf("  allocated by the loading thread per load: first %d MB, rounds 2-%d median %d MB;"
                        + " collections during a load: first %d, rounds 2-%d %s%n",
                loadAllocated.get(0), rounds, median(loadAllocated), loadCollections.get(0), rounds,
                loadCollections.subList(1, rounds));
    }

    /** Collections so far, of every collector (young pauses and full ones). */
    private static long collections() {
        long n = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, collector.getCollectionCount());
        }
        return n;
    }

    private static void open(Path folder) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = processCpu();
        long h0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        var loaded = PortfolioStore.load(folder);
        long t1 = System.nanoTime();
        long h1 = threads.getCurrentThreadCpuTime();
        long c1 = processCpu();
        System.out.printf("first open in a fresh JVM: %d publications, wall %d ms, loading thread cpu %d ms,"
                        + " process cpu %d ms (JVM up %d ms before it)%n",
                loaded.portfolio().publications().size(), (t1 - t0) / 1_000_000, (h1 - h0) / 1_000_000,
                (c1 - c0) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime() - (t1 - t0) / 1_000_000);
    }

    /**
     * What an editor does once its first window is up ({@code DocumentIo.warmUpReader}, or a warm-up
     * of other sizes to compare), then a second's wait (a person choosing a file, the compiler's
     * queue emptied), printing what the warm-up cost.
     */
    private static void warmUp(Runnable warmUp, String what) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long c0 = processCpu();
        long h0 = threads.getCurrentThreadCpuTime();
        long a0 = threads.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        warmUp.run();
        long t1 = System.nanoTime();
        long h1 = threads.getCurrentThreadCpuTime();
        long a1 = threads.getCurrentThreadAllocatedBytes();
        long c1 = processCpu();
        Thread.sleep(1000);
        long c2 = processCpu();
        System.out.printf("%s: wall %d ms, its thread's cpu %d ms, allocated %d MB on it, process cpu %d ms"
                        + " (then %d ms in the second after it)%n",
                what, (t1 - t0) / 1_000_000, (h1 - h0) / 1_000_000, (a1 - a0) >> 20, (c1 - c0) / 1_000_000,
                (c2 - c1) / 1_000_000);
    }

    /**
     * Loads the portfolio, collects the garbage and holds it for {@code seconds}, printing the
     * process id: what the loaded model costs, from {@code jcmd <pid> GC.class_histogram}.
     */
    private static void hold(Path folder, long seconds) throws Exception {
        var loaded = PortfolioStore.load(folder);
        System.gc();
        System.out.printf("holding %d publications, pid %d%n", loaded.portfolio().publications().size(),
                ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(seconds * 1000);
        System.out.println(loaded.portfolio().publications().isEmpty() ? "empty" : "done");
    }

    /** Processor time of the whole process (all threads, the collector's too), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values.subList(1, values.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
