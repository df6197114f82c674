package org.scholarfolio.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SitePage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.preview.PreviewTarget;
import org.scholarfolio.ui.preview.PreviewViewModel;
import org.scholarfolio.ui.problems.ProblemsViewModel;
import org.scholarfolio.ui.publications.PublicationsViewModel;

/**
 * The work one key typed into a publication's title sets off beside the key itself: the preview's
 * render of the Publications page (with its change since the page before, as the preview's thread
 * does it) and the problems check with the list it hands back, at a given size, as processor time
 * and bytes allocated by this thread. Not a test: the numbers depend on the machine. Median and 99th
 * percentile of KEYS keys after as many to warm up.
 * {@code java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
 * org.scholarfolio.ui.bench.KeyWorkBenchmark [KEYS [PUBLICATIONS [NEWS]]]}
 */
public final class KeyWorkBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private KeyWorkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int newsCount = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int warnings = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Portfolio generated = PortfolioGenerator.generate(n, newsCount, PortfolioGenerator.DEFAULT_SEED);
        // WARNINGS publications spread over the list without a title: a warning each.
        org.scholarfolio.model.RecordList<org.scholarfolio.model.Publication> untitled =
                org.scholarfolio.model.RecordList.of(generated.publications());
        for (int w = 0; w < warnings; w++) {
            int i = (int) ((long) w * n / warnings);
            untitled = untitled.with(i, untitled.get(i).toBuilder().title("").build());
        }
        Portfolio saved = warnings == 0 ? generated : generated.withPublications(untitled);
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.startup(() -> {
            try {
                run(saved, keys, n, newsCount);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
        javafx.application.Platform.exit();
    }

    private static void run(Portfolio saved, int keys, int n, int newsCount) throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), saved, null);
        PublicationsViewModel vm = new PublicationsViewModel(editor);
        PagePreview pages = new PagePreview(MarkdownRenderer.shared(), Files.createTempDirectory("key-work"));
        PreviewViewModel preview = new PreviewViewModel(editor,
                (portfolio, target) -> pages.render(portfolio, null, SitePage.publications()),
                new CompletableFuture<>(), Runnable::run, Runnable::run, 0);
        preview.targetProperty().set(new PreviewTarget.Publications());
        List<Runnable> checks = new ArrayList<>();
        List<Runnable> shows = new ArrayList<>();
        ProblemsViewModel problems = new ProblemsViewModel(editor);
        problems.checkOn(checks::add, shows::add);
        // The fields' marks: a publication form's worth of fields, on the publication typed into.
        List<javafx.scene.control.TextField> fields = new ArrayList<>();
        for (String f : new String[] {"title", "year", "month", "citationKey", "doi", "venue", "booktitle", "journal",
                "abstract", "pages", "volume", "number", "publisher", "links.pdf", "links.code", "authors"}) {
            javafx.scene.control.TextField field = new javafx.scene.control.TextField();
            org.scholarfolio.ui.form.FormBuilder.fieldPath(field,
                    () -> "publications[" + vm.selectedIndexProperty().get() + "]." + f);
            fields.add(field);
        }
        javafx.scene.layout.VBox form = new javafx.scene.layout.VBox();
        form.getChildren().addAll(fields);
        org.scholarfolio.ui.problems.ProblemDecorations decorations =
                new org.scholarfolio.ui.problems.ProblemDecorations(problems.problems(), List.of(form));
        editor.portfolioProperty().addListener((obs, old, now) -> decorations.refresh());
        preview.requestUpdate();
        // The publication typed into is the first the page shows (the list page shows the newest 250).
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("data-record=\"publications\\[(\\d+)]\"")
                .matcher(preview.pageProperty().get().html());
        vm.selectedIndexProperty().set(first.find() ? Integer.parseInt(first.group(1)) : 0);
        long[] render = new long[keys];
        long[] renderBytes = new long[keys];
        long[] check = new long[keys];
        long[] checkBytes = new long[keys];
        long[] fx = new long[keys];
        long[] fxBytes = new long[keys];
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < keys; k++) {
                String title = vm.titleProperty().get();
                String next = k % 40 == 39 ? title.substring(0, title.length() - 39) : title + (char) ('a' + k % 26);
                long f0 = THREADS.getCurrentThreadCpuTime();
                long b0 = THREADS.getCurrentThreadAllocatedBytes();
                vm.titleProperty().set(next);
                long f1 = THREADS.getCurrentThreadCpuTime();
                long b1 = THREADS.getCurrentThreadAllocatedBytes();
                long a0 = THREADS.getCurrentThreadAllocatedBytes();
                long t0 = THREADS.getCurrentThreadCpuTime();
                preview.requestUpdate();
                long t1 = THREADS.getCurrentThreadCpuTime();
                long a1 = THREADS.getCurrentThreadAllocatedBytes();
                for (Runnable c : List.copyOf(checks)) {
                    c.run();
                }
                checks.clear();
                long t2 = THREADS.getCurrentThreadCpuTime();
                long a2 = THREADS.getCurrentThreadAllocatedBytes();
                for (Runnable s : List.copyOf(shows)) {
                    s.run();
                }
                shows.clear();
                fx[k] = THREADS.getCurrentThreadCpuTime() - t2 + (f1 - f0);
                fxBytes[k] = THREADS.getCurrentThreadAllocatedBytes() - a2 + (b1 - b0);
                render[k] = t1 - t0;
                renderBytes[k] = a1 - a0;
                check[k] = t2 - t1;
                checkBytes[k] = a2 - a1;
            }
        }
        PreviewViewModel.RenderedPage last = preview.pageProperty().get();
        var change = last.diff().change();
        System.out.printf("page %,d characters; the last key's change: %s%n", last.html().length(),
                change == null ? "none found (the page is swapped whole)"
                        : change.inner().length() + " characters in " + change.tags());
        System.out.printf("%,d publications, %,d news, %,d problems, %,d keys, per key median / p99: preview render %s"
                        + " (allocated %s); problems check %s (allocated %s); the key, the problems shown and the"
                        + " fields' marks (JavaFX thread) %s (allocated %s)%n",
                n, newsCount, problems.problems().size(), keys, figure(render), bytes(renderBytes), figure(check),
                bytes(checkBytes), figure(fx), bytes(fxBytes));
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
