package org.scholarfolio.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Markdown field's emphasis and LaTeX's: read as Markdown's stars, written back as the commands. */
class MarkdownEmphasisTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            \\emph{derived predicates}  | *derived predicates*
            {\\em timed literals}        | *timed literals*
            \\textit{in vivo}            | *in vivo*
            \\textbf{third}              | **third**
            {\\bf third}                 | **third**
            `a \\emph{ b } c`            | `a  *b*  c`
            \\emph{}x                    | x
            \\textsc{Small Caps}         | Small Caps
            \\emph{\\textbf{both}}       | ***both***
            """)
    void latexEmphasisBecomesMarkdownEmphasis(String latex, String markdown) {
        assertThat(Latex.toUnicodeWithoutMarkup(latex)).isEqualTo(markdown);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            *derived predicates*         | \\emph{derived predicates}
            **third**                    | \\textbf{third}
            ***both***                   | \\emph{\\textbf{both}}
            in*tra*word                  | in\\emph{tra}word
            _under_                      | \\_under\\_
            2 * 3 * 4                    | 2 * 3 * 4
            `code *x*`                   | `code *x*`
            $a*b*c$                      | $a*b*c$
            *a $x$ b*                    | \\emph{a $x$ b}
            \\*not\\*                    | \\textbackslash{}*not\\textbackslash{}*
            """)
    void markdownEmphasisIsWrittenAsLatexCommands(String markdown, String latex) {
        assertThat(Latex.toBibtexWithoutMarkup(markdown)).isEqualTo(latex);
        assertThat(Latex.toUnicodeWithoutMarkup(latex)).isEqualTo(markdown);
    }
}
