package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

    /** What opens a block: nothing (a paragraph), a heading's hashes, a list item's dash. */
    private static final List<String> BLOCK_OPENERS = List.of("", "# ", "## ", "### ", "###### ", "- ");
    /** What makes a line another block than the path's, or no block: each meets the rules once in a while. */
    private static final List<String> OTHER_OPENERS = List.of("####### ", "#", "#\t", "-", "-  ", " - ", "- - ", "- # ",
            "- 1. ", "- > ", "* ", "+ ", "1. ", "> ", "    ", "## # ");
    /** What joins two lines: a soft break, blank lines, a list's next item on the next line or after a blank. */
    private static final List<String> LINE_JOINS = List.of("\n", "\n\n", "\n\n\n", "\n- ", "\n\n- ", "\n\n## ");
    private static final List<String> OTHER_JOINS = List.of("\n-", "\n  ", "\n## ", "\n---", "\n===", " \n", "\n\t");
    private static final List<String> LINE_TEXTS = List.of("What the talk covered", "why *fair ranking* matters;",
            "three open problems, with pointers to our papers;", "a live demo of the `open-source` library.",
            "Results", "Über :smile: and `code`", "[Slides](https://example.org/talks/1.pdf) online",
            "the bound $O(\\sqrt{T})$ holds", "**New** results", "Methods", "methods", "a", "1. not a list", "x #",
            "x ##", "Thanks to everyone :tada:", "(see above)", "2019", "é", "😀");

    @Provide
    Arbitrary<String> blocks() {
        // mostly what the path takes, so that the blocks' rules decide, now and then what it must refuse
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(LINE_TEXTS)), Tuple.of(1, text()));
        Arbitrary<String> opener = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(BLOCK_OPENERS)),
                Tuple.of(1, Arbitraries.of(OTHER_OPENERS)));
        Arbitrary<String> join = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(LINE_JOINS)),
                Tuple.of(1, Arbitraries.of(OTHER_JOINS)));
        Arbitrary<String> opened = opener.flatMap(o -> line.map(l -> o + l));
        Arbitrary<String> joined = join.flatMap(j -> line.map(l -> j + l));
        return opened.flatMap(first -> joined.list().ofMaxSize(6).map(rest -> first + String.join("", rest)));
    }

    @Property(tries = 3000)
    void headingsAndListsGiveTheParsedHtmlAndRewriteTheSameAddresses(@ForAll("blocks") String text) {
        assertBothPathsAgree(text);
    }

    @Test
    void theGeneratedBlocksIncludeSimpleHeadingsAndLists() {
        // the property compares something only if enough of its texts take the simple path with a heading or a list
        List<String> simple = blocks().sampleStream().limit(3_000).filter(t -> SimpleMarkdown.is(t, ANY_FORMULA)).toList();
        // (about 250, 40 and 40 of them)
        assertThat(simple.stream().filter(t -> t.startsWith("#") || t.contains("\n#"))).hasSizeGreaterThan(120);
        assertThat(simple.stream().filter(t -> t.contains("\n- "))).hasSizeGreaterThan(20);
        assertThat(simple.stream().filter(t -> t.contains("\n\n") && t.contains("\n- "))).hasSizeGreaterThan(20);
    }

    @Test
    void theGeneratedNewsBodiesAreSimpleAndGiveTheParsedHtml() {
        // the long ones have a paragraph, a heading, a list of three and a paragraph: once parsed on the export's main thread
        int withHeading = 0;
        for (var item : PortfolioGenerator.generate(0, 400, 5L).news()) {
            String text = item.body();
            assertThat(SimpleMarkdown.is(text, ANY_FORMULA)).as(text).isTrue();
            assertThat(WITH_SIMPLE_PATH.render(text, LinkRewriter.NONE)).as(text).isEqualTo(PARSED.render(text, LinkRewriter.NONE));
            withHeading += text.contains("\n## ") ? 1 : 0;
        }
        assertThat(withHeading).isGreaterThan(20);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Property(tries = 4000)
    void simpleTextGivesTheParsedHtmlAndRewritesTheSameAddresses(@ForAll("text") String text) {
        assertBothPathsAgree(text);
    }

    /** The light path and commonmark give the same HTML, block and inline, and rewrite the same addresses. */
    private static void assertBothPathsAgree(String text) {
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
        "First paragraph\nwith a soft break.\n\nSecond paragraph & more.\n",
        "A talk.\n\n## What it covered\n\n- why it matters;\n- open problems.\n\nThanks :smile:.\n",
        "# Results\n\n# Results\n\n- one\n\nText\n\n- two"})
    void aTypicalAbstractIsSimple(String text) {
        assertThat(SimpleMarkdown.is(text, ANY_FORMULA)).isTrue();
        assertThat(WITH_SIMPLE_PATH.render(text)).isEqualTo(PARSED.render(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3. Not a list here", "- a dash then a\nline of its own", "See www.example.org for more",
        "Mail a@b.test", "Ends with a space ", "Costs $5", "A*word*", "snake_case", "**Bold:** heading",
        "Line with two spaces  \nbreak", "A <b>tag</b>", "An &amp; entity", "![image](a.png)", "[ref][1]",
        "```\ncode\n```", "> quote", "Title\n=====", "a | b", "~~gone~~", "$$x$$", "`a``b`", "\ttab",
        "Text\n- a list interrupting it", "Text\n## a heading interrupting it", "## Heading\ntext on the next line",
        "- item\nlazy continuation", "- item\n\n- the same list made loose", "- item\n  - nested", "####### seven",
        "##no space", "- - a rule", "- 1. nested", "-  two spaces", "## Heading ##", "* star item", "+ plus item"})
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
