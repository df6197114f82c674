package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.junit.jupiter.api.Test;
import org.scholarfolio.math.KatexMathMl;

/**
 * Markdown that skips the sanitiser's parse ({@link AllowListedHtml}) gives byte for byte the HTML
 * the sanitiser gives. The texts glue together what abstracts and news hold (emphasis, code, links
 * of every kind, formulas, emoji, headings, lists, quotes, code blocks, rules, entities, white space
 * the HTML parser treats specially, tables) with what an attacker would try (raw HTML, script addresses,
 * images, aligned columns, footnotes), so that both paths are compared on the texts the fast one takes and
 * on their neighbours that it must hand over.
 */
class AllowListedHtmlProperties {
    private static final MarkdownRenderer FAST = new MarkdownRenderer(KatexMathMl.shared(), true);
    private static final MarkdownRenderer SANITISED = new MarkdownRenderer(KatexMathMl.shared(), false);
    private static final List<String> FRAGMENTS = List.of(
            "We propose a new method", " that ", "works", ". ", "\n", "\n\n", "  \n", "\\\n", "*without* retraining",
            "**state-of-the-art** accuracy", "a `drop-in` replacement", "`a \"quoted\" <code> & more`",
            "[open data](https://example.org/data)", "[q](https://example.org/a?b=1&c=\"2\")", "[t](./local \"a <title> & \\\"q\\\"\")",
            "[rel](../up/page.html#part)", "[frag](#section-2)", "[frag ws](#a%20b)", "[mail](mailto:a@b.test)",
            "[empty]()", "[proto](//cdn.test/x)", "[ftp](ftp://x.test/)", "[data](data:text/html,x)",
            "[drop me](./drop)", "[upper](HTTPS://EXAMPLE.ORG/)", "[colon](a:b)", "[q](?x=1)", "[sp](<a b>)", "[s](http:s://example.org/a)", "[h](http:example.org)", "[h1](https:/x.test)", "[h3](https:///a)", "[port](https://x.test:8080/a)", "[bad port](https://x.test:80a/)",
            "[user](https://u@x.test/)", "[v6](https://[::1]/)", "[empty port](http://x.test:/)",
            "[hs](<https://a.test/a b>)", "[hb](https://a.test\\b)", "[hu](https://a.test/\u00E9)", "[ms](<mailto:a b@x.test>)",
            "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1) \"t\")", "[x](&#x6A;avascript:alert(1))",
            "https://example.org/a?b=<script>", "www.x.test/\"onmouseover=x", "<https://auto.test/x>", "<mail@x.test>",
            "[*emph* `code` link](https://example.org/)", "[link [in] link](https://a.test/)",
            "$O(\\sqrt{T})$ regret", "a rate of $\\mathcal{O}(1/\\epsilon^2)$", "$\\ell_2$", "$$\\sum_i a_i$$",
            "$\\href{https://x.test}{a}$", "$\\unicode{<img src=x onerror=x>}$", "$\\frac{1}{$", "$<script>$",
            ":rocket:", ":tada:", ":smile:", ":<script>:", "😀", "é", "\u00A0", "&nbsp;", "&amp;", "&lt;b&gt;", "&copy;",
            "&#0;", "&#x1F600;", "\"", "'", "<", ">", "&", "\u0000", "\u2028", "\t", "\r\n", "\u000B", "\f",
            "\u0001", "\u007F", "\u0085", "\uFEFF", "\u200B", "\uD800",
            "# Heading", "## What the talk covered", "## What the talk covered", "### `code` & <b>", "Setext\n===\n",
            "- first\n- second\n", "1. one\n2. two\n", "3. three\n", "- loose\n\n- list\n", "> quote\n> more\n",
            "- > nested quote\n", "```java\nint x = \"y\" < 3;\n```\n", "```\nplain\n```\n", "``` \"we<ird\" info\n&\n```\n",
            "    indented <code>\n", "---\n", "***\n", "~~struck~~", "~single~", "[ref]", "[ref]: https://ref.test/", "[r2][ref]",
            "<script>alert(1)</script>", "<b>bold</b>", "<img src=x onerror=alert(1)>", "![i](pic.png)",
            "![i](https://x.test/p.png)", "|a|b|\n|-|-|\n|1|2|\n", "| Years | Position |\n|---|---|\n| 1935\u2013 | *Fellow* of [King's](https://k.test/) |\n",
            "|h|\n|-|\n", "|x|y|\n|:-|-:|\n|`<c>`|$x$|\n", "| a | b |\n| --- | :-: |\n| & | \\| |\n", "- |l|\n  |-|\n  |1|\n",
            "> |q|r|\n> |-|-|\n> |<b>|[x](./drop)|\n", "|e|\n|-|\n||\n|![i](p.png)|\n", "Note[^1]\n\n[^1]: a footnote\n", "- [ ] task\n- [x] done\n",
            "<!-- c -->", "<details open>", "*", "_", "**", "`", "\\", "[", "]", "(", ")");

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Property
    void blockMarkdownGivesTheSanitisersHtml(@ForAll("markdown") String text) {
        assertThat(FAST.render(text, REWRITER, false)).as(text).isEqualTo(SANITISED.render(text, REWRITER, false));
        assertThat(FAST.render(text)).as(text).isEqualTo(SANITISED.render(text));
    }

    @Property
    void inlineMarkdownGivesTheSanitisersHtml(@ForAll("markdown") String text) {
        assertThat(FAST.renderInline(text, REWRITER)).as(text).isEqualTo(SANITISED.renderInline(text, REWRITER));
        assertThat(FAST.renderInline(text)).as(text).isEqualTo(SANITISED.renderInline(text));
    }

