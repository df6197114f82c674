package org.scholarfolio.site.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

/**
 * Sizes the issue names (100,000 publications, a 10 MB bio, 5,000 authors on one paper): save,
 * load and render time and the heap in use afterwards. Not a test; run by hand, results in BENCHMARKS.md:
 * {@code java -Xmx1g -cp target/test-classes:target/classes:$(cat cp.txt) org.scholarfolio.site.bench.LargePortfolioBenchmark}
 */
public final class LargePortfolioBenchmark {
    private LargePortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
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
}
