package org.scholarfolio.site;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * English month names as the JDK's formatters write them, asked for once: a formatter looks the
 * name up in its locale data on every call, which was a percent of a full export's time for the
 * venue line and the news dates alone.
 */
final class MonthNames {
    private static final String[] SHORT = new String[12];

    static {
        for (Month m : Month.values()) {
            SHORT[m.ordinal()] = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
    }

    private static final DateTimeFormatter NEWS_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private MonthNames() {
    }

    /** {@code Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)}: "Jan" for 1. */
    static String shortName(int month) {
        return SHORT[Month.of(month).ordinal()];
    }

    /** The date as {@code DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)} writes it: "Oct 28, 2026". */
    static String newsDate(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return NEWS_DATE.format(date); // padded, signed or of another era: the formatter's rules
        }
        return SHORT[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + year;
    }
}
