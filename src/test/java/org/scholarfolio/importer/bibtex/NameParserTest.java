package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.model.Author;

class NameParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Albert Einstein                  | Albert       |             | Einstein          |
            Einstein, Albert                 | Albert       |             | Einstein          |
            Ludwig van Beethoven             | Ludwig       | van         | Beethoven         |
            van Beethoven, Ludwig            | Ludwig       | van         | Beethoven         |
            Jean de la Fontaine              | Jean         | de la       | Fontaine          |
            de la Fontaine, Jean             | Jean         | de la       | Fontaine          |
            Center for the Study of Lit      | Center       | for the Study of | Lit          |
            for the Study of Lit, Center     | Center       | for the Study of | Lit          |
            Smith de la, J.                  | J.           |             | Smith de la       |
            van der Berg, Jr., Pieter        | Pieter       | van der     | Berg              | Jr.
            King, Jr, Martin Luther          | Martin Luther |            | King              | Jr
            {Google Research}                |              |             | {Google Research} |
            {Barnes and Noble}, Inc          | Inc          |             | {Barnes and Noble} |
            Einstein                         |              |             | Einstein          |
            J.~R.~R. Tolkien                 | J. R. R.     |             | Tolkien           |
            Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin | Charles Louis Xavier Joseph | de la | Vallée Poussin |
            """)
    void splitsNamesTheBibtexWay(String name, String given, String von, String family, String jr) {
        Author a = NameParser.parse(name).authors().get(0);
        assertThat(List.of(a.given(), a.von(), a.family(), a.jr()))
                .containsExactly(nz(given), nz(von), nz(family), nz(jr));
    }

    @Test
    void markersBecomeFlagsAndLeaveTheName() {
        List<Author> authors = NameParser.parse(
                "Einstein*, Albert and Marie Curie$^\\dagger$ and Bohr*\\dagger, Niels and Dirac‡§, Paul"
                        + " and Noether\\textsuperscript{*}, Emmy and Born^, Max").authors();
        assertThat(authors).extracting(Author::family)
                .containsExactly("Einstein", "Curie", "Bohr", "Dirac", "Noether", "Born");
        assertThat(authors).extracting(Author::equalContribution)
                .containsExactly(true, false, true, false, true, false);
        assertThat(authors).extracting(Author::corresponding)
                .containsExactly(false, true, true, false, false, false);
        assertThat(authors).extracting(Author::otherMarks).containsExactly("", "", "", "‡§", "", "^");
    }

    @Test
    void leadingMarkersAndTheAsteriskOperatorLookAlikeCount() {
        List<Author> authors = NameParser.parse("*Pang, Ce and Qiu, Chenxi and ∗Yadav, Sourabh").authors();
        assertThat(authors).extracting(Author::family).containsExactly("Pang", "Qiu", "Yadav");
        assertThat(authors).extracting(Author::equalContribution).containsExactly(true, false, true);
    }

    @Test
    void thePhysicalReviewsAccentsForBothModesGiveOneFamilyName() {
        // APS writes each accent for math and for text; the name's parts were split at the command's spaces
        List<Author> authors = NameParser.parse("\\ifmmode \\check{C}\\else \\v{C}\\fi{}ernoch, A. and"
                + " Louren\\ifmmode \\mbox{\\c{c}}\\else \\c{c}\\fi{}o, C.").authors();
        assertThat(authors).extracting(Author::family).containsExactly("Černoch", "Lourenço");
        assertThat(authors).extracting(Author::given).containsExactly("A.", "C.");
    }

    @Test
    void andOthersSetsTheFlagAndAddsNoAuthor() {
        NameParser.Names names = NameParser.parse("Ada Lovelace AND Charles Babbage and others");
        assertThat(names.authors()).extracting(Author::family).containsExactly("Lovelace", "Babbage");
        assertThat(names.andOthers()).isTrue();
    }

    @Test
    void aPlusAfterANameIsAMarkerAsOlderAlFolioLayoutsStripIt() {
        List<Author> authors = NameParser.parse("Sai Lund and Ada Lovelace+ and Rajan+, Raghu and {C++} Team").authors();
        assertThat(authors).extracting(Author::family).containsExactly("Lund", "Lovelace", "Rajan", "Team");
        assertThat(authors).extracting(Author::otherMarks).containsExactly("", "+", "+", "");
        assertThat(authors.get(3).given()).isEqualTo("{C++}");
    }

    @Test
    void ampersandInsideACorporateNameIsNotAMarker() {
        Author a = NameParser.parse("{AT&T} Labs").authors().get(0);
        assertThat(a.family()).isEqualTo("Labs");
        assertThat(a.given()).isEqualTo("{AT&T}");
        assertThat(a.otherMarks()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            family=Brown, given=Brian, prefix=de, useprefix=true    | Brian       | de      | Brown         |
            given=Ana Maria, family=Lima                            | Ana Maria   |         | Lima          |
            family={Moreau}, given={Jean-Luc}, prefix={De}          | Jean-Luc    | De      | Moreau        |
            Family = van der Meer , Given = Kees                    | Kees        |         | van der Meer  |
            family=Carter, given=Rosa, suffix=Jr.                   | Rosa        |         | Carter        | Jr.
            family={{Quantum Weather Lab}}                          |             |         | {Quantum Weather Lab} |
            family=Okafor, given={Ngozi, A.}                        | Ngozi, A.   |         | Okafor        |
            family=M{\\"u}ller, given=Jana                          | Jana        |         | Müller        |
            """)
    void readsBiblatexExtendedNamesAsBiberDoes(String name, String given, String von, String family, String jr) {
        Author a = NameParser.parse(name).authors().get(0);
        assertThat(List.of(a.given(), a.von(), a.family(), a.jr()))
                .containsExactly(nz(given), nz(von), nz(family), nz(jr));
        assertThat(NameParser.parse(name).extendedForm()).containsExactly(true);
    }

    @Test
    void anExtendedNamesOptionsAreKeptOnTheAuthorAndItsMarkersRead() {
        NameParser.Names names = NameParser.parse(
                "family=Brown*, given=Brian, prefix=de, useprefix=true, given-i=Br and Smith, John and x=1, y=2");
        assertThat(names.extendedForm()).containsExactly(true, false, false);
        Author brown = names.authors().get(0);
        assertThat(brown.equalContribution()).isTrue();
        assertThat(brown.unknownFields().values())
                .isEqualTo(java.util.Map.of(org.scholarfolio.bibtex.ExtendedNames.OPTIONS, java.util.Map.of("useprefix", "true", "given-i", "Br")));
        assertThat(names.authors().get(1).unknownFields().isEmpty()).isTrue();
        // "key=value" parts that name none of the four parts are no extended name: read as BibTeX reads it
        assertThat(names.authors().get(2).family()).isEqualTo("x=1");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
