package org.scholarfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SitePage;
import org.scholarfolio.testing.ScenePictures;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.preview.PreviewDocument;
import org.scholarfolio.ui.publications.PublicationsViewModel;

/**
 * Times what the editor does per keystroke and per search: (1) the live preview with a 20 KB
 * Markdown bio, from the edited snapshot to the page's content swapped into a WebView (render by
 * the site exporter, then the in-place swap), and (2) filtering a table of 10,000 publications.
 * Not a test: wall-clock numbers depend on the machine. It runs headless (Monocle, software
 * rendering); see BENCHMARKS.md for the command.
 */
public final class EditorBenchmark {
    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        previewPerKeystroke();
        tableFilter();
        Platform.exit();
        System.exit(0);
    }

    private static void previewPerKeystroke() throws Exception {
        String bio = bio(20 * 1024);
        Portfolio base = Portfolio.empty();
        base = base.withProfile(base.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).bio(bio).build());
        PagePreview preview = new PagePreview(MarkdownRenderer.shared(), Files.createTempDirectory("scholarfolio-bench"));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        WebView[] web = new WebView[1];
        String first = preview.render(base, null, SitePage.home());
        Path page = Files.createTempFile("scholarfolio-bench", ".html");
        Files.writeString(page, first);
        ScenePictures.onFx(() -> {
            web[0] = new WebView();
            Stage stage = new Stage();
            stage.setScene(new Scene(web[0], 800, 900));
            stage.show();
            web[0].getEngine().load(page.toUri().toString());
            return null;
        });
        while (ScenePictures.onFx(() -> web[0].getEngine().getLoadWorker().getState() != Worker.State.SUCCEEDED)) {
            Thread.sleep(20);
        }

        int warmup = 40;
        int keys = 200;
        double[] render = new double[keys];
        double[] total = new double[keys];
        Portfolio current = base;
        for (int i = 0; i < warmup + keys; i++) {
            // One more character at the end of the bio, as typing does.
            Portfolio next = current.withProfile(current.profile().toBuilder()
                    .bio(current.profile().bio() + (char) ('a' + i % 26)).build());
            current = next;
            Portfolio edited = next;
            long t0 = System.nanoTime();
            String html = preview.render(edited, null, SitePage.home());
            long t1 = System.nanoTime();
            ScenePictures.onFx(() -> {
                web[0].getEngine().executeScript(PreviewDocument.parse(html).swapScript());
                return null;
            });
            long t2 = System.nanoTime();
            if (i >= warmup) {
                render[i - warmup] = (t1 - t0) / 1e6;
                total[i - warmup] = (t2 - t0) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "preview, 20 KB bio, %d keystrokes: render p50 %.1f ms, p95 %.1f ms;"
                        + " render + swap into the WebView p50 %.1f ms, p95 %.1f ms%n",
                keys, percentile(render, 50), percentile(render, 95), percentile(total, 50), percentile(total, 95));
    }

    private static void tableFilter() throws Exception {
        List<Publication> pubs = new ArrayList<>();
        String[] words = {"learning", "machine", "graph", "neural", "robust", "optimal", "quantum", "sparse",
                "theory", "models", "adversarial", "language", "vision", "unlearning", "bilevel"};
        for (int i = 0; i < 10_000; i++) {
            String title = words[i % words.length] + " " + words[(i * 7) % words.length] + " for "
                    + words[(i * 11) % words.length] + " systems " + i;
            pubs.add(Publication.builder("key" + i, "article").title(title)
                    .authors(List.of(Author.of("Given" + (i % 97), "Family" + (i % 311)), Author.of("Ada", "Lovelace")))
                    .journal("Journal of " + words[(i * 3) % words.length]).year(1990 + i % 35).build());
        }
        Portfolio portfolio = Portfolio.empty().withPublications(pubs);
        List<String> queries = List.of("m", "ma", "mac", "mach", "machi", "machine", "machine l", "machine le",
                "machine learning", "2019", "family42", "journal of vision", "zzz", "", "q", "qu", "quantum", "quantum 2001");
        double[] times = ScenePictures.onFx(() -> {
            EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), portfolio, null);
            PublicationsViewModel vm = new PublicationsViewModel(editor);
            for (int r = 0; r < 3; r++) { // warm-up
                queries.forEach(q -> vm.searchTextProperty().set(q + " "));
            }
            int rounds = 5;
            double[] t = new double[queries.size() * rounds];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : queries) {
                    long t0 = System.nanoTime();
                    vm.searchTextProperty().set(r % 2 == 0 ? q : q + " ");
                    vm.visibleRows().size();
                    t[n++] = (System.nanoTime() - t0) / 1e6;
                }
            }
            return t;
        });
        System.out.printf(Locale.ROOT, "filter 10,000 publications, %d searches: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                times.length, percentile(times, 50), percentile(times, 95), Arrays.stream(times).max().orElse(0));
    }

    static String bio(int bytes) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        while (b.length() < bytes) {
            n++;
            b.append("## Research theme ").append(n).append("\n\n")
                    .append("I work on **machine learning** and *optimisation*, with [collaborators](https://example.org/")
                    .append(n).append(") across several groups. Recent work covers robust training, sparse models and ")
                    .append("the theory behind them; see the publications for details.\n\n")
                    .append("- a first point about theme ").append(n).append("\n- a second point with `code`\n\n");
        }
        return b.toString();
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }
}
