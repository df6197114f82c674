package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.math.KatexMathMl;
import org.scholarfolio.model.Publication;

/**
 * Simple Markdown written without a parse ({@link SimpleMarkdown}) gives byte for byte the HTML the parse gives,
 * and passes the same link addresses to the page's rewriter in the same order. The texts glue words,
 * punctuation and the constructs the path takes (emphasis, code, links, formulas, shortcodes) to neighbours that
 * change their meaning (a letter before a star, a colon before a letter, a digit after a dollar, a digit or a dash
 * at a line's start, an address without a scheme, white space at the ends, tabs, blank lines, unpaired
 * surrogates), so that every rule is tried on both sides of its border.
 */
class SimpleMarkdownProperties {
    private static final MarkdownRenderer WITH_SIMPLE_PATH = new MarkdownRenderer(KatexMathMl.shared(), true, true);
    private static final MarkdownRenderer PARSED = new MarkdownRenderer(KatexMathMl.shared(), true, false);
    private static final SimpleMarkdown.Formulas ANY_FORMULA = tex -> "<span>" + tex + "</span>";
    private static final List<String> FRAGMENTS = List.of(
            "We propose a new method", "we", " ", "  ", " study", "Learning", "é", "Ørsted", "ß", "Łódź", "ǅ", "λ",
            "学习", "3", "1.", "2)", "10", "2019", "-", " - ", "+", "=", "==", "--", "---", ",", ".", ". ", ";", "?",
            "!", "'", "\"", "(", ")", "(see", "%", "/", "a/b", ":", ": ", "a:b", ":smile:", ":rocket: ", ":tada:",
            ":nope:", ":+1:", ":white_check_mark:", "http://x.test", "https:", "www.", "www.x.test", "WWW.X.TEST",
            "wwwx", "x@y.test", "@", "#", "# ", "*", "**", "***", " *", "* ", "*x*", "*two words*", "**bold**",
            "**state-of-the-art**", "*x**", "**x*", "*(x)*", "_", "_x_", "__x__", "`", "``", "`code`", "`drop-in`",
            "`a<b&c`", "` x`", "`x `", "`a*b*`", "`:smile:`", "`$x$`", "[", "]", "[x]", "[open data](https://example.org/data)",
            "[t](./rel)", "[t](rel.html#top)", "[t](javascript:alert)", "[t](http://x:99999/)", "[t](mailto:a@b.test)",
            "[t](https://x.test/a_b*c)", "[t] (u)", "[t](u \"title\")", "[^1]", "![x](y.png)", "](", "<", "< ", "<b>",
            "<http://x.test>", ">", "> ", "&", "& ", "&amp;", "&copy;", "&eacute", "&#35;", "&#x41;", "\\", "\\*", "$", "$x$", "$x^2$", "$ x$",
            "$x $", "$O(\\sqrt{T})$", "$a\\$b$", "$\\ell_2$-norm", "$x$5", "$$", "$$x$$", "~", "~~x~~", "|", "{", "}",
            "^", "\n", "\n\n", "\n\n\n", "\t", "\r", "\r\n", "\f", "\u0000", "\u00A0", "\u2003", "\u00D7", "\uFEFF",
            "😀", "\uD83D", "\uDE00", "\u2013", "\u201Cq\u201D");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Property(tries = 4000)
    void simpleTextGivesTheParsedHtmlAndRewritesTheSameAddresses(@ForAll("text") String text) {
        Rewrites fast = new Rewrites();
        Rewrites parsed = new Rewrites();
        assertThat(WITH_SIMPLE_PATH.render(text, fast)).as(text).isEqualTo(PARSED.render(text, parsed));
        assertThat(WITH_SIMPLE_PATH.renderInline(text, fast)).as(text).isEqualTo(PARSED.renderInline(text, parsed));
        assertThat(fast.seen).as(text).isEqualTo(parsed.seen);
    }

    @Test
    void theGeneratedTextsIncludeSimpleOnesForBothPaths() {
        // the property compares something only if enough of its texts take the simple path
        long simple = text().sampleStream().limit(4_000).filter(t -> SimpleMarkdown.is(t, ANY_FORMULA)).count();
        long inline = text().sampleStream().limit(4_000).map(String::strip).filter(t -> SimpleMarkdown.is(t, ANY_FORMULA)).count();
        assertThat(simple).isGreaterThan(100);
        assertThat(inline).isGreaterThan(100);
    }

    @Test
    void mostGeneratedAbstractsAreSimpleAndGiveTheParsedHtml() {
        int simple = 0;
        List<Publication> publications = PortfolioGenerator.generate(300, 0, 11L).publications();
        for (Publication p : publications) {
            String text = p.abstractText();
            simple += SimpleMarkdown.is(text, ANY_FORMULA) ? 1 : 0;
            assertThat(WITH_SIMPLE_PATH.render(text, LinkRewriter.NONE)).as(text).isEqualTo(PARSED.render(text, LinkRewriter.NONE));
        }
        // the generator writes emphasis, strong text, code, a link, a formula or an emoji shortcode into each
        assertThat(simple).isGreaterThan(publications.size() * 9 / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We study learning under constraints; the code is open source (MIT licence).",
        "Joint work with Ørsted and Łódź: a 2-step method, 40% faster.", "\"Quoted\" results hold for n = 3 or more!",
        "A *provably* faster method with **state-of-the-art** accuracy, a `drop-in` replacement.",
        "See [open data](https://example.org/data), with $O(\\sqrt{T})$ regret. :rocket:",
        "First paragraph\nwith a soft break.\n\nSecond paragraph & more.\n"})
    void aTypicalAbstractIsSimple(String text) {
        assertThat(SimpleMarkdown.is(text, ANY_FORMULA)).isTrue();
        assertThat(WITH_SIMPLE_PATH.render(text)).isEqualTo(PARSED.render(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3. Not a list here", "- a dash opens a list", "See www.example.org for more",
        "Mail a@b.test", "Ends with a space ", "Costs $5", "A*word*", "snake_case", "**Bold:** heading",
        "Line with two spaces  \nbreak", "A <b>tag</b>", "An &amp; entity", "![image](a.png)", "[ref][1]",
        "```\ncode\n```", "> quote", "Title\n=====", "a | b", "~~gone~~", "$$x$$", "`a``b`", "\ttab"})
    void textWithAnotherReadingIsNotSimple(String text) {
        assertThat(SimpleMarkdown.is(text, ANY_FORMULA)).isFalse();
    }

    /** A page's rewriter: relative addresses moved, every address it was asked about noted. */
    private static final class Rewrites implements LinkRewriter {
        final List<String> seen = new ArrayList<>();

        @Override
        public String rewrite(String url) {
            seen.add(url);
            return url.startsWith("http") || url.startsWith("mailto") ? url : "../" + url;
        }
    }
}
