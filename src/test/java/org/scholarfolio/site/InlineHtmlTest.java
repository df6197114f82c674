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
}
