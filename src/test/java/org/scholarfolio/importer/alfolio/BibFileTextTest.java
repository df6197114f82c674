package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BibFileTextTest {
    private static final String BIB = """
            ---
            ---
            @article{first,
              pdf = {shared.pdf},
            }
            @article{second,
              title = {Second},
              pdf = {shared.pdf},
            }
            """;

    @Test
    void findsTheValueOfTheEntryNotAnEarlierMention() {
        BibFileText bib = new BibFileText(BIB);
        assertThat(bib.lineOf("shared.pdf", bib.entryOffset("first"))).isEqualTo(4);
        assertThat(bib.lineOf("shared.pdf", bib.entryOffset("second"))).isEqualTo(8);
    }

    @Test
    void fallsBackToTheFirstMentionAndZeroWhenAbsent() {
        BibFileText bib = new BibFileText(BIB);
        int second = bib.entryOffset("second");
        assertThat(bib.lineOf("first", second)).isEqualTo(3);
        assertThat(bib.lineOf("nowhere.pdf", second)).isZero();
        assertThat(bib.entryOffset("first")).isEqualTo(BIB.indexOf("first"));
        assertThat(bib.entryOffset("unknown")).isZero();
    }

    @Test
    void linesCountFromOneIncludingTheLastLineWithoutNewline() {
        BibFileText bib = new BibFileText("a\nb\nc");
        assertThat(bib.lineAt(0)).isEqualTo(1);
        assertThat(bib.lineAt(1)).isEqualTo(1);
        assertThat(bib.lineAt(2)).isEqualTo(2);
        assertThat(bib.lineAt(4)).isEqualTo(3);
    }
}
