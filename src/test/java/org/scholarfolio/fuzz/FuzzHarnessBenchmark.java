package org.scholarfolio.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;

/**
 * What the al-folio fuzz target costs per input, the old way (a new site folder in the temporary
 * folder per input, deleted after) against {@link FuzzSites#importSite} (one folder in memory, its
 * files rewritten), alternating round by round in one process on the same made-up sites. Run by
 * {@code bench/fuzz-harness.sh}; prints inputs per second of each and their ratio.
 */
public final class FuzzHarnessBenchmark {
    private static final String[] PIECES = {"title: ", "first_name: Ada\n", "last_name: L\n", "- ", "  ", "\n",
        "&a ", "*a ", "<<: *a\n", "{% cite x %}", "$x^2$", "[", "]", "{", "}", "'", "\"", "---\n", "email: a@b.c\n",
        "scholar_userid: 12\n", "# Hi\n", "**b**", "<img src=x>", "![i](assets/img/a.png)", ": ", "- github: x\n"};

    private FuzzHarnessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long oldNanos = 0;
        long newNanos = 0;
        for (int round = 0; round <= rounds; round++) {
            long a = run(perRound, round, false);
            long b = run(perRound, round, true);
            if (round > 0) { // round 0 warms both up
                oldNanos += a;
                newNanos += b;
                System.out.printf("round %d: folder per input %.0f inputs/s, reused folder in memory %.0f inputs/s%n",
                        round, perRound * 1e9 / a, perRound * 1e9 / b);
            }
        }
        System.out.printf("all rounds (%d inputs each way): folder per input %.0f inputs/s, reused folder %.0f inputs/s,"
                + " ratio %.2f%n", perRound * rounds, perRound * rounds * 1e9 / oldNanos,
                perRound * rounds * 1e9 / newNanos, (double) oldNanos / newNanos);
    }

    private static long run(int inputs, int seed, boolean reused) throws IOException {
        Random random = new Random(seed);
        long start = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            String config = text(random, 20);
            String about = "---\n" + text(random, 20) + "\n---\n" + text(random, 10);
            String news = (random.nextBoolean() ? "---\n" : "") + text(random, 15);
            String socials = text(random, 10);
            if (reused) {
                FuzzSites.importSite(config, about, news, socials);
            } else {
                importInNewFolder(config, about, news, socials);
            }
        }
        return System.nanoTime() - start;
    }

    /** The harness as it was: a temporary folder made and deleted for each input. */
    private static void importInNewFolder(String config, String about, String news, String socials) throws IOException {
        Path site = Files.createTempDirectory("fuzz-site");
        try {
            Files.writeString(site.resolve("_config.yml"), config);
            Files.createDirectories(site.resolve("_pages"));
            Files.writeString(site.resolve("_pages/about.md"), about);
            Files.createDirectories(site.resolve("_news"));
            Files.writeString(site.resolve("_news/announcement_1.md"), news);
            Files.createDirectories(site.resolve("_data"));
            Files.writeString(site.resolve("_data/socials.yml"), socials);
            AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        } finally {
            AtomicFolder.deleteTreeQuietly(site);
        }
    }

    private static String text(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(pieces + 1);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(4) == 0) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
        }
        return sb.toString();
    }
}
