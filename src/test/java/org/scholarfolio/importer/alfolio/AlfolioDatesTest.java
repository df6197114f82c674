package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlfolioDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2015-10-22 15:59:00-0400 | 2015-10-22T15:59:00-04:00",
        "2024-12-10 12:00:00      | 2024-12-10T12:00:00",
        "2026-02-03               | 2026-02-03",
        "2022-6-7                 | 2022-06-07",
        "2022-6-7 9:05            | 2022-06-07T09:05:00",
        "2020-01-02T03:04:05Z     | 2020-01-02T03:04:05Z",
        "2020-01-02 03:04:05 +05:30 | 2020-01-02T03:04:05+05:30",
        "2020-01-02 03:04:05.250-07 | 2020-01-02T03:04:05-07:00",
        "'2021-03-04'             | 2021-03-04",
    })
    void readsTheFormsFoundOnRealSites(String text, String iso) throws Exception {
        assertThat(AlfolioDates.parse(text)).hasToString(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-2-29", "2023-13-01", "2023-01-01 25:00:00", "yesterday", "2023/01/02",
        "2023-01-01 10:00:00+1900"})
    void rejectsWhatIsNotADay(String text) {
        assertThatThrownBy(() -> AlfolioDates.parse(text)).isInstanceOf(AlfolioDates.BadDate.class)
                .hasMessageContaining(text.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        2023-2-29          | 2023-03-01
        2023-4-31 10:00:00 | 2023-05-01T10:00:00
        2024-2-30          | 2024-03-01
        """)
    void rollsOverADayTheMonthLacksAsRubyDoes(String text, String iso) throws Exception {
        AlfolioDates.Read read = AlfolioDates.parseAsRuby(text);
        assertThat(read.date()).hasToString(iso);
        assertThat(read.rolledOver()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-2-32", "2023-13-01", "2023-0-10"})
    void rubyRefusesDaysPastThirtyOneAndMonthsPastTwelveToo(String text) {
        assertThatThrownBy(() -> AlfolioDates.parseAsRuby(text)).isInstanceOf(AlfolioDates.BadDate.class);
    }
}
