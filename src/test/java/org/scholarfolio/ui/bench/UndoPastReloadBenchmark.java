package org.scholarfolio.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.ui.UndoHistory;
import org.scholarfolio.ui.UndoStep;

/**
 * What the undo history costs the JavaFX thread around a reload from disk at N publications: the
 * window's snapshot with its last publication retitled (the worst place for a compare to find the
 * difference), the file another program saved read back as objects of its own (another generation of
 * the same portfolio), then Undo past the reload and Redo. Processor time of this thread per call, for
 * ROUNDS rounds after one to warm up. Only {@code UndoHistory}'s public methods, so that it runs on
 * older builds' classes too. Not a test: the numbers depend on the machine.
 * {@code java -cp "CLASSES:target/test-classes:$(cat target/bench-classpath.txt)"
 * org.scholarfolio.ui.bench.UndoPastReloadBenchmark [N [ROUNDS]]}
 */
public final class UndoPastReloadBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private UndoPastReloadBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Portfolio opened = PortfolioGenerator.generate(n, 1_000, 1L);
        Portfolio onDisk = PortfolioGenerator.generate(n, 1_000, 1L);
        for (int round = 0; round <= rounds; round++) {
            UndoHistory history = new UndoHistory(opened);
            long edit = cpu(() -> history.apply(retitled(history.current(), "Typed here"), null));
            long reload = cpu(() -> history.takeSaved(onDisk, UndoStep.named("reload from disk", null)));
            long undo = cpu(history::undo);
            boolean dirtyAfterUndo = history.isDirty();
            long redo = cpu(history::redo);
            if (round > 0) {
                System.out.printf("%,d publications, round %d: edit %.1f ms, take the reloaded file %.1f ms, "
                                + "undo past it %.1f ms (unsaved: %b), redo %.1f ms%n", n, round, edit / 1e6, reload / 1e6,
                        undo / 1e6, dirtyAfterUndo, redo / 1e6);
            }
        }
    }

    private static Portfolio retitled(Portfolio p, String title) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        int last = pubs.size() - 1;
        pubs.set(last, pubs.get(last).toBuilder().text(PublicationField.TITLE, title).build());
        return p.withPublications(pubs);
    }

    private static long cpu(Runnable r) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        r.run();
        return THREADS.getCurrentThreadCpuTime() - t0;
    }
}
