package org.scholarfolio.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.UnknownFields;

/**
 * A portfolio held in memory written and read back through the same code as a save and an open, so
 * that a fresh editor's first open of a large file runs compiled code. The editor runs the quick
 * compiler only: a method is compiled after a few hundred calls, and until then it is interpreted,
 * which made a fresh JVM's first open of 10,000 publications about 1.6 times a warm one
 * (BENCHMARKS.md, session 19, open19). Nothing touches the disk; the bytes are named {@link #FILE}
 * in the reader's errors, and there are none for a portfolio this build wrote.
 */
public final class ReaderWarmUp {
    /** The name the warm-up's bytes go by; never a file on disk. */
    static final Path FILE = Path.of("warm-up", PortfolioStore.FILE_NAME);

    /** What a warm-up did: the reads it made and the publications they held; {@code stopped} when cut short. */
    public record Outcome(int reads, long publicationsRead, boolean stopped) {
    }

    private ReaderWarmUp() {
    }

    /**
     * Writes {@code sample} (with {@link #withEveryKind} applied, its news and publications repeated
     * {@code copies} times) to bytes once and reads them {@code reads} times as an open reads a saved
     * file, split between two threads as a large file is, asking {@code stop} before each read: a
     * warm-up gives way to an open the person asked for. A small sample repeated costs less to make
     * than a large one and runs the same code: the reader sees records, not which ones.
     */
    public static Outcome run(Portfolio sample, int copies, int reads, BooleanSupplier stop) throws IOException {
        if (stop.getAsBoolean()) {
            return new Outcome(0, 0, true);
        }
        byte[] bytes = PortfolioStore.toJson(repeated(withEveryKind(sample), copies));
        long publications = 0;
        for (int i = 0; i < reads; i++) {
            if (stop.getAsBoolean()) {
                return new Outcome(i, publications, true);
            }
            try {
                // From any size on two threads, as a file of a megabyte or more is read.
                LoadedPortfolio read = PortfolioStore.parse(FILE, bytes, SchemaMigrations.PRODUCTION, 0);
                publications += read.portfolio().publications().size();
            } catch (PortfolioLoadException e) {
                throw new IllegalStateException("the reader refused what the writer wrote: " + e.getMessage(), e);
            }
        }
        return new Outcome(reads, publications, false);
    }

    private static Portfolio repeated(Portfolio sample, int copies) {
        List<Publication> publications = new ArrayList<>();
        List<NewsItem> news = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            publications.addAll(sample.publications());
            news.addAll(sample.news());
        }
        return sample.withPublications(publications).withNews(news);
    }

    /**
     * {@code sample} with the kinds of value a generated portfolio lacks, on every eighth
     * publication: a citation count, badges, an unknown member holding an object, a list, a
     * fraction and null, and a text beyond ASCII with escapes (the parser's path rather than the
     * text pool's). So the reader's code for each kind of member has run.
     */
    static Portfolio withEveryKind(Portfolio sample) {
        List<Publication> publications = new ArrayList<>(sample.publications().size());
        int i = 0;
        for (Publication p : sample.publications()) {
            if (i++ % 8 == 0) {
                Map<String, Object> unknown = new LinkedHashMap<>();
                unknown.put("reviewed", Map.of("by", "committee", "rounds", 2));
                unknown.put("tags", List.of("warm", "up"));
                unknown.put("weight", new java.math.BigDecimal("0.25"));
                unknown.put("reviewNote", null);
                p = p.toBuilder()
                        .citations(new CitationCount(i, "warm-up", LocalDate.of(2026, 1, 1)))
                        .badges(new PublicationBadges("10.1000/" + i, "10.1000/" + i, "id" + i, ""))
                        .text(PublicationField.NOTE, "Tab\tand \"quotes\", \u00e9t\u00e9 \u2014 \u2713 " + i)
                        .unknownFields(new UnknownFields(unknown))
                        .build();
            }
            publications.add(p);
        }
        return sample.withPublications(publications);
    }
}
