package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates read and written by hand are the ones the JDK's parser and formatters give. */
class IsoDatesTest {

    @Test
    void aDayIsWhatLocalDateParseReads() {
        Random random = new Random(22);
        for (int i = 0; i < 5_000; i++) {
            String text = LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000)).toString();
            assertThat(IsoDates.day(text)).as(text).isEqualTo(LocalDate.parse(text));
        }
        assertThat(IsoDates.day("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDates.day("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-05", "24-01-05",
        "2024/01/05", "x024-01-05", ""})
    void whatLocalDateParseRefusesIsRefused(String text) {
        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoDates.day(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void yearsAndMonthsAreWrittenAsTheJdkWritesThem() {
        for (int year : new int[] {1, 9, 10, 99, 100, 950, 999, 1000, 2006, 9999}) {
            assertThat(IsoDates.year(year)).isEqualTo(String.format("%04d", year));
            for (int month = 1; month <= 12; month++) {
                assertThat(IsoDates.yearMonth(year, month)).isEqualTo(YearMonth.of(year, month).toString());
            }
        }
        assertThat(IsoDates.year(0)).isEqualTo("0000");
        assertThat(IsoDates.year(-5)).isEqualTo(String.format("%04d", -5));
        assertThat(IsoDates.yearMonth(2006, 7)).isEqualTo("2006-07");
    }
}
