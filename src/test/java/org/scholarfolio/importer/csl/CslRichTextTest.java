package org.scholarfolio.importer.csl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CslRichTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {BERT} for {NLP}                  | <span class="nocase">BERT</span> for <span class="nocase">NLP</span>
            {{Whole Title}}                   | <span class="nocase">Whole Title</span>
            a } b {c                          | a } b {c
            \\emph{Homo} and \\textit{sapiens} | <i>Homo</i> and <i>sapiens</i>
            \\textbf{B} \\textsc{Sc}          | <b>B</b> <sc>Sc</sc>
            In\\textsubscript{x}Ga            | In<sub>x</sub>Ga
            x\\textsuperscript{th}            | x<sup>th</sup>
            $\\alpha$-helix and $\\ell_1$     | α-helix and ℓ₁
            2${}^{\\mbox{k}}$                 | 2ᵏ
            $x^2 + y_{ij}$                    | x²+y<sub>ij</sub>
            $\\mathcal{O}(n)$                 | O(n)
            """)
    void modelTextBecomesCslRichTextWithoutDollars(String model, String csl) {
        assertThat(CslRichText.of(model)).isEqualTo(csl).doesNotContain("$");
    }
}
