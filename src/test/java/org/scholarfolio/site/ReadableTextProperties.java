package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.scholarfolio.markdown.MarkdownRenderer;

/**
 * Text read straight from plain HTML ({@link ReadableText}) is jsoup's {@code text()} of the parsed
 * fragment (formulas read as {@link PageHead#parsedText} reads them), character for character, whenever
 * the reader does not hand the HTML back: over the HTML
 * the app's Markdown writes and over tag soup built to break a hand-written reader (misnested and
 * unknown tags, attributes with quotes and angle brackets, every kind of character reference, the
 * white space and invisible characters jsoup treats specially).
 */
class ReadableTextProperties {
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.shared();
    private static final List<String> MARKDOWN_PARTS = List.of(
            "We propose a new method", " that ", "works", ". ", "\n", "\n\n", "  \n", "\\\n", "*without* retraining",
            "**state-of-the-art** accuracy", "a `drop-in` replacement", "`a \"quoted\" <code> & more`",
            "[open data](https://example.org/data)", "[q](https://example.org/a?b=1&c=\"2\")", "[mail](mailto:a@b.test)",
            "<https://auto.test/x>", "[*emph* `code` link](https://example.org/)", "$O(\\sqrt{T})$ regret", "$\\ell_2$",
            ":rocket:", "😀", "é", "\u00A0", "&nbsp;", "&amp;", "&lt;b&gt;", "&copy;", "&#0;", "&#x1F600;", "\"", "'",
            "<", ">", "&", "\t", "\r\n", "\f", "\u0001", "\u007F", "\u0085", "\uFEFF", "\u200B", "\u00AD",
            "# Heading", "## What the talk covered", "- first\n- second\n", "1. one\n2. two\n", "- loose\n\n- list\n",
            "> quote\n> more\n", "- > nested quote\n", "```java\nint x = \"y\" < 3;\n```\n", "    indented <code>\n",
            "---\n", "~~struck~~", "<b>bold</b>", "<img src=x onerror=alert(1)>", "![i](pic.png)",
            "|a|b|\n|-|-|\n|1|2|\n", "<!-- c -->", "*", "_", "`", "\\", "[", "]");
    private static final List<String> SOUP_PARTS = List.of(
            "<p>", "</p>", "<p class=\"lead\">", "<h2 id='x'>", "</h2>", "<ul>", "</ul>", "<ol start=\"3\">", "</ol>",
            "<li>", "</li>", "<blockquote>", "</blockquote>", "<div>", "</div>", "<hr>", "<hr/>", "<hr />", "<br>",
            "<br/>", "<img src=\"a.png\" alt=\"a > b\">", "<img alt='x'/>", "<wbr>", "<a href=\"https://x.test/?a=1&amp;b=2\">",
            "<a href='#x' title=\"it's\">", "</a>", "<em>", "</em>", "<strong>", "</strong>", "<code>", "</code>",
            "<span class=\"math\">", "</span>", "<sup>", "</sup>", "<del>", "</del>", "<q>", "</q>", "<s>", "</s>",
            "<pre>", "</pre>", "<table>", "<td>", "<math>", "<annotation>", "<P>", "</P >", "<p/>", "<span/>",
            "<a href=x>", "<a href=\"x\"title=\"y\">", "<!-- c -->", "<!doctype html>", "<?x?>", "< p>", "<3", "</>",
            "<unknown>", "</unknown>", "<br></br>", "</br>", "<li", "<a href=\"unclosed>",
            "text", "two words", " ", "  ", "\n", "\t", "\r\n", "\f", "\u00A0", "\u200B", "\u00AD", "\uFEFF", "\u0000",
            "\u0001", "é", "😀", "\uD800", ">", "\"", "'", "=", "/",
            "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#39;", "&#x27;", "&nbsp;", "&#160;", "&#xA0;", "&copy;",
            "&amp", "&lt", "& ", "&;", "&#;", "&#x;", "&#0;", "&#128;", "&#x9F;", "&#xD800;", "&#x110000;", "&#1114111;",
            "&#xFFFE;", "&#65;", "&#x41;", "&#x1F600;", "&#+5;", "&#x-5;", "&#12345678;", "&#9;", "&#10;", "&#13;",
            "&#x200B;", "&#173;", "&#32;", "&#x0a;", "&unknown;",
            "<math>", "<math display=\"block\">", "</math>", "<semantics>", "</semantics>", "<mrow>", "</mrow>", "<mi>",
            "</mi>", "<mo stretchy=\"false\">", "</mo>", "<mspace width=\"1em\"/>", "<mtext>", "</mtext>",
            "<annotation encoding=\"application/x-tex\">", "</annotation>", "<annotation-xml>", "\\frac{1}{2}");

    @Provide
    Arbitrary<String> markdownHtml() {
        return Arbitraries.of(MARKDOWN_PARTS).list().ofMaxSize(14).map(parts -> MARKDOWN.render(String.join("", parts)).html());
    }

