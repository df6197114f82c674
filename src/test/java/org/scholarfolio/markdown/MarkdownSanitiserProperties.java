package org.scholarfolio.markdown;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholarfolio.site.InlineHtml;
import org.scholarfolio.testing.SafeHtml;

/**
 * Whatever a bio, a news body, a page or a title holds, the HTML made from it runs nothing. The texts
 * are Markdown and HTML fragments an attacker would try (handlers, script addresses spelled with
 * entities, tabs and case, SVG and MathML wrappers, raw text elements, reference links, autolinks)
 * glued together in any order, so that one fragment can open what the next one closes.
 */
class MarkdownSanitiserProperties {
    private static final List<String> FRAGMENTS = List.of(
            "<script>alert(1)</script>", "<SCRIPT SRC=//x.test/a.js>", "<scr<script>ipt>", "</script>",
            "<img src=x onerror=alert(1)>", "<img src=\"x\" onerror = 'alert(1)' >", "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>", "<math><mtext><script>x</script></mtext></math>",
            "<a href=\"javascript:alert(1)\">a</a>", "<a href=\"jav&#x61;script:alert(1)\">b</a>",
            "<a href=\"java\tscript:alert(1)\">c</a>", "<a href=\" JaVaScRiPt:alert(1)\">d</a>",
            "<a href=\"&#106;avascript:x\">e</a>", "<a href=\"vbscript:x\">f</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">g</a>", "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1) \"t\")", "[x](&#x6A;avascript:alert(1))", "![i](javascript:alert(1))",
            "<javascript:alert(1)>", "[ref]", "[ref]: javascript:alert(1)", "[r2][ref]",
            "<iframe src=//x.test></iframe>", "<object data=x>", "<embed src=x>", "<style>*{}</style>",
            "<form action=javascript:x><button>go</button></form>", "<base href=//x.test/>",
            "<meta http-equiv=refresh content=0;url=javascript:x>", "<link rel=import href=x>",
            "<div style=\"background:url(javascript:x)\">s</div>", "<p onclick=x>p</p>", "<details open ontoggle=x>",
            "<textarea><script>x</script></textarea>", "<noscript><p title=\"</noscript><img src=x onerror=x>\">",
            "<!-- <script> -->", "<![CDATA[<script>]]>", "`<script>`", "```\n<script>\n```", "$<script>$",
            "$$\\href{javascript:x}{a}$$", "$\\unicode{<img src=x onerror=x>}$", ":rocket:", ":<script>:",
            "*", "_", "**", "`", "<", ">", "\"", "'", "&", "&lt;", "\n", "\n\n", "> ", "- ", "1. ", "# ", "    ",
            "|a|b|\n|-|-|\n|<script>|x|", "https://example.org/a?b=<script>", "www.x.test/\"onmouseover=x",
            "<a href=x title='\" onmouseover=x'>t</a>", "\\", "\u0000", "\u2028", "é", "😀",
            // tags a browser reads and CommonMark's grammar does not (typographic quotes, run-on attributes)
            "<a href=\u201Djavascript:alert(1)\">", "<a href=\u201C", "\u201D>", "<img src=\u201Dx\" onerror=x>",
            "<a href=\"x\"onclick=x>", "<a @click=x href=y>", "</a x=y>", "<em title=a\"b onmouseover=x>", "<a b=\"");

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Property
    void blockMarkdownRendersToHtmlThatRunsNothing(@ForAll("hostileText") String text) {
        SafeHtml.assertSafe(MarkdownRenderer.shared().render(text).html(), text);
    }

    @Property
    void inlineMarkdownRendersToHtmlThatRunsNothing(@ForAll("hostileText") String text) {
        SafeHtml.assertSafe(MarkdownRenderer.shared().renderInline(text).html(), text);
    }

    @Property
    void linksRewrittenForTheSiteStillRunNothing(@ForAll("hostileText") String text) {
        // The export passes every address through a rewriter (asset paths); the result must still be checked.
        LinkRewriter prefix = address -> "../" + address;
        SafeHtml.assertSafe(MarkdownRenderer.shared().render(text, prefix).html(), text);
    }

    @Property
    void titlesAndVenuesPrintedAsInlineTextRunNothing(@ForAll("hostileText") String text) {
        SafeHtml.assertSafe(InlineHtml.html(text), text);
    }
}
