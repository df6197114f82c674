package org.scholarfolio.site;

import java.time.LocalDate;

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
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    // 2023-02-29, 2024-04-31: the parser's own message below
                }
            }
        }
        return LocalDate.parse(text);
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

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
