package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A paper's first and last page, cut by a loop where a regular expression's split cut them before. */
class ScholarMetaPageRangeTest {
    /** What the pages were split at, and still are, character for character. */
    private static final Pattern PAGE_DASH = Pattern.compile("\\s*(-+|–|—)\\s*");

    private static Optional<String[]> bySplit(String pages) {
        String clean = PublicationViews.withoutBraces(pages).strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = PAGE_DASH.split(clean, 2);
        return Optional.of(parts.length > 1 && !parts[1].isBlank() ? new String[] {parts[0], parts[1]}
                : new String[] {parts[0]});
    }

    private static void assertSameCut(String pages) {
        Optional<String[]> expected = bySplit(pages);
        Optional<String[]> actual = ScholarMeta.pageRange(pages);
        assertThat(actual.map(Arrays::asList)).as("%s", pages.chars().mapToObj(Integer::toHexString).toList())
                .isEqualTo(expected.map(Arrays::asList));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "230--265", "230-265", "230–265", "230—265", "e1234", "12 - 19", "12\t--\n19", "-5", "5-",
        "5 -", "5---", "1-2-3", "1––2", "1–-2", "a –b", "{12}--{19}", "12 --  ", "12\u00a0-\u00a019", "1 \u000b- \f2", "—"})
    void cutsAsTheExpressionCut(String pages) {
        assertSameCut(pages);
    }

    @Test
    void cutsAsTheExpressionCutManyMixturesOfDashesSpacesAndPages() {
        String[] pieces = {"-", "--", "–", "—", " ", "\t", "\n", "\r", "\u000b", "\f", "\u00a0", "12", "e7", "x", "{", "}"};
        Random random = new Random(18);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder pages = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                pages.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameCut(pages.toString());
        }
    }
}