    @Provide
    Arbitrary<String> tagSoup() {
        return Arbitraries.of(SOUP_PARTS).list().ofMaxSize(16).map(parts -> String.join("", parts));
    }

    /** Well-formed fragments of every shape the reader takes, with formulas; each one must be read. */
    @Provide
    Arbitrary<String> plainHtml() {
        return Arbitraries.longs().map(seed -> {
            StringBuilder html = new StringBuilder();
            flow(new Random(seed), html, 0);
            return html.toString();
        });
    }

    @Property
    void plainHtmlIsReadAndReadsAsJsoupReadsIt(@ForAll("plainHtml") String html) {
        assertThat(ReadableText.of(html)).as(html).isNotNull();
        readsAsJsoup(html);
    }

    private static final List<String> WORDS = List.of("word", "two words", " ", "  ", "\n", "\t", "\u00A0", "&nbsp;",
            "\u200B", "\u00AD", "&amp;", "&lt;b&gt;", "&quot;", "&#39;", "&#x1F600;", "\u2728", "\u00E9t\u00E9", "a,", ".",
            "\r\n", "\f", "\uFEFF", ">");
    private static final List<String> INLINE = List.of("em", "strong", "code", "span class=\"x\"", "sup", "sub", "del",
            "a href=\"https://x.test/?a=1&amp;b='2'\"");

    private static void flow(Random random, StringBuilder html, int depth) {
        for (int i = random.nextInt(4); i >= 0; i--) {
            switch (depth > 3 ? random.nextInt(3) : random.nextInt(9)) {
                case 0, 1 -> phrasing(random, html, depth, false);
                case 2 -> html.append(random.nextBoolean() ? "<hr>" : "\n");
                case 3, 4 -> element(html, random.nextBoolean() ? "p" : "h" + (1 + random.nextInt(6)),
                        () -> phrasing(random, html, depth + 1, false));
                case 5 -> element(html, random.nextBoolean() ? "ul" : "ol", () -> {
                    for (int item = random.nextInt(3); item >= 0; item--) {
                        html.append(random.nextBoolean() ? "\n" : "");
                        element(html, "li", () -> flow(random, html, depth + 1));
                    }
                    html.append("\n");
                });
                default -> element(html, random.nextBoolean() ? "blockquote" : "div", () -> flow(random, html, depth + 1));
            }
        }
    }

    private static void phrasing(Random random, StringBuilder html, int depth, boolean inLink) {
        for (int i = random.nextInt(4); i >= 0; i--) {
            switch (depth > 5 ? 0 : random.nextInt(7)) {
                case 0, 1, 2 -> html.append(WORDS.get(random.nextInt(WORDS.size())));
                case 3 -> html.append(List.of("<br>", "<br />", "<img src=\"p.png\" alt=\"a > b\">", "<wbr>")
                        .get(random.nextInt(4)));
                case 4 -> formula(random, html);
                default -> {
                    String tag = INLINE.get(random.nextInt(inLink ? INLINE.size() - 1 : INLINE.size()));
                    element(html, tag, () -> phrasing(random, html, depth + 1, inLink || tag.startsWith("a ")));
                }
            }
        }
    }

    private static void formula(Random random, StringBuilder html) {
        html.append(random.nextBoolean() ? "<math>" : "<math display=\"block\">").append("<semantics><mrow>");
        for (int i = random.nextInt(4); i >= 0; i--) {
            String tag = List.of("mi", "mo stretchy=\"false\"", "mn", "mtext").get(random.nextInt(4));
            element(html, tag, () -> html.append(List.of("x", "\u2211", "a b", "&lt;", " ", "&nbsp;", "\u200B", "(")
                    .get(random.nextInt(8))));
            html.append(random.nextInt(5) == 0 ? "<mspace width=\"1em\"/>" : "");
        }
        html.append("</mrow><annotation encoding=\"application/x-tex\">\\frac{a &amp; b}{2} &lt; x</annotation>")
                .append("</semantics></math>");
    }

    private static void element(StringBuilder html, String tag, Runnable content) {
        html.append('<').append(tag).append('>');
        content.run();
        html.append("</").append(tag.split(" ")[0]).append('>');
    }

    @Property
    void theAppsMarkdownReadsAsJsoupReadsIt(@ForAll("markdownHtml") String html) {
        readsAsJsoup(html);
    }

    @Property
    void tagSoupReadsAsJsoupReadsItOrIsHandedBack(@ForAll("tagSoup") String html) {
        readsAsJsoup(html);
    }

    @Property
    void htmlShowsTextWhenJsoupsTextOfItIsNotBlank(@ForAll("tagSoup") String html) {
        assertThat(PageHead.showsText(html)).as(html).isEqualTo(!Jsoup.parseBodyFragment(html).text().isBlank());
    }

    @Property
    void markdownShowsTextWhenJsoupsTextOfItIsNotBlank(@ForAll("markdownHtml") String html) {
        assertThat(PageHead.showsText(html)).as(html).isEqualTo(!Jsoup.parseBodyFragment(html).text().isBlank());
    }

