package org.scholarfolio.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Markdown field (abstract, additional_info, annotation) read from BibTeX: LaTeX's grouping braces
 * are not text, and Markdown would print them, so only what TeX prints is kept. Zotero writes every
 * math span of an abstract as {@code {$\omega$}}.
 */
class MarkdownFieldBracesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            We use {GPU}s                        | We use GPUs
            the shape I({$\\omega$})             | the shape I($\\omega$)
            m={$\\pm$}1 and z{$\\approx$}2       | m=$\\pm1$ and z$\\approx2$
            term {$\\Gamma$}12which            | term $\\Gamma12$which
            {$x$} 2 and {1}2                     | $x$ 2 and 12
            {{Nested}} groups                    | Nested groups
            cost $x^{2}$ stays                   | cost $x^{2}$ stays
            a \\{literal\\} brace                | a {literal} brace
            \\emph{{BERT} model}                 | *BERT model*
            Caf{\\'e} and {\\\"o}                | Café and ö
            """)
    void groupingBracesAreDropped(String latex, String markdown) {
        assertThat(Latex.toUnicodeWithoutMarkup(latex)).isEqualTo(markdown);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            with \\arabic{author} authors        | with \\arabic{author} authors
            under \\enquote*{C} here             | under ‘C’ here
            under \\enquote{C} here              | under “C” here
            """)
    void commandArgumentsKeepTheirMeaning(String latex, String markdown) {
        assertThat(Latex.toUnicodeWithoutMarkup(latex)).isEqualTo(markdown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            We use GPUs
            a {literal} brace typed in Markdown
            set {a, b} and $x^{2}$
            """)
    void markdownWithBracesIsWrittenSoThatItReadsBackTheSame(String markdown) {
        assertThat(Latex.toUnicodeWithoutMarkup(Latex.toBibtexWithoutMarkup(markdown))).isEqualTo(markdown);
    }
}
