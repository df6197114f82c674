package org.scholarfolio.ui.preview;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.Arrays;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SitePage;

/**
 * One preview render as the editor makes it (the portfolio bounded by {@link PreviewExcerpts}
 * first, then the page rendered), repeated in one JVM: the first render's and the median render's
 * time and the bytes the rendering thread allocated. Not a test; run by hand, results in
 * BENCHMARKS.md. Compare builds by putting another build's classes first on the class path.
 * <p>
 * {@code java -XX:TieredStopAtLevel=1 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
 * org.scholarfolio.ui.preview.PreviewRenderBenchmark PUBLICATIONS NEWS ROUNDS home|publications|news}
 */
public final class PreviewRenderBenchmark {
    private PreviewRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int publications = Integer.parseInt(args[0]);
        int news = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String kind = args[3];
        SitePage page = switch (kind) {
            case "home" -> SitePage.home();
            case "news" -> SitePage.news();
            case "publications" -> SitePage.publications();
            default -> throw new IllegalArgumentException("home, publications or news, not " + kind);
        };
        Portfolio portfolio = PortfolioGenerator.generate(publications, news, PortfolioGenerator.DEFAULT_SEED);
        PagePreview preview = new PagePreview(MarkdownRenderer.shared(), Files.createTempDirectory("preview-render"));
        PreviewExcerpts excerpts = new PreviewExcerpts();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] nanos = new long[rounds];
        long[] bytes = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            PreviewExcerpts.Bounded bounded = excerpts.bound(portfolio);
            bounded.withWholeIndexes(preview.render(bounded.portfolio(), null, page));
            nanos[r] = System.nanoTime() - start;
            bytes[r] = threads.getCurrentThreadAllocatedBytes() - allocated;
        }
        long firstMs = nanos[0] / 1_000_000;
        long firstMb = bytes[0] >> 20;
        Arrays.sort(nanos);
        Arrays.sort(bytes);
        System.out.printf("%s page, %,d publications, %,d news items: first render %,d ms, %,d MB allocated;"
                        + " median of %d: %,d ms, %,d MB%n", kind, publications, news, firstMs, firstMb, rounds,
                nanos[rounds / 2] / 1_000_000, bytes[rounds / 2] >> 20);
    }
}
