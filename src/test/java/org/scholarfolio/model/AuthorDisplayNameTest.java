package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An author's name as an author list reads it: the given, von and family parts that are not blank, then ", Jr". */
class AuthorDisplayNameTest {

    @ParameterizedTest(name = "[{0}|{1}|{2}|{3}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Ada          |       | Lovelace  |      | Ada Lovelace
            Ludwig       | van   | Beethoven |      | Ludwig van Beethoven
                         |       | Plato     |      | Plato
            Martin Luther|       | King      | Jr.  | Martin Luther King, Jr.
            ` `          |       | Turing    | ` `  | Turing
                         | de la | Fontaine  |      | de la Fontaine
                         |       |           | Jr   | `, Jr`
                         |       |           |      | ``
            """)
    void blankPartsAreLeftOutAndTheRestJoinedBySpaces(String given, String von, String family, String jr, String shown) {
        assertThat(new Author(given, von, family, jr, false, false, "", "", UnknownFields.NONE).displayName())
                .isEqualTo(shown == null ? "" : shown);
    }
}
