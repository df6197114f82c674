package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The month names asked for once are the ones the JDK's formatters give on every call. */
class MonthNamesTest {

    @Test
    void shortNamesAreTheJdksEnglishShortNames() {
        for (int m = 1; m <= 12; m++) {
            assertThat(MonthNames.shortName(m)).isEqualTo(Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        assertThat(MonthNames.shortName(10)).isEqualTo("Oct");
    }

    @Test
    void newsDatesAreTheFormattersDates() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
        for (LocalDate day : days()) {
            assertThat(MonthNames.newsDate(day)).as(day.toString()).isEqualTo(formatter.format(day));
        }
    }

    @Test
    void footerDatesAreTheFormattersDates() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
        for (LocalDate day : days()) {
            assertThat(MonthNames.footerDate(day)).as(day.toString()).isEqualTo(formatter.format(day));
        }
        assertThat(MonthNames.footerDate(LocalDate.of(2026, 9, 5))).isEqualTo("September 5, 2026");
    }

    @Test
    void citationDatesAreTheFormattersDates() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        for (LocalDate day : days()) {
            assertThat(MonthNames.dayMonthYear(day)).as(day.toString()).isEqualTo(formatter.format(day));
        }
    }

    private static List<LocalDate> days() {
        Random random = new Random(21);
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2026, 10, 28), LocalDate.of(999, 12, 31),
                LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(0, 5, 5),
                LocalDate.of(-44, 3, 15)));
        for (int i = 0; i < 2_000; i++) {
            days.add(LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000)));
        }
        return days;
    }
}
