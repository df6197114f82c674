package org.scholarfolio.site;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * English month names and the site's dates written with them, as the JDK's formatters write them
 * ({@code MonthNamesTest} compares every one), without asking the JDK: its first name look-up
 * loads the locale data (CLDR's providers and bundles, ~100 classes, ~30 ms of a cold export's
 * processor time), and a formatter looks the name up again on every call. Years outside
 * 1000–9999 (padded, signed) go to the formatter and its rules.
 */
final class MonthNames {
    private static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] FULL = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private MonthNames() {
    }

    /** {@code Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)}: "Jan" for 1. */
    static String shortName(int month) {
        return SHORT[Month.of(month).ordinal()];
    }

    /** The date as {@code DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)} writes it: "Oct 28, 2026". */
    static String newsDate(LocalDate date) {
        if (!fourDigitYear(date)) {
            return formatter("MMM d, yyyy").format(date);
        }
        return SHORT[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear();
    }

    /** The date as {@code DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)} writes it: "October 28, 2026". */
    static String footerDate(LocalDate date) {
        if (!fourDigitYear(date)) {
            return formatter("MMMM d, yyyy").format(date);
        }
        return FULL[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear();
    }

    /** The date as {@code DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)} writes it: "28 Oct 2026". */
    static String dayMonthYear(LocalDate date) {
        if (!fourDigitYear(date)) {
            return formatter("d MMM yyyy").format(date);
        }
        return date.getDayOfMonth() + " " + SHORT[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static boolean fourDigitYear(LocalDate date) {
        return date.getYear() >= 1000 && date.getYear() <= 9999;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }
}
