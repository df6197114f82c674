package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

class ReaderWarmUpTest {
    private static final Portfolio SAMPLE = PortfolioGenerator.generate(16, 8, 3L);

    @Test
    void readsTheRepeatedSampleAsOftenAsAsked() throws Exception {
        ReaderWarmUp.Outcome outcome = ReaderWarmUp.run(SAMPLE, 3, 2, () -> false);

        assertThat(outcome).isEqualTo(new ReaderWarmUp.Outcome(2, 2 * 3 * 16, false));
    }

    @Test
    void givesWayBeforeTheFirstReadAndBetweenReads() throws Exception {
        assertThat(ReaderWarmUp.run(SAMPLE, 1, 2, () -> true)).isEqualTo(new ReaderWarmUp.Outcome(0, 0, true));

        AtomicInteger asked = new AtomicInteger();
        // false before the writing and the first read, true before the second: one read made
        ReaderWarmUp.Outcome outcome = ReaderWarmUp.run(SAMPLE, 1, 5, () -> asked.incrementAndGet() > 2);

        assertThat(outcome).isEqualTo(new ReaderWarmUp.Outcome(1, 16, true));
    }

    @Test
    void theSampleHoldsEveryKindTheReaderReadsAndReadsBackUnchanged() throws Exception {
        Portfolio sample = ReaderWarmUp.withEveryKind(SAMPLE);
        byte[] bytes = PortfolioStore.toJson(sample);

        // read on two threads from the first byte on, as the warm-up reads it, and as one reading
        Portfolio split = PortfolioStore.parse(ReaderWarmUp.FILE, bytes, SchemaMigrations.PRODUCTION, 0).portfolio();
        Portfolio whole = PortfolioStore.parse(ReaderWarmUp.FILE, bytes, SchemaMigrations.PRODUCTION,
                Integer.MAX_VALUE).portfolio();

        assertThat(split).isEqualTo(whole);
        // what was written is what is read: written again, the same bytes
        assertThat(PortfolioStore.toJson(split)).isEqualTo(bytes);
        assertThat(split.publications()).hasSameSizeAs(sample.publications());
        assertThat(SplitLoad.reading(ReaderWarmUp.FILE, LocatedJson.positionsOnly(bytes), bytes, 0).joined()).isTrue();
        Publication first = split.publications().get(0);
        assertThat(first.citations()).isNotNull();
        assertThat(first.badges().altmetric()).isNotEmpty();
        assertThat(first.unknownFields().values()).containsKeys("reviewed", "tags", "weight", "reviewNote");
        assertThat(first.note()).contains("\t").contains("\u00e9").contains("\u2713");
        assertThat(split.publications()).anyMatch(p -> p.authors().size() > 1)
                .anyMatch(p -> !p.links().values().isEmpty()).anyMatch(p -> !p.bibtexFields().isEmpty())
                .anyMatch(p -> p.year() != null).anyMatch(Publication::selected);
        assertThat(split.news()).isNotEmpty();
        assertThat(split.pages()).isNotEmpty();
    }
}
