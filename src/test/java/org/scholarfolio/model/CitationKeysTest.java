package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationKeysTest {
    private static Publication paper(String family, Integer year, String title) {
        List<Author> authors = family == null ? List.of() : List.of(Author.of("Given", family));
        return Publication.builder("", "article").authors(authors).year(year).title(title).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Turing        | 1950 | Computing Machinery and Intelligence          | turing1950computing
            Turing        | 1937 | On Computable Numbers                         | turing1937computable
            Turing        | 1952 | The Chemical Basis of Morphogenesis           | turing1952chemical
            Müller        | 2020 | A Study of {BERT}                             | muller2020study
            Groß          | 2019 | Über Alles                                    | gross2019uber
            Østergård     | 2001 | {Energy}-Neutral Sensing                       | ostergard2001energy
            O'Neil        | 1999 | An \\emph{Efficient} Index                    | oneil1999efficient
            Łukasiewicz   | 1920 | O logice trójwartościowej                     | lukasiewicz1920o
            """)
    void familyYearAndFirstSignificantTitleWordInLowerCaseAscii(String family, int year, String title, String key) {
        assertThat(CitationKeys.base(paper(family, year, title))).isEqualTo(key);
    }

    @Test
    void missingPartsAreLeftOut() {
        assertThat(CitationKeys.base(paper(null, 2001, "Deep Learning"))).isEqualTo("2001deep");
        assertThat(CitationKeys.base(paper("Hopper", null, ""))).isEqualTo("hopper");
        assertThat(CitationKeys.base(paper(null, null, "The Of And"))).isEqualTo("unknown");
    }

    @Test
    void takenKeysGetLetterSuffixes() {
        Publication p = paper("Turing", 1950, "Computing Machinery");
        List<String> taken = new ArrayList<>(List.of("turing1950computing"));
        assertThat(CitationKeys.unique(p, taken)).isEqualTo("turing1950computinga");
        taken.add("turing1950computinga");
        assertThat(CitationKeys.unique(p, taken)).isEqualTo("turing1950computingb");
        assertThat(CitationKeys.unique(p, List.of("other"))).isEqualTo("turing1950computing");
    }

    @Test
    void suffixesRunFromAToZThenTwoLetters() {
        assertThat(CitationKeys.suffix(0)).isEqualTo("a");
        assertThat(CitationKeys.suffix(25)).isEqualTo("z");
        assertThat(CitationKeys.suffix(26)).isEqualTo("aa");
        assertThat(CitationKeys.suffix(27)).isEqualTo("ab");
        assertThat(CitationKeys.suffix(26 + 26 * 26)).isEqualTo("aaa");
    }
}
