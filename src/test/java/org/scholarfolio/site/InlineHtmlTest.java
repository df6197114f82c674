package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineHtmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {Energy}-Neutral                 | Energy-Neutral
            \\emph{Homo} \\textit{sapiens}    | <em>Homo</em> <em>sapiens</em>
            \\textbf{B} and \\textsc{Sc}      | <strong>B</strong> and <span class="smallcaps">Sc</span>
            In\\textsubscript{x}Ga x\\textsuperscript{2} | In<sub>x</sub>Ga x<sup>2</sup>
            \\texttt{grep}                   | <code>grep</code>
            $\\alpha$ & <b>                  | <span class="math inline">\\(\\alpha\\)</span> &amp; &lt;b&gt;
            \\foo{bar} and a } b             | \\foo{bar} and a } b
            """)
    void modelMarkupBecomesTheAllowedElementsOnly(String model, String html) {
        assertThat(InlineHtml.html(model)).isEqualTo(html);
    }

    @Test
    void htmlInATitleIsTextNeverAnElement() {
        String html = InlineHtml.html("<img src=x onerror=alert(1)> \\emph{<script>alert(2)</script>} <a href=//e.org>x</a>");
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("img, script, a")).isEmpty();
        assertThat(body.getAllElements().stream().skip(1).map(Element::tagName)).containsOnly("em");
        assertThat(body.text()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void textWithoutMarkupIsWrittenAsTheParsedTextIs() {
        // The path without a parse must give what the parse gives, for texts on both sides of its test.
        String pieces = "aZé 9,.;-–<>&\"'$\\{}_^~😀";
        java.util.Random random = new java.util.Random(29);
        int withoutParse = 0;
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(pieces.length());
                text.append(Character.isSurrogate(pieces.charAt(at)) ? "😀" : pieces.substring(at, at + 1));
            }
            String t = text.toString();
            withoutParse += t.matches("[^$\\\\{]*") ? 1 : 0;
            assertThat(InlineHtml.html(t, InlineHtml.MATH_SPANS)).as(t)
                    .isEqualTo(InlineHtml.html(org.scholarfolio.model.InlineText.parse(t), InlineHtml.MATH_SPANS));
        }
        assertThat(withoutParse).isGreaterThan(250);
    }
}
