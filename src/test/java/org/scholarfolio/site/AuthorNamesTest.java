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
            """)
    void recognisesTheResearchersSpellings(String given, String family, boolean expected) {
        assertThat(names.isResearcher(Author.of(given, family))).isEqualTo(expected);
    }
}
