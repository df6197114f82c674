package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarfolio.math.KatexMathMl;

/**
 * Plain text written without a parse ({@link PlainText}) gives byte for byte the HTML the parse
 * gives. The texts glue plain words and punctuation to their neighbours that mean something
 * somewhere (a colon before a letter, a digit or a dash at the start, an address without a scheme,
 * white space at the ends, line breaks), so that the rule is tried on both sides of its border.
 */
class PlainTextProperties {
    private static final MarkdownRenderer WITH_PLAIN_PATH = new MarkdownRenderer(KatexMathMl.shared(), true, true);
    private static final MarkdownRenderer PARSED = new MarkdownRenderer(KatexMathMl.shared(), true, false);
    private static final List<String> FRAGMENTS = List.of(
            "We propose a new method", "we", " ", "  ", " study", "Learning", "é", "Ørsted", "ß", "Łódź", "ǅ",
            "3", "1.", "2)", "10", "-", " - ", "+", "=", "==", "--", "---", ",", ".", ". ", ";", "?", "!", "'", "\"",
            "(", ")", "(see", "%", "/", "a/b", ":", ": ", "a:b", ":smile:", ":rocket: ", "http://x.test", "https:",
            "www.", "www.x.test", "WWW.X.TEST", "wwwx", "x@y.test", "@", "#", "# ", "*", "_", "`", "[", "]", "<",
            ">", "&", "\\", "$", "~", "|", "{", "}", "^", "\n", "\n\n", "\t", "\r", "\u00A0", "\u00D7", "😀",
            "\u2013", "\u201Cq\u201D");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void plainTextGivesTheParsedHtml(@ForAll("text") String text) {
        assertThat(WITH_PLAIN_PATH.render(text)).as(text).isEqualTo(PARSED.render(text));
        assertThat(WITH_PLAIN_PATH.renderInline(text)).as(text).isEqualTo(PARSED.renderInline(text));
    }

    @Test
    void theGeneratedTextsIncludePlainOnesForBothPaths() {
        // the property compares something only if enough of its texts take the plain path (about 7 %)
        long plain = text().sampleStream().limit(2_000).map(String::strip).filter(PlainText::is).count();
        assertThat(plain).isGreaterThan(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We study learning under constraints; the code is open source (MIT licence).",
        "Joint work with Ørsted and Łódź: a 2-step method, 40% faster.", "\"Quoted\" results hold for n = 3 or more!"})
    void aTypicalAbstractIsPlainAndRenderedAsItIs(String text) {
        assertThat(PlainText.is(text)).isTrue();
        assertThat(WITH_PLAIN_PATH.render(text).html()).isEqualTo("<p>" + text + "</p>");
        assertThat(PARSED.render(text).html()).isEqualTo("<p>" + text + "</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3. Not a list here", "- a dash opens a list", "See www.example.org for more",
        "An :smile: emoji", "Mail a@b.test", "Two\nlines", "Ends with a space ", "Costs $5", "A *word*"})
    void textWithAMeaningSomewhereIsNotPlain(String text) {
        assertThat(PlainText.is(text)).isFalse();
    }
}