    /**
     * A table (a CV's positions, a list of talks) whose cells hold what the texts above hold, its columns
     * aligned or not, alone or in a list item or a quote.
     */
    @Provide
    Arbitrary<String> table() {
        Arbitrary<String> cell = Arbitraries.of(FRAGMENTS).filter(f -> !f.contains("\n") && !f.contains("\r"))
                .list().ofMaxSize(3).map(parts -> String.join("", parts).replace("|", "\\|"));
        Arbitrary<String> delimiter = Arbitraries.of("---", "-", ":--", "--:", ":-:");
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(1, 3), cell.list().ofMinSize(1).ofMaxSize(9),
                delimiter.list().ofSize(3), Arbitraries.of("", "- ", "> ", "1. "), Arbitraries.of("", "Text before.\n\n"))
                .as((columns, cells, delimiters, container, before) -> {
                    // Each line after the first carries on the list item (indented) or the quote ("> ").
                    String next = container.startsWith(">") ? container : " ".repeat(container.length());
                    int rows = Math.max(1, (cells.size() + columns - 1) / columns);
                    StringBuilder table = new StringBuilder(before);
                    for (int line = 0; line <= rows; line++) {
                        table.append(line == 0 ? container : next).append('|');
                        for (int c = 0; c < columns; c++) {
                            int at = (line == 0 ? 0 : line - 1) * columns + c;
                            table.append(line == 1 ? delimiters.get(c) : at < cells.size() ? cells.get(at) : "").append('|');
                        }
                        table.append('\n');
                    }
                    return table.toString();
                });
    }

    @Property
    void tablesGiveTheSanitisersHtml(@ForAll("table") String text) {
        assertThat(FAST.render(text, REWRITER, true)).as(text).isEqualTo(SANITISED.render(text, REWRITER, true));
        assertThat(FAST.renderInline(text, REWRITER)).as(text).isEqualTo(SANITISED.renderInline(text, REWRITER));
    }

    /** As the site's rewriter: local addresses move, some are dropped, web addresses stay. */
    private static final LinkRewriter REWRITER = url -> url.contains("drop") ? ""
            : url.startsWith("./") ? "../" + url.substring(2) + " <&\"\u00A0>" : url;

    @Test
    void anAbstractWithEmphasisLinksMathAndEmojiSkipsTheSanitisersParse() {
        AllowListedHtml fast = new AllowListedHtml(List.of(), formula -> "<span class=\"math inline\">x</span>");
        var document = org.commonmark.parser.Parser.builder()
                .customInlineContentParserFactory(new MathInlineParser.Factory()).build()
                .parse("We show *provably* faster `code` with [data](https://example.org/d), $x$ and \u2728.");

        assertThat(fast.render(document, LinkRewriter.NONE)).isEqualTo("<p>We show <em>provably</em> faster "
                + "<code>code</code> with <a href=\"https://example.org/d\">data</a>, "
                + "<span class=\"math inline\">x</span> and \u2728.</p>");
    }

    @Test
    void typesetFormulasStayOnTheFastPath() {
        // MathML carries an <annotation> with the TeX source: not a link, so no reason to hand over.
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        AllowListedHtml fast = new AllowListedHtml(List.of(), formula -> sanitizer.clean(
                MarkdownRenderer.shared().mathHtml(formula.tex(), formula.display()), LinkRewriter.NONE));
        var document = org.commonmark.parser.Parser.builder()
                .customInlineContentParserFactory(new MathInlineParser.Factory()).build()
                .parse("with a rate of $\\mathcal{O}(1/\\epsilon^2)$ and $$\\sum_i a_i$$.");

        assertThat(fast.render(document, LinkRewriter.NONE)).contains("<math", "<annotation");
    }

    @Test
    void aTableSkipsTheSanitisersParseUnlessAColumnIsAligned() {
        AllowListedHtml fast = new AllowListedHtml(List.of(TablesExtension.create()), formula -> "");
        var parser = org.commonmark.parser.Parser.builder().extensions(List.of(TablesExtension.create())).build();

        assertThat(fast.render(parser.parse("| Years | Position |\n|---|---|\n| 1935 | *Fellow* |\n"), LinkRewriter.NONE))
                .isEqualTo("<table>\n<thead>\n<tr>\n<th>Years</th>\n<th>Position</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                        + "<td>1935</td>\n<td><em>Fellow</em></td>\n</tr>\n</tbody>\n</table>");
        assertThat(fast.render(parser.parse("| Years | Position |\n|--:|---|\n| 1935 | Fellow |\n"), LinkRewriter.NONE)).isNull();
    }

    @Test
    void rawHtmlImagesAndUnknownSchemesAreLeftToTheSanitiser() {
        AllowListedHtml fast = new AllowListedHtml(List.of(), formula -> "");
        var parser = org.commonmark.parser.Parser.builder().build();

        assertThat(fast.render(parser.parse("a <b>b</b>"), LinkRewriter.NONE)).isNull();
        assertThat(fast.render(parser.parse("![i](x.png)"), LinkRewriter.NONE)).isNull();
        assertThat(fast.render(parser.parse("[x](data:text/html,x)"), LinkRewriter.NONE)).isNull();
        // commonmark empties a script address; the sanitiser then drops the empty href
        assertThat(fast.render(parser.parse("[x](javascript:alert(1))"), LinkRewriter.NONE)).isEqualTo("<p><a>x</a></p>");
    }
}
