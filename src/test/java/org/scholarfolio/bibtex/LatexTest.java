package org.scholarfolio.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {\\'a}              | á
            \\'{a}              | á
            \\'a                | á
            {\\"o}              | ö
            \\"{o}              | ö
            {\\"{o}}            | ö
            {\\v{s}}            | š
            \\v s               | š
            {\\'\\i}            | í
            \\'{\\i}            | í
            \\`e                | è
            \\^o                | ô
            \\~n                | ñ
            \\c{c}              | ç
            \\H{o}              | ő
            \\k{a}              | ą
            \\r{a}              | å
            Stra\\ss e          | Straße
            {\\ss}              | ß
            \\o{}resund         | øresund
            {\\O}               | Ø
            {\\aa}              | å
            {\\AA}str{\\"o}m    | Åström
            \\l{}\\'od\\'z      | łódź
            A \\& B             | A & B
            50\\%               | 50%
            1--10               | 1–10
            a---b               | a—b
            \\emph{x}           | x
            \\textit{very} good | very good
            \\textbf{BERT}      | BERT
            {BERT} is {GOOD}    | {BERT} is {GOOD}
            {{BERT}}            | {{BERT}}
            $\\ell_1$--norm     | $\\ell_1$–norm
            $a--b~\\'e$         | $a--b~\\'e$
            $$x_{1}$$ and $y$   | $$x_{1}$$ and $y$
            costs \\$5          | costs $5
            \\foo{bar}          | \\foo{bar}
            \\dagger            | †
            """)
    void convertsLatexToUnicode(String latex, String unicode) {
        assertThat(Latex.toUnicode(latex)).isEqualTo(unicode);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A & B 50% C# a_b
            {BERT} models
            $\\ell_1$ -- literal -- dashes
            en – and em — dashes
            a~tilde and a\u00A0space
            unbalanced { brace
            {} empty group
            lone $ dollar
            back\\slash and \\\\
            """)
    void writtenTextReadsBackUnchanged(String text) {
        assertThat(Latex.toUnicode(Latex.toBibtex(text))).isEqualTo(text);
    }
}
