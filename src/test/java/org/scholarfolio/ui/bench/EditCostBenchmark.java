package org.scholarfolio.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.store.ChangeJournal;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.publications.PublicationsViewModel;

/**
 * What one keystroke in a publication's title costs the editor's model and its recovery journal, at
 * each portfolio size given (default 100 and 10,000 publications), as processor time of this thread
 * (so a journal's wait for the disk is left out) and, for the model, the bytes it allocates: the form's edit with every table and form
 * following it, the journal line for it, the journal started afresh after a save and after opening
 * (its base), and
 * the problems check the editor runs on a thread of its own after each change. Not a test: the
 * numbers depend on the machine. Median and 99th percentile of KEYS keystrokes after as many to
 * warm up.
 * {@code java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
 * org.scholarfolio.ui.bench.EditCostBenchmark [KEYS [N...]]}
 */
public final class EditCostBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The same bean, for the bytes this thread allocates. */
    private static final com.sun.management.ThreadMXBean ALLOCATION = (com.sun.management.ThreadMXBean) THREADS;

    private EditCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 10_000};
        for (int n : sizes) {
            run(n, keys);
        }
    }

    private static void run(int n, int keys) throws Exception {
        Portfolio saved = PortfolioGenerator.generate(n, n / 2, PortfolioGenerator.DEFAULT_SEED);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), saved, null);
        PublicationsViewModel vm = new PublicationsViewModel(editor);
        vm.selectedIndexProperty().set(n / 2);
        Path dir = Files.createTempDirectory("edit-cost");
        Path journalFile = dir.resolve("portfolio.json.recovery");
        long[] model = new long[keys];
        long[] allocated = new long[keys];
        long[] journal = new long[keys];
        long[] begin = new long[Math.max(1, keys / 100)];
        long[] check = new long[Math.max(1, keys / 100)];
        long opened = 0;
        for (int pass = 0; pass < 2; pass++) {
            long t = THREADS.getCurrentThreadCpuTime();
            ChangeJournal log = ChangeJournal.begin(journalFile, saved, saved);
            if (pass == 0) {
                opened = THREADS.getCurrentThreadCpuTime() - t;
            }
            for (int k = 0; k < keys; k++) {
                String title = vm.titleProperty().get();
                String next = k % 40 == 39 ? title.substring(0, title.length() - 39) : title + (char) ('a' + k % 26);
                long a0 = ALLOCATION.getCurrentThreadAllocatedBytes();
                long t0 = THREADS.getCurrentThreadCpuTime();
                vm.titleProperty().set(next);
                long t1 = THREADS.getCurrentThreadCpuTime();
                allocated[k] = ALLOCATION.getCurrentThreadAllocatedBytes() - a0;
                log.record(editor.portfolio());
                long t2 = THREADS.getCurrentThreadCpuTime();
                model[k] = t1 - t0;
                journal[k] = t2 - t1;
                if (k % 100 == 0) {
                    // A save makes the edited state the journal's new base.
                    log.close();
                    PortfolioStore.save(dir, editor.portfolio());
                    long t3 = THREADS.getCurrentThreadCpuTime();
                    log = ChangeJournal.begin(journalFile, editor.portfolio(), editor.portfolio());
                    long t4 = THREADS.getCurrentThreadCpuTime();
                    PortfolioValidator.validate(editor.portfolio(), null);
                    long t5 = THREADS.getCurrentThreadCpuTime();
                    begin[k / 100] = t4 - t3;
                    check[k / 100] = t5 - t4;
                }
            }
            log.close();
        }
        System.out.printf("%,d publications, %,d keystrokes, cpu per keystroke median / p99:"
                        + " model %s (allocated %s), journal line %s; journal start after a save %s (after opening %.3f ms);"
                        + " problems check %s%n",
                n, keys, figure(model), bytes(allocated), figure(journal), figure(begin), opened / 1e6, figure(check));
    }

    private static String bytes(long[] counts) {
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        return String.format("%,d / %,d bytes", sorted[sorted.length / 2], sorted[sorted.length * 99 / 100]);
    }

    private static String figure(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.3f / %.3f ms", sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 99 / 100] / 1e6);
    }
}
