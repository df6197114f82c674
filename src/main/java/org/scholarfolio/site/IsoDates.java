package org.scholarfolio.site;

import java.time.LocalDate;
import org.scholarfolio.model.NewsDate;

/**
 * ISO-8601 dates as {@link LocalDate} and {@link java.time.YearMonth} read and write them, done by
 * hand for the four-digit years every real date has: the JDK's first parse builds its formatters
 * (and {@code YearMonth}'s and {@code Year}'s own), about a hundred classes' set-up that a cold
 * export otherwise pays for a few dates. Anything else goes to the JDK and its rules.
 */
final class IsoDates {
    private IsoDates() {
    }

    /** {@code LocalDate.parse(text)}, for the {@code yyyy-MM-dd} that {@link LocalDate#toString} writes. */
    static LocalDate day(String text) {
        LocalDate plain = NewsDate.plainDate(text);
        return plain != null ? plain : LocalDate.parse(text);
    }

    /** {@code YearMonth.of(year, month).toString()} for a year from 1 to 9999: "2006-07". */
    static String yearMonth(int year, int month) {
        return year(year) + (month < 10 ? "-0" : "-") + month;
    }

    /** {@code String.format("%04d", year)}: "0950", "2006". */
    static String year(int year) {
        if (year < 0) {
            return String.format("%04d", year);
        }
        String digits = Integer.toString(year);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }
}
