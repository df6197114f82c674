package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NewsDateTest {
    @ParameterizedTest
    @ValueSource(strings = {"2015-10-22", "2015-10-22T15:59", "2015-10-22T15:59:07", "2015-10-22T15:59:00-04:00",
            "2015-10-22T15:59:00Z", "2015-10-22T15:59:00+05:30"})
    void isoFormsRoundTrip(String text) {
        NewsDate d = NewsDate.parse(text);
        assertThat(NewsDate.parse(d.toString())).isEqualTo(d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2000-02-29", "1900-02-28", "0000-01-01", "9999-12-31", "2015-10-22", " 2015-10-22 "})
    void aPlainDateIsTheDayTheIsoParserReads(String text) {
        assertThat(NewsDate.parse(text)).isEqualTo(NewsDate.of(java.time.LocalDate.parse(text.strip())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2015-13-01", "22/10/2015", "2015-10-22 15:59", "2015-10-22T25:00",
            "1900-02-29", "2024-04-31", "2024-00-10", "2024-01-00", "2024-1-05", "2024/01/05", "２０２４-01-05"})
    void impossibleOrForeignFormsAreRefused(String text) {
        assertThatThrownBy(() -> NewsDate.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @CsvSource({"2015-10-22, 2015-10-23", "2015-10-22, 2015-10-22T00:00", "2015-10-22T08:00, 2015-10-22T09:00"})
    void ordersByDateThenTime(String earlier, String later) {
        assertThat(NewsDate.parse(earlier)).isLessThan(NewsDate.parse(later));
    }
}
