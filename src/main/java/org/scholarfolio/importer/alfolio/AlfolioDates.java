package org.scholarfolio.importer.alfolio;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.NewsDate;

/**
 * Reads the date forms found in al-folio news front matter: {@code 2015-10-22 15:59:00-0400},
 * {@code 2024-12-10 12:00:00}, {@code 2026-02-03}, unpadded {@code 2022-6-7}, ISO {@code T}
 * separators and offsets written {@code -04:00}, {@code -04} or {@code Z}.
 */
final class AlfolioDates {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
            + "\\s*(Z|z|[+-]\\d{1,2}(?::?\\d{2})?)?)?");

    private AlfolioDates() {
    }

    /** Thrown for text that is not a date at all or names a day that does not exist. */
    static final class BadDate extends Exception {
        private static final long serialVersionUID = 1L;

        BadDate(String message) {
            super(message);
        }
    }

    /** A date as Ruby's {@code Time} makes it, and whether it rolled over from a day the month lacks. */
    record Read(NewsDate date, boolean rolledOver) {
    }

    static NewsDate parse(String text) throws BadDate {
        return read(text, false).date();
    }

    /**
     * Like {@link #parse}, but a day 29 to 31 that the month lacks rolls over into the next month as
     * Ruby's {@code Time} (and so Jekyll) does: {@code 2023-2-29} is 1 March 2023 on the live site.
     */
    static Read parseAsRuby(String text) throws BadDate {
        return read(text, true);
    }

    private static Read read(String text, boolean rollOver) throws BadDate {
        String s = text.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new BadDate("\"" + text.strip() + "\" is not a date (expected e.g. 2024-12-10 or 2015-10-22 15:59:00-0400)");
        }
        LocalDate date;
        boolean rolled = false;
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            if (!rollOver || month < 1 || month > 12 || day < 1 || day > 31) {
                throw new BadDate("\"" + s + "\" is not a day of the calendar (" + e.getMessage() + ")");
            }
            date = LocalDate.of(year, month, 1).plusDays(day - 1L);
            rolled = true;
        }
        if (m.group(4) == null) {
            return new Read(NewsDate.of(date), rolled);
        }
        LocalTime time;
        try {
            time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            throw new BadDate("\"" + s + "\" has an impossible time of day (" + e.getMessage() + ")");
        }
        String zone = m.group(7);
        if (zone == null) {
            return new Read(new NewsDate(date, time, null), rolled);
        }
        try {
            return new Read(new NewsDate(date, time, offset(zone)), rolled);
        } catch (DateTimeException e) {
            throw new BadDate("\"" + s + "\" has an impossible UTC offset (" + e.getMessage() + ")");
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        String digits = zone.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
