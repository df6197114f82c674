package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Profile;

class AuthorNamesTest {
    private final AuthorNames names = new AuthorNames(Profile.EMPTY.toBuilder()
            .name(new PersonName("Yihua", "", "Zhang"))
            .nameVariants(List.of("Yihua Zhang", "Y. Zhang", "Zhang, Yi-Hua")).build());

    @ParameterizedTest
    @CsvSource(textBlock = """
            Yihua,   Zhang,    true
            Y.,      Zhang,    true
            Y,       Zhang,    true
            yihua,   ZHANG,    true
            Yi-Hua,  Zhang,    true
            Guanhua, Zhang,    false
            G.,      Zhang,    false
            Yihua,   Zhao,     false
            Yiming,  Zhang,    false
            Y. H.,   Zhang,    true
            Y. M.,   Zhang,    true
            YH,      Zhang,    true
            GH,      Zhang,    false
            YU,      ZHANG,    false
            """)
    void recognisesTheResearchersSpellings(String given, String family, boolean expected) {
        assertThat(names.isResearcher(Author.of(given, family))).isEqualTo(expected);
    }

    private final AuthorNames twoWordFamily = new AuthorNames(Profile.EMPTY.toBuilder()
            .name(new PersonName("Fidel I.", "", "Schaposnik Massolo"))
            .nameVariants(List.of("Schaposnik Massolo, Fidel I.", "Afrânio Melo")).build());

    @ParameterizedTest
    @CsvSource(textBlock = """
            Fidel I. Schaposnik, '',  Massolo,            true
            Fidel I.,            '',  Schaposnik Massolo, true
            Fidel,               '',  Massolo,            false
            Afrânio José,        de,  Melo Junior,        true
            Afrânio José,        de,  Melo Júnior,        true
            Afrânio,             '',  Melo Filho,         true
            Afrânio,             '',  Melo Costa,         false
            Celso José,          de,  Melo Junior,        false
            """)
    void recognisesNamesSplitOtherwiseOrWithAGenerationWord(String given, String von, String family, boolean expected) {
        Author a = new Author(given, von, family, "", false, false, "", "", null);
        assertThat(twoWordFamily.isResearcher(a)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '  Van  der\tBERG '  | van der berg
            '{Van der} Berg'     | van der berg
            'Müller,\u00A0Ana'   | muller, ana
            'José  GARCÍA'       | jose garcia
            'O\u2019Neil'        | o’neil
            """)
    void namesAreComparedWithoutCaseAccentsBracesOrExtraSpace(String written, String normal) {
        assertThat(AuthorNames.normal(written.translateEscapes())).isEqualTo(normal);
    }

    @org.junit.jupiter.api.Test
    void anAuthorWithOtherMarksOrAnAddressOnAnotherPaperIsDecidedOnce() {
        AuthorNames fresh = new AuthorNames(Profile.EMPTY.toBuilder().name(new PersonName("Yihua", "", "Zhang")).build());
        Author plain = Author.of("Zoë", "Wang");

        assertThat(fresh.isResearcher(plain)).isFalse();
        assertThat(fresh.isResearcher(plain.withCorresponding(true).withUrl("https://example.org/"))).isFalse();
        assertThat(fresh.isResearcher(plain.withEqualContribution(true))).isFalse();
        assertThat(fresh.decisions()).isEqualTo(1);
        assertThat(fresh.isResearcher(Author.of("Yihua", "Zhang").withCorresponding(true))).isTrue();
        assertThat(fresh.isResearcher(Author.of("Yihua", "Zhang"))).isTrue();
        assertThat(fresh.isResearcher(Author.of("Zoë", "Zhang"))).isFalse();
        assertThat(fresh.decisions()).isEqualTo(3);
    }
}
