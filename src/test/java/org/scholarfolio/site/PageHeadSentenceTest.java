package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The first sentence of a page's description, found by a loop where a regular expression found it before. */
class PageHeadSentenceTest {
    /** What the description's first sentence was cut by, and still is, character for character. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu}|\\s*$)");

    private static int byExpression(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? end.end() : -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "No end", "One. Two.", "e.g. this one. Then", "Why? because. Yes", "Wow!\tNext",
        "Ends here.", "Ends here.  ", "Ends here.\n", "Ends here.\r\n", "Ends.\u0085", "Ends.\u2028", "Ends.\u2029",
        "Ends.\u2028x", "Ends.\u0085 ", "A.\u00a0B. C", "A. \u00c9tude", "A. \ud835\udc00 bold", "A.B. C", "3.14 is pi. Yes",
        "Ends with a dot.", "What?!", "?", ". A", "a .\u000bB", "a .\fB", "x.\u3000Y. Z"})
    void endsWhereTheExpressionEndedTheSentence(String text) {
        assertThat(PageHead.sentenceEnd(text)).as(text).isEqualTo(byExpression(text));
    }

    @Test
    void endsWhereTheExpressionEndedItOnManyMixturesOfEndsSpacesAndCapitals() {
        String[] pieces = {".", "!", "?", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u0085", "\u2028",
            "\u2029", "\u00a0", "A", "\u00c9", "\u01c5", "a", "word", "1", "\ud835\udc00", "\ud835", "\udc00", "-"};
        Random random = new Random(31);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(PageHead.sentenceEnd(s)).as("%s", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(byExpression(s));
        }
    }

    @Test
    void anExtraPagesDescriptionLeavesOutItsHeadingsAndTables() {
        // a CV that opens with a heading and a table was described as "Positions Years Position Institution 1935 Fellow ..."
        String cv = """
                <h2 id="positions">Positions</h2>
                <table><thead><tr><th>Years</th><th>Position</th></tr></thead><tbody><tr><td>1935\u2013</td><td>Fellow</td></tr></tbody></table>
                <h2 id="education">Education</h2>
                <ul><li><strong>PhD</strong>, Princeton University, 1938.</li><li>BA, Cambridge, 1934.</li></ul>
                """;
        assertThat(PageHead.pageSummary(cv)).isEqualTo("PhD, Princeton University, 1938. BA, Cambridge, 1934.");
        assertThat(PageHead.pageSummary("<h2>Only a heading</h2>")).isEqualTo("Only a heading");
        assertThat(PageHead.pageSummary("<p>Text with <em>no</em> heading.</p>")).isEqualTo("Text with no heading.");
    }
}
