package org.scholarfolio.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When a news item happened: a calendar date, optionally a time of day and, when the source gave
 * one, its UTC offset. Kept apart so that "2024-05-01" is never silently turned into midnight UTC.
 * Written as ISO-8601: {@code 2015-10-22}, {@code 2015-10-22T15:59:00}, {@code 2015-10-22T15:59:00-04:00}.
 */
public record NewsDate(LocalDate date, LocalTime time, ZoneOffset offset) implements Comparable<NewsDate> {

    public NewsDate {
        Objects.requireNonNull(date, "date");
        if (time == null && offset != null) {
            throw new IllegalArgumentException("a UTC offset needs a time of day");
        }
    }

    public static NewsDate of(LocalDate date) {
        return new NewsDate(date, null, null);
    }

    /** Parses the ISO forms written by {@link #toString()}. */
    public static NewsDate parse(String text) {
        String s = text.strip();
        try {
            if (s.length() <= 10) {
                LocalDate plain = plainDate(s);
                return of(plain != null ? plain : LocalDate.parse(s));
            }
            int t = s.indexOf('T');
            if (t < 0) {
                throw new DateTimeParseException("expected yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss][offset]", s, 0);
            }
            LocalDate date = LocalDate.parse(s.substring(0, t));
            String rest = s.substring(t + 1);
            int zoneAt = zoneStart(rest);
            LocalTime time = LocalTime.parse(zoneAt < 0 ? rest : rest.substring(0, zoneAt));
            ZoneOffset offset = zoneAt < 0 ? null : ZoneOffset.of(rest.substring(zoneAt));
            return new NewsDate(date, time, offset);
        } catch (DateTimeParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DateTimeParseException(e.getMessage(), s, 0, e);
        }
    }

    /**
     * A date written as {@code yyyy-MM-dd} with a day that exists, read by hand; null for anything
     * else, which {@link LocalDate#parse} then reads or refuses with its own message. A load reads
     * thousands of news dates, and the formatter's general parser was 5 % of it. The month's length
     * is asked of {@code Month}, not {@code YearMonth}: the latter's first use builds its parser.
     * The export reads its dates so too ({@code site.IsoDates}).
     */
    public static LocalDate plainDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell, or -1 if one is not a digit. */
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

    private static int zoneStart(String timeAndZone) {
        for (int i = 0; i < timeAndZone.length(); i++) {
            char c = timeAndZone.charAt(i);
            if (c == '+' || c == '-' || c == 'Z') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int compareTo(NewsDate other) {
        // Written out, not a Comparator chain: that chain's three lambdas were made at run time by every
        // export (the class archive did not hold them), on the reader's thread while the portfolio is read.
        int byDate = date.compareTo(other.date);
        if (byDate != 0) {
            return byDate;
        }
        if (time == null) {
            return other.time == null ? 0 : -1;
        }
        return other.time == null ? 1 : time.compareTo(other.time);
    }

    @Override
    public String toString() {
        if (time == null) {
            return date.toString();
        }
        String t = time.format(DateTimeFormatter.ISO_LOCAL_TIME);
        return date + "T" + t + (offset == null ? "" : offset.getId().equals("Z") ? "Z" : offset.getId());
    }
}
