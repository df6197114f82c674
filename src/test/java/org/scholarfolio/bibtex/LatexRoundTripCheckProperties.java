package org.scholarfolio.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The BibTeX writer skips its round-trip check when no brace stands outside math; what it writes
 * must be what the full check would have picked, for any text.
 */
class LatexRoundTripCheckProperties {

    @Provide
    Arbitrary<String> fieldText() {
        // the characters the writer treats specially, often, between plain letters and spaces
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("{", "}", "$", "\\", "*", "**", "_", "-", "--", "–", "—", "~", "\u00A0", "\u00AD",
                        "&", "%", "#", "``", "''", "`", "'", "\\{", "\\}", "\\emph{", "\\textbf{", "\\&", "{}",
                        "$x^{2}$", "$a$", "\\(", "\\)", "é", "\uD83D\uDE00", " ", " ", "\n"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5));
        return pieces.list().ofMaxSize(16).map(list -> String.join("", list));
    }

    @Property(tries = 1000)
    void inlineTextIsWrittenAsTheFullCheckWritesIt(@ForAll("fieldText") String text) {
        assertThat(Latex.toBibtex(text)).isEqualTo(Latex.toBibtexCheckedInFull(text, true));
    }

    @Property(tries = 1000)
    void markdownTextIsWrittenAsTheFullCheckWritesIt(@ForAll("fieldText") String text) {
        assertThat(Latex.toBibtexWithoutMarkup(text)).isEqualTo(Latex.toBibtexCheckedInFull(text, false));
    }

    @Test
    void aBraceOutsideMathStillTakesTheFullCheck() {
        // kept as a group when it reads back the same, spelled as words when it would not
        assertThat(Latex.toBibtex("{BERT} models")).isEqualTo("{BERT} models");
        assertThat(Latex.toBibtexWithoutMarkup("a } b")).isEqualTo("a \\textbraceright{} b");
        assertThat(Latex.toBibtexWithoutMarkup("cost $x^{2}$ *fast*")).isEqualTo("cost $x^{2}$ \\emph{fast}");
    }
}
