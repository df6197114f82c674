package org.scholarfolio.site.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.PortfolioStore;

/**
 * The export benchmark of BENCHMARKS.md, run by {@code bench/export-vs-hugo.sh}. Not a test:
 * wall-clock numbers depend on the machine.
 * <ul>
 * <li>{@code generate DIR [PUBLICATIONS NEWS]} writes the portfolio of {@code scholarfolio generate} (default 1,000
 * publications, 500 news items) to {@code DIR/portfolio/portfolio.json} and the same content as a
 * Hugo site to {@code DIR/hugo/};</li>
 * <li>{@code warm PORTFOLIO WORKDIR [ROUNDS]} exports it in this JVM again and again, each round
 * into a fresh folder (a first export) and then once more into the same folder (nothing changed),
 * and prints the first round, the median and the best of the others, as wall-clock and as
 * processor time (the latter is what to compare on a busy machine); each round then edits the title
 * of one publication and exports again (the editor's export after one edit), with the exporter
 * set up as the editor's is;</li>
 * <li>{@code edits PORTFOLIO WORKDIR [EDITS]} is the editor's warm case alone: one export into a new
 * folder, then {@code EDITS} times an edit (the title of a publication, a different one each time)
 * followed by a re-export into the same folder, in this JVM with one exporter; it prints the
 * median and the 90th percentile of the re-exports after the first five, wall clock and processor
 * time of all threads, and the pages each wrote; with {@code -Dbench.jfr=FILE} it also records a JFR
 * profile ({@code settings=profile}) of the edits after the first five into {@code FILE}.</li>
 * <li>{@code once PORTFOLIO WORKDIR [ROUNDS]} is the command line's export in this JVM ({@link
 * SiteExporter#forOneExport()}, an exporter per export), each round into a fresh folder: it prints each
 * round's processor time of all threads and the bytes all threads allocated, then the median of the
 * rounds after the first two per publication (the steady state's work per publication, where
 * {@code warm} keeps views between exports as the editor does).</li>
 * </ul>
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("generate")) {
            int publications = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
            int news = args.length > 3 ? Integer.parseInt(args[3]) : 500;
            Path dir = Path.of(args[1]);
            Portfolio portfolio = PortfolioGenerator.generate(publications, news, PortfolioGenerator.DEFAULT_SEED);
            PortfolioStore.save(Files.createDirectories(dir.resolve("portfolio")), portfolio);
            HugoSite.write(portfolio, dir.resolve("hugo"));
            System.out.printf("wrote %d publications and %d news items to %s%n", publications, news, dir);
        } else if (args.length >= 3 && args[0].equals("edits")) {
            edits(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 30);
        } else if (args.length >= 3 && args[0].equals("once")) {
            once(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 6);
        } else if (args.length >= 3 && args[0].equals("warm")) {
            warm(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 10);
        } else {
            System.err.println("usage: ExportBenchmark generate DIR [PUBLICATIONS NEWS] | warm PORTFOLIO WORKDIR [ROUNDS]"
                    + " | edits PORTFOLIO WORKDIR [EDITS] | once PORTFOLIO WORKDIR [ROUNDS]");
            System.exit(2);
        }
    }

    private static void warm(Path portfolioDir, Path workDir, int rounds) throws Exception {
        Portfolio portfolio = PortfolioStore.load(portfolioDir).portfolio();
        // Set up as the editor's exporter is (DesktopApp).
        SiteExporter exporter = new SiteExporter(PortfolioStore::writeJson);
        ExportOptions options = ExportOptions.defaults();
        List<Long> first = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        List<Long> firstCpu = new ArrayList<>();
        List<Long> againCpu = new ArrayList<>();
        List<Long> edited = new ArrayList<>();
        List<Long> editedCpu = new ArrayList<>();
        int pages = 0;
        int editedPages = 0;
        for (int round = 0; round < rounds; round++) {
            Path out = workDir.resolve("warm-" + round);
            deleteTree(out);
            ExportReport report = timed(exporter, portfolio, portfolioDir, options, out, first, firstCpu);
            pages = report.pagesWritten().size();
            ExportReport unchanged = timed(exporter, portfolio, portfolioDir, options, out, again, againCpu);
            if (!unchanged.pagesWritten().isEmpty()) {
                throw new IllegalStateException("an unchanged re-export wrote " + unchanged.pagesWritten().size() + " pages");
            }
            List<Publication> publications = new ArrayList<>(portfolio.publications());
            int index = publications.size() / 2;
            Publication p = publications.get(index);
            publications.set(index, p.toBuilder().title(p.title() + " " + round).build());
            portfolio = portfolio.withPublications(publications);
            ExportReport afterEdit = timed(exporter, portfolio, portfolioDir, options, out, edited, editedCpu);
            editedPages = afterEdit.pagesWritten().size();
            deleteTree(out);
        }
        System.out.printf("%d pages, times as wall clock / processor time of all threads%n", pages);
        System.out.printf("first round in this JVM: export %d / %d ms, unchanged re-export %d / %d ms%n",
                first.get(0) / 1_000_000, firstCpu.get(0) / 1_000_000, again.get(0) / 1_000_000, againCpu.get(0) / 1_000_000);
        System.out.printf("warm, rounds 2-%d: export median %d / %d ms (best %d / %d), unchanged re-export median %d / %d ms (best %d / %d)%n",
                rounds, median(first), median(firstCpu), best(first), best(firstCpu),
                median(again), median(againCpu), best(again), best(againCpu));
        System.out.printf("warm, one publication's title edited: re-export median %d / %d ms (best %d / %d), %d pages written%n",
                median(edited), median(editedCpu), best(edited), best(editedCpu), editedPages);
    }

    private static void once(Path portfolioDir, Path workDir, int rounds) throws Exception {
        Portfolio portfolio = PortfolioStore.load(portfolioDir).portfolio();
        int n = Math.max(1, portfolio.publications().size());
        List<Long> processor = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path out = workDir.resolve("once-" + round);
            deleteTree(out);
            long bytes = allocatedBytes();
            long cpu = cpuNanos();
            ExportReport report = SiteExporter.forOneExport().export(portfolio, portfolioDir, ExportOptions.defaults(), out);
            processor.add(cpuNanos() - cpu);
            allocated.add(allocatedBytes() - bytes);
            check(report);
            System.out.printf("round %d: processor %d ms, allocated %d MB, %d pages%n", round + 1,
                    processor.get(round) / 1_000_000, allocated.get(round) >> 20, report.pagesWritten().size());
            deleteTree(out);
        }
        int from = Math.min(2, rounds - 1);
        long cpu = middle(processor.subList(from, rounds));
        long bytes = middle(allocated.subList(from, rounds));
        System.out.printf("rounds %d-%d, median: processor %d ms (%.0f us a publication), allocated %d MB (%.1f KB a"
                + " publication), %d publications%n", from + 1, rounds, cpu / 1_000_000, cpu / 1_000.0 / n, bytes >> 20,
                bytes / 1024.0 / n, portfolio.publications().size());
    }

    /**
     * The bytes all threads allocated so far, those that ended too (Java 21's
     * {@code getTotalThreadAllocatedBytes}, asked for by name: the source is Java 17's); -1 without it.
     */
    private static long allocatedBytes() {
        try {
            Object threads = java.lang.management.ManagementFactory.getThreadMXBean();
            return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getTotalThreadAllocatedBytes")
                    .invoke(threads);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return -1;
        }
    }

    private static void edits(Path portfolioDir, Path workDir, int edits) throws Exception {
        Portfolio portfolio = PortfolioStore.load(portfolioDir).portfolio();
        SiteExporter exporter = watching(new SiteExporter(PortfolioStore::writeJson));
        ExportOptions options = ExportOptions.defaults();
        Path out = workDir.resolve("edits");
        Portfolio[] held = {portfolio}; // the editor holds the portfolio either way
        deleteTree(out);
        long cpu = cpuNanos();
        long start = System.nanoTime();
        ExportReport report = exporter.export(portfolio, portfolioDir, options, out);
        check(report);
        System.out.printf("%d publications, %d pages; first export %d / %d ms (wall / processor time of all threads)%n",
                portfolio.publications().size(), report.pagesWritten().size(),
                (System.nanoTime() - start) / 1_000_000, (cpuNanos() - cpu) / 1_000_000);
        List<Long> wall = new ArrayList<>();
        List<Long> processor = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        // The exporting thread's own processor time: the serial part of an export, which the load
        // of other programs does not add to the way it adds to wall-clock time.
        List<Long> exporting = new ArrayList<>();
        // The collector's pauses (young and mixed, full) during each re-export: what varies between edits.
        List<Long> paused = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // -Dbench.jfr=FILE: a profile of the edits after the first five (the warm state), for JFR's views.
        String jfr = System.getProperty("bench.jfr");
        jdk.jfr.Recording recording = null;
        java.util.Map<String, Long> threadsBefore = java.util.Map.of();
        long processBefore = 0;
        for (int edit = 0; edit < edits; edit++) {
            if (edit == Math.min(5, edits - 1)) {
                threadsBefore = processorTimeByThread();
                processBefore = cpuNanos();
            }
            if (jfr != null && edit == Math.min(5, edits - 1)) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.start();
            }
            List<Publication> publications = new ArrayList<>(portfolio.publications());
            // Spread over the list: each edit is of another publication, in another year's page.
            int index = (int) ((edit * 7919L + publications.size() / 2) % publications.size());
            Publication p = publications.get(index);
            publications.set(index, p.toBuilder().title(p.title() + " (edit " + edit + ")").build());
            portfolio = portfolio.withPublications(publications);
            held[0] = portfolio;
            long own = threads.getCurrentThreadCpuTime();
            long pausedBefore = collectorPauseMillis();
            ExportReport afterEdit = timed(exporter, portfolio, portfolioDir, options, out, wall, processor);
            exporting.add(threads.getCurrentThreadCpuTime() - own);
            paused.add(collectorPauseMillis() - pausedBefore);
            written.add(afterEdit.pagesWritten().size());
        }
        java.util.Map<String, Long> threadsAfter = processorTimeByThread();
        long processAfter = cpuNanos();
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
            recording.close();
        }
        int skip = Math.min(5, edits - 1);
        System.out.printf("re-export after one edit, edits %d-%d: median %.1f / %.1f ms, p90 %.1f / %.1f ms;"
                        + " first %.1f / %.1f ms; pages written %s%n", skip + 1, edits,
                percentile(wall.subList(skip, edits), 50), percentile(processor.subList(skip, edits), 50),
                percentile(wall.subList(skip, edits), 90), percentile(processor.subList(skip, edits), 90),
                wall.get(0) / 1e6, processor.get(0) / 1e6, new java.util.TreeSet<>(written));
        System.out.printf("the exporting thread's own processor time, edits %d-%d: median %.1f ms, p90 %.1f ms%n", skip + 1, edits,
                percentile(exporting.subList(skip, edits), 50), percentile(exporting.subList(skip, edits), 90));
        List<Long> withPause = new ArrayList<>();
        List<Long> withoutPause = new ArrayList<>();
        for (int i = skip; i < edits; i++) {
            (paused.get(i) > 0 ? withPause : withoutPause).add(wall.get(i));
        }
        System.out.printf("collector pauses during the re-exports, edits %d-%d: %d of %d met one (%d ms in all);"
                        + " wall median / p90 of those that did %s, of the others %s%n", skip + 1, edits, withPause.size(),
                edits - skip, paused.subList(skip, edits).stream().mapToLong(Long::longValue).sum(),
                withPause.isEmpty() ? "-" : String.format("%.1f / %.1f ms", percentile(withPause, 50), percentile(withPause, 90)),
                withoutPause.isEmpty() ? "-" : String.format("%.1f / %.1f ms", percentile(withoutPause, 50), percentile(withoutPause, 90)));
        if (!threadsAfter.isEmpty()) {
            // Where the processor time of all threads goes, per edit: the exporting thread, the
            // collector's, the compilers', the watch's (Linux only: from /proc).
            int measured = edits - skip;
            StringBuilder byThread = new StringBuilder();
            java.util.Map<String, Long> before = threadsBefore;
            threadsAfter.entrySet().stream()
                    .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0)
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> byThread.append(byThread.length() == 0 ? "" : ", ")
                            .append(String.format("%s %.1f", e.getKey(), e.getValue() / 1e6 / measured)));
            long living = threadsAfter.values().stream().mapToLong(Long::longValue).sum()
                    - before.values().stream().mapToLong(Long::longValue).sum();
            // The export's own pools are made per export: their threads have ended by now.
            byThread.append(String.format(", threads ended since (the export's pools) %.1f",
                    (processAfter - processBefore - living) / 1e6 / measured));
            System.out.printf("processor time per edit by thread, edits %d-%d (ms): %s%n", skip + 1, edits, byThread);
        }
        deleteTree(out);
        // What the exporter keeps between exports: the heap in use with it and without it.
        long with = usedAfterCollection();
        exporter = null;
        long without = usedAfterCollection();
        System.out.printf("heap in use after a collection, %d publications held: %.1f MB with the exporter, %.1f MB without it (kept: %.1f MB)%n", held[0].publications().size(),
                with / 1e6, without / 1e6, (with - without) / 1e6);
    }

    /** The collectors' accumulated pause time as the JVM counts it (G1: young, mixed and full collections). */
    private static long collectorPauseMillis() {
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }

    /**
     * The exporter as the editor makes it: watching the folder it exports into, in builds that can
     * (called by name: the same benchmark runs against builds from before the watch).
     */
    private static SiteExporter watching(SiteExporter exporter) throws ReflectiveOperationException {
        try {
            return (SiteExporter) SiteExporter.class.getMethod("watchingOutputFolder").invoke(exporter);
        } catch (NoSuchMethodException e) {
            return exporter;
        }
    }

    private static long usedAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    /** Processor time of the whole JVM so far (all threads, the collector's included). */
    /** One export, its wall-clock and processor time added to the two lists, its report checked. */
    private static ExportReport timed(SiteExporter exporter, Portfolio portfolio, Path portfolioDir, ExportOptions options,
                                      Path out, List<Long> wall, List<Long> processor) throws Exception {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        ExportReport report = exporter.export(portfolio, portfolioDir, options, out);
        wall.add(System.nanoTime() - start);
        processor.add(cpuNanos() - cpu);
        check(report);
        return report;
    }

    /**
     * Processor time so far of this process's threads, by thread name with its number left out
     * ("GC Thread#0" and "GC Thread#1" are one entry), from /proc; empty where there is none.
     * Threads that ended are not counted.
     */
    private static java.util.Map<String, Long> processorTimeByThread() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return byName;
        }
        long tick = 10_000_000L; // USER_HZ is 100 on Linux
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close).replaceAll("[#0-9]+$", "").trim();
                String[] fields = stat.substring(close + 2).split(" ");
                // After the name: state is field 3, utime 14, stime 15 (1-based), so 11 and 12 here.
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                byName.merge(name, ticks * tick, Long::sum);
            }
        } catch (IOException e) {
            return java.util.Map.of();
        }
        return byName;
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static void check(ExportReport report) {
        if (!report.succeeded()) {
            throw new IllegalStateException("export failed: " + report.errors());
        }
    }

    private static long best(List<Long> nanos) {
        return Collections.min(nanos.subList(1, nanos.size())) / 1_000_000;
    }

    /** The median of {@code values}, all of them (where {@link #median} leaves out the first and gives ms). */
    private static long middle(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos.subList(1, nanos.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
