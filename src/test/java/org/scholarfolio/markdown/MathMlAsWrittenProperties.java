package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A formula's HTML taken as it is ({@link MathMlAsWritten}) only when the sanitiser would give back the same
 * characters: over formulas typeset from TeX and over made-up markup of allowed and forbidden elements, attributes,
 * entities and characters the HTML parser changes.
 */
class MathMlAsWrittenProperties {
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();
    private static final List<String> TEX = List.of("x", "^2", "_i", "\\frac{a}{b}", "\\sqrt{T}", "\\sum_{i=1}^n",
            "\\mathcal{O}", "\\epsilon", "<", ">", "\\&", "\\text{a \"q\" <b> & c}", "\\mathrm{d}", "\\left(", "\\right)",
            "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "\\boxed{x}", "\\not=", "\\prescript{a}{b}{c}", "\\href{https://x.test}{a}",
            "\\unicode{<img src=x>}", "\\ ", "\\quad", "\\hat{x}", "\\overline{ab}", "\\color{red}{x}", "é", "😀", "'");
    private static final List<String> PIECES = List.of("<math>", "</math>", "<mrow>", "</mrow>", "<mi>", "</mi>",
            "<mo stretchy=\"false\">", "</mo>", "<mspace width=\"1em\">", "</mspace>", "<mspace width=\"1em\"/>",
            "<semantics>", "</semantics>", "<annotation encoding=\"application/x-tex\">", "</annotation>",
            "<mi mathvariant=\"normal\">", "<mi href=\"javascript:x\">", "<mi class=\"c\">", "<mi onclick=\"x\">",
            "<mi mathvariant=\"a\" mathvariant=\"b\">", "<mi MATHVARIANT=\"x\">", "<mi mathvariant=x>", "<mi >",
            "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">", "<math display=\"block\">", "<script>", "</script>",
            "<a href=\"https://x.test\">", "</a>", "<img src=x>", "<span>", "</span>", "<b>", "<mprescripts/>", "<none>",
            "<mtext>", "</mtext>", "<annotation-xml>", "<p>", "x", " ", "\n", "\t", "\r", "\u0000", "\u0001", "\u00A0",
            "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#x41;", "&", "<", ">", "\"", "'", "é", "😀", "\uD800", "<!-- c -->",
            "<mi mathvariant=\"&amp;&quot;&lt;&gt;\">", "<mi mathvariant=\"\u00A0\">", "<mi mathvariant=\"'\">");
    private static final List<String> NAMES = List.of("mrow", "mi", "mo", "mn", "mtext", "msup", "mfrac", "semantics",
            "annotation", "mtable", "mtd", "mspace", "span", "a", "b", "script", "mglyph", "svg", "mprescripts");
    private static final List<String> ATTRIBUTES = List.of("mathvariant", "stretchy", "width", "encoding", "display",
            "class", "href", "xlink:href", "onclick", "style", "definitionURL");
    private static final List<String> TEXTS = List.of("x", "a b", "&amp;", "&lt;", "&gt;", "&quot;", "\"", "'", ">",
            "\u00A0", "&nbsp;", "\t", "\n", "\r", "\u0000", "\u0001", "é", "😀", "\uDC00", "javascript:x", "");

    @Provide
    Arbitrary<String> tex() {
        return Arbitraries.of(TEX).list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(16).map(parts -> String.join("", parts));
    }

    @Property(tries = 200)
    void aTypesetFormulaIsTakenAsItIsOnlyWhenTheSanitiserGivesItBackSo(@ForAll("tex") String tex) {
        for (boolean display : new boolean[] {false, true}) {
            String html = MarkdownRenderer.shared().mathHtml(tex, display);
            String unchanged = MathMlAsWritten.unchanged(html);
            if (unchanged != null) {
                assertThat(unchanged).as(tex).isEqualTo(SANITIZER.clean(html, LinkRewriter.NONE));
            }
        }
    }

    @Property
    void madeUpMarkupIsTakenAsItIsOnlyWhenTheSanitiserGivesItBackSo(@ForAll("markup") String inner) {
        for (String open : new String[] {"<span class=\"math inline\">", "<span class=\"math display\">", "<span>"}) {
            String html = open + inner + "</span>";
            String unchanged = MathMlAsWritten.unchanged(html);
            if (unchanged != null) {
                assertThat(unchanged).as(html).isEqualTo(SANITIZER.clean(html, LinkRewriter.NONE));
            }
        }
    }

    /** Well-formed trees of allowed and forbidden names, so that many pass the check and are compared. */
    @Property(tries = 300)
    void madeUpTreesAreTakenAsTheyAreOnlyWhenTheSanitiserGivesThemBackSo(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder("<span class=\"math inline\"><math>");
        tree(random, 3, html);
        html.append("</math></span>");
        String unchanged = MathMlAsWritten.unchanged(html.toString());
        Statistics.collect(unchanged != null);
        if (unchanged != null) {
            assertThat(unchanged).as(html.toString()).isEqualTo(SANITIZER.clean(html.toString(), LinkRewriter.NONE));
        }
    }

    private static void tree(Random random, int depth, StringBuilder out) {
        int children = random.nextInt(4);
        for (int i = 0; i < children; i++) {
            if (depth == 0 || random.nextInt(3) == 0) {
                out.append(TEXTS.get(random.nextInt(TEXTS.size())));
                continue;
            }
            // mostly allowed names and attributes: one forbidden sends the whole tree to the sanitiser
            String name = NAMES.get(random.nextInt(random.nextInt(4) == 0 ? NAMES.size() : 12));
            out.append('<').append(name);
            for (int a = random.nextInt(3); a > 0; a--) {
                String value = TEXTS.get(random.nextInt(TEXTS.size())).replace("\"", random.nextBoolean() ? "&quot;" : "'");
                out.append(' ').append(ATTRIBUTES.get(random.nextInt(random.nextInt(4) == 0 ? ATTRIBUTES.size() : 5)))
                        .append("=\"").append(value).append('"');
            }
            out.append('>');
            tree(random, depth - 1, out);
            out.append("</").append(name).append('>');
        }
    }

    @Test
    void theFormulasOfAbstractsAreTakenAsTheyAre() {
        for (String tex : List.of("O(\\sqrt{T})", "\\mathcal{O}(1/\\epsilon^2)", "\\kappa", "a<b \\& c > d",
                "\\sum_{i=1}^n x_i", "\\frac{a}{b}", "\\ell(\\theta)")) {
            String html = MarkdownRenderer.shared().mathHtml(tex, false);
            assertThat(MathMlAsWritten.unchanged(html)).as(tex).isEqualTo(html)
                    .isEqualTo(SANITIZER.clean(html, LinkRewriter.NONE));
        }
        String display = MarkdownRenderer.shared().mathHtml("\\sum_i a_i", true);
        assertThat(MathMlAsWritten.unchanged(display)).isEqualTo(display);
    }

    @Test
    void anythingTheAllowListWouldChangeGoesToTheSanitiser() {
        String open = "<span class=\"math inline\"><math><mi";
        for (String rest : List.of(" href=\"https://x.test\">a</mi></math></span>", " class=\"c\">a</mi></math></span>",
                ">a&nbsp;b</mi></math></span>", ">a>b</mi></math></span>", ">a</mi><mspace/></math></span>",
                "><mrow></mrow></mi></math></span>", ">a</mi></math><script></script></span>", ">a</mi></span>",
                ">a\rb</mi></math></span>", ">&#x41;</mi></math></span>")) {
            assertThat(MathMlAsWritten.unchanged(open + rest)).as(rest).isNull();
        }
        assertThat(MathMlAsWritten.unchanged("<span class=\"math inline math-error\" title=\"x\">\\(x\\)</span>")).isNull();
    }
}
