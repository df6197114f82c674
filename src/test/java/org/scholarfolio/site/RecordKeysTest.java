package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;

/** Record keys are kept in the export state between processes, so their bytes are pinned here. */
class RecordKeysTest {
    record Entry(String title, List<Integer> pages, Map<String, String> extras, String note) {
    }

    @Test
    void aRecordIsKeyedByItsNameComponentCountAndEachValueWithItsKindAndLength() {
        Entry entry = new Entry("Zürich", List.of(12, 345), Map.of("k", "v"), null);
        String name = Entry.class.getName() + "/4";
        String spelled = "r:" + name.length() + ":" + name
                + "String:7:Zürich"
                + "l:1:2" + "Integer:2:12" + "Integer:3:345"
                + "m:1:1" + "String:1:k" + "String:1:v"
                + "n:0:";

        assertThat(RecordKeys.keyOf(entry))
                .isEqualTo(new ChangeCheck().update(spelled.getBytes(StandardCharsets.UTF_8)).value());
    }

    @Test
    void valuesLongerThanTheWalksBufferAreSpelledAsShortOnes() {
        // 1,400 bytes, then pieces that end past a kilobyte's boundary.
        String title = "é".repeat(700);
        String note = "n".repeat(1000);
        Entry entry = new Entry(title, List.of(7), Map.of("k", "v".repeat(1023)), note);
        String name = Entry.class.getName() + "/4";
        String spelled = "r:" + name.length() + ":" + name
                + "String:1400:" + title
                + "l:1:1" + "Integer:1:7"
                + "m:1:1" + "String:1:k" + "String:1023:" + "v".repeat(1023)
                + "String:1000:" + note;

        assertThat(RecordKeys.keyOf(entry))
                .isEqualTo(new ChangeCheck().update(spelled.getBytes(StandardCharsets.UTF_8)).value());
    }

    @Test
    void keysAreCombinedAsTheirBytesLowestFirstInOrder() {
        long[] keys = {1L, -2L, Long.MAX_VALUE, 0x0123456789abcdefL};
        ChangeCheck check = new ChangeCheck();
        for (long key : keys) {
            check.update(java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(key).array());
        }

        assertThat(RecordKeys.combine(keys)).isEqualTo(check.value());
        assertThat(RecordKeys.combine()).isEqualTo(new ChangeCheck().value());
    }

    @Test
    void sizesOfTenAndMoreAreWrittenAsTheirDigits() {
        List<String> twelve = Arrays.asList(new String[12]);
        String spelled = "l:2:12" + "n:0:".repeat(12);

        assertThat(RecordKeys.keyOf(twelve))
                .isEqualTo(new ChangeCheck().update(spelled.getBytes(StandardCharsets.UTF_8)).value());
    }

    @Test
    void anyChangeDeepInsideGivesAnotherKey() {
        Entry entry = new Entry("a", List.of(1), Map.of(), "n");

        assertThat(RecordKeys.keyOf(entry)).isEqualTo(RecordKeys.keyOf(new Entry("a", List.of(1), Map.of(), "n")))
                .isNotEqualTo(RecordKeys.keyOf(new Entry("a", List.of(2), Map.of(), "n")))
                .isNotEqualTo(RecordKeys.keyOf(new Entry("a", List.of(1), Map.of(), null)));
    }

    @Test
    void theModelRecordsReadByHandGiveTheirComponentsInOrderAsReflectionReadsThem() throws Exception {
        Portfolio portfolio = PortfolioGenerator.generate(40, 20, PortfolioGenerator.DEFAULT_SEED);
        List<Record> records = new java.util.ArrayList<>();
        for (Publication p : portfolio.publications()) {
            records.addAll(List.of(p, p.links(), p.badges(), p.unknownFields()));
            records.addAll(p.authors());
        }
        for (NewsItem n : portfolio.news()) {
            records.addAll(List.of(n, n.date()));
        }
        records.add(new CitationCount(4242, "OpenAlex", java.time.LocalDate.of(2026, 12, 3)));
        records.add(new PublicationBadges("a", "d", "g", "i", org.scholarfolio.model.UnknownFields.NONE));
        records.add(org.scholarfolio.model.OwnLink.of("Talk", "https://t.example.org/1"));
        // What the site's key reads besides: the profile, the site's settings, the pages.
        Portfolio fixture = FixturePortfolio.portfolio();
        records.addAll(List.of(fixture.profile(), fixture.profile().name(), fixture.profile().photo(), fixture.site(),
                fixture.site().theme()));
        records.addAll(fixture.profile().socialLinks());
        records.addAll(fixture.pages());
        java.util.Set<Class<?>> types = new java.util.HashSet<>();
        for (Record r : records) {
            var components = r.getClass().getRecordComponents();
            Object[] reflected = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                reflected[i] = components[i].getAccessor().invoke(r);
            }
            assertThat(RecordKeys.modelComponents(r)).as(r.getClass().getName()).containsExactly(reflected);
            types.add(r.getClass());
        }
        assertThat(types).hasSize(16);
    }

    @Test
    void anEditedLinkOfThePapersOwnChangesItsKeySoItsPagesAreRenderedAgain() {
        Publication p = Publication.builder("k", "article").title("T").links(org.scholarfolio.model.PublicationLinks.NONE
                .withOwn(List.of(org.scholarfolio.model.OwnLink.of("Talk", "https://t.example.org/1")))).build();
        Publication edited = p.toBuilder().links(p.links().withOwn(List.of(
                org.scholarfolio.model.OwnLink.of("Talk", "https://t.example.org/2")))).build();

        assertThat(RecordKeys.keyOf(edited)).isNotEqualTo(RecordKeys.keyOf(p));
    }

    @Test
    void otherRecordsAreReadByReflection() {
        assertThat(RecordKeys.modelComponents(new Entry("a", List.of(), Map.of(), null))).isNull();
        assertThat(RecordKeys.modelComponents(new org.scholarfolio.model.SourceLocation("refs.bib", 3, 7, "title"))).isNull();
    }

    @Test
    void anAuthorReadByHandIsKeyedAsItsWalkSpellsIt() {
        Author author = new Author("Ada", "", "Lovelace", "", true, false, "", "", org.scholarfolio.model.UnknownFields.NONE);
        String authorName = Author.class.getName() + "/9";
        String spelledAuthor = "r:" + authorName.length() + ":" + authorName
                + "String:3:Ada" + "String:0:" + "String:8:Lovelace" + "String:0:" + "Boolean:4:true" + "Boolean:5:false"
                + "String:0:" + "String:0:" + "r:" + UNKNOWN_FIELDS.length() + ":" + UNKNOWN_FIELDS + "m:1:0";

        assertThat(RecordKeys.keyOf(author))
                .isEqualTo(new ChangeCheck().update(spelledAuthor.getBytes(StandardCharsets.UTF_8)).value());
    }

    private static final String UNKNOWN_FIELDS = org.scholarfolio.model.UnknownFields.class.getName() + "/1";
}
