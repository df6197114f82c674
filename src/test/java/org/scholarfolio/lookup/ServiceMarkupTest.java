package org.scholarfolio.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceMarkupTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Plain title                                                  | Plain title
            CO<sub>2</sub> and H<jats:sub>2</jats:sub>O                  | CO₂ and H₂O
            x<sup>2</sup> and e<sup>-iπ</sup>                            | x² and e$^{-iπ}$
            A<sub>ij</sub> matrix and T<sub>eff</sub>                     | A$_{ij}$ matrix and T$_{eff}$
            <i>E. coli</i> grows                                         | \\emph{E. coli} grows
            The <jats:italic>lac</jats:italic> operon                    | The \\emph{lac} operon
            <b>Bold</b> claim                                            | \\textbf{Bold} claim
            Rock &amp; roll &lt;3                                        | Rock & roll <3
            A <jats:sc>Small Caps</jats:sc> word                         | A \\textsc{Small Caps} word
            Two\\nlines                                                  | Two lines
            """)
    void titlesBecomePortfolioText(String markup, String text) throws Exception {
        assertThat(ServiceMarkup.title(markup.replace("\\n", "\n"))).isEqualTo(text);
    }

    @Test
    void mathMlBecomesTexMath() throws Exception {
        String mathml = "Growth as <mml:math xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"><mml:mrow>"
                + "<mml:msubsup><mml:mi>x</mml:mi><mml:mi>i</mml:mi><mml:mn>2</mml:mn></mml:msubsup>"
                + "<mml:mo>+</mml:mo><mml:mfrac><mml:mn>1</mml:mn><mml:msqrt><mml:mi>n</mml:mi></mml:msqrt></mml:mfrac>"
                + "<mml:mo>≤</mml:mo><mml:mi>α</mml:mi></mml:mrow></mml:math> holds";
        assertThat(ServiceMarkup.title(mathml)).isEqualTo("Growth as $x_i^2+\\frac1{\\sqrt{n}}\\le α$ holds");
    }

    @Test
    void aTexAnnotationOrAltTextWinsOverTheTranslation() throws Exception {
        assertThat(ServiceMarkup.title("<math alttext=\"\\alpha_1\"><msub><mi>α</mi><mn>1</mn></msub></math>"))
                .isEqualTo("$\\alpha_1$");
        assertThat(ServiceMarkup.title("<mml:math><mml:semantics><mml:mi>y</mml:mi>"
                + "<mml:annotation encoding=\"application/x-tex\">\\mathbf{y}</mml:annotation></mml:semantics></mml:math>"))
                .isEqualTo("$\\mathbf{y}$");
        assertThat(ServiceMarkup.title("Formula <jats:inline-formula><jats:tex-math>\\(E=mc^2\\)</jats:tex-math>"
                + "</jats:inline-formula>")).isEqualTo("Formula $E=mc^2$");
    }

    @Test
    void abstractsKeepTheirParagraphsAndLoseTheAbstractHeading() throws Exception {
        String jats = "<jats:title>Abstract</jats:title><jats:p>First   paragraph.</jats:p>\n<jats:p>Second "
                + "<jats:bold>one</jats:bold>.</jats:p>";
        assertThat(ServiceMarkup.paragraphs(jats)).isEqualTo("First paragraph.\n\nSecond **one**.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nice <script>alert(1)</script> title", "<iframe src=\"https://evil.example\"></iframe>",
        "<span onmouseover=\"alert(1)\">hover</span>", "<a href=\"javascript:alert(1)\">x</a>", "<style>*{}</style>"})
    void activeContentRefusesTheRecordInsteadOfBeingDroppedQuietly(String markup) {
        assertThatThrownBy(() -> ServiceMarkup.title(markup)).isInstanceOf(ServiceMarkup.ActiveMarkupException.class)
                .hasMessageContaining("could run in a browser");
    }
}