    @Test
    void anAddressLineOfSpacesOrAnEmptyElementShowsNoText() {
        assertThat(PageHead.showsText("<em> </em>")).isFalse();
        assertThat(PageHead.showsText("")).isFalse();
        assertThat(PageHead.showsText("Computing Machine Laboratory")).isTrue();
    }

    @Property
    void aPagesSummaryWithoutAParseIsTheParsedOnesOfPlainHtml(@ForAll("plainHtml") String html) {
        assertThat(PageHead.pageSummary(html)).as(html).isEqualTo(PageHead.parsedPageSummary(html));
        // The same without its formulas and line breaks, which the summary reads from the parsed document: read
        // without the parse.
        String noFormulas = html.replaceAll("<math.*?</math>", "x").replaceAll("<br ?/?>", "x");
        assertThat(ReadableText.withoutHeadings(noFormulas)).as(noFormulas).isNotNull();
        assertThat(PageHead.pageSummary(noFormulas)).as(noFormulas).isEqualTo(PageHead.parsedPageSummary(noFormulas));
    }

    @Property
    void aPagesSummaryWithoutAParseIsTheParsedOnesOfTheAppsMarkdown(@ForAll("markdownHtml") String html) {
        assertThat(PageHead.pageSummary(html)).as(html).isEqualTo(PageHead.parsedPageSummary(html));
    }

    @Property
    void aPagesSummaryWithoutAParseIsTheParsedOnesOfTagSoup(@ForAll("tagSoup") String html) {
        assertThat(PageHead.pageSummary(html)).as(html).isEqualTo(PageHead.parsedPageSummary(html));
    }

    @Test
    void aPageOfAHeadingAndAListLosesItsHeadingWithoutAParse() {
        String html = MARKDOWN.render("# Teaching\n\n- CS 101, *Introduction to Programming*\n- CS 542, Optimisation\n").html();

        assertThat(ReadableText.withoutHeadings(html)).doesNotContain("Teaching").contains("<ul>", "CS 542");
        assertThat(ReadableText.withoutHeadings("<h2 id=\"a\">A</h2>\n<p>x</p>\n<h3>B <em>b</em></h3>y"))
                .isEqualTo("\n<p>x</p>\ny");
        assertThat(PageHead.pageSummary(html)).isEqualTo("CS 101, Introduction to Programming CS 542, Optimisation");
        assertThat(ReadableText.withoutHeadings("<h2>a</h2><table><tr><td>1</td></tr></table>")).isNull();
        assertThat(ReadableText.withoutHeadings(html.replace("<h1", "<h1 title=\"<h2>\""))).isEqualTo(ReadableText.withoutHeadings(html));
    }

    private static void readsAsJsoup(String html) {
        String read = ReadableText.of(html);
        if (read != null) {
            assertThat(read).as(html).isEqualTo(PageHead.parsedText(html));
        }
    }

    @Test
    void anAbstractWithEmphasisCodeLinksListsAndEntitiesIsReadWithoutAParse() {
        String html = MARKDOWN.render("We show *provably* faster `a<b>` &amp; [data](https://example.org/?a=1&b=2)."
                + "\n\n- first\n- second\n\n> quoted \u2728\n\nEnd\u00A0 of  text.").html();

        assertThat(ReadableText.of(html))
                .isEqualTo("We show provably faster a<b> & data. first second quoted \u2728 End of text.")
                .isEqualTo(Jsoup.parseBodyFragment(html).text());
    }

    @Test
    void separatorsFollowBlocksImagesAndLineBreaks() {
        for (String html : List.of("<p>a</p>b", "<p>a</p><em>b</em>", "<p>a</p><p>b</p>", "a<br>b", "a<img src=\"x\">b",
                "<img src=\"x\"><em>b</em>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>", "a<hr>b", "<p>x</p>\n<p>y</p>")) {
            assertThat(ReadableText.of(html)).as(html).isNotNull().isEqualTo(Jsoup.parseBodyFragment(html).text());
        }
    }

    @Test
    void aFormulaReadsAsItsTypesetCharactersWithoutItsTex() {
        String html = MARKDOWN.render("Regret $O(\\sqrt{T})$ and $$\\sum_i a_i \\le \\frac{1}{2}$$ shown.").html();

        assertThat(ReadableText.of(html)).isEqualTo("Regret O(T) and ∑iai≤12 shown.")
                .isEqualTo(PageHead.parsedText(html));
    }

    @Test
    void htmlThatTheParserWouldRepairIsHandedBack() {
        for (String html : List.of("<p>a<p>b", "<em><p>a</p></em>", "<a href=\"x\"><a href=\"y\">b</a></a>",
                "<p>a</em>", "<li>a</li>", "<math><mi>x</mi></math>", "<math><p>x</p></math><annotation>t</annotation>",
                "<annotation>t</annotation>", "<ul><p>a</p></ul>", "a &copy; b",
                "<!-- c -->", "a < b", "<table><td>x</td></table>", "<p>unclosed")) {
            assertThat(ReadableText.of(html)).as(html).isNull();
        }
    }
}
