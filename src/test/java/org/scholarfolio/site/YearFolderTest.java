package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A year's list page is named by the year when it is written in the digits 0-9 only, or "undated"; any other
 * year (a state written in its place, a year with a letter, digits of another script) by its slug, so that no
 * two years share a page and none takes a paper's address.
 */
class YearFolderTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            2024, 2024
            0999, 0999
            undated, undated
            In Press, in-press
            2024a, 2024a
            2024/25, 2024-25
            '2024 ', 2024
            """)
    void namesAYearByItsDigitsOrItsSlug(String year, String folder) {
        assertThat(PublicationList.folderOf(year)).isEqualTo(folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19\u0660\u0661", "\uff12\uff10\uff12\uff14", "19/2", "19:2"})
    void slugsEveryOtherYear(String year) {
        // '/' and ':' sit just below '0' and just above '9'; the others are digits of other scripts
        assertThat(PublicationList.folderOf(year)).isNotEqualTo(year);
    }
}
