package org.scholarfolio.ui.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.chrono.IsoChronology;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a date as people type it: ISO ({@code 1952-01-09}), the locale's own short and medium
 * forms ({@code 1/9/52}, {@code Jan 9, 1952}), and day-month-year with the month's name in English
 * or the locale's language ({@code 9 Jan 1952}, {@code 9 January 1952}). Impossible dates
 * (30 February) are refused rather than moved to another day.
 */
public final class TypedDates {
    private TypedDates() {
    }

    public static Optional<LocalDate> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip().replaceAll("\\s+", " ").replace(".", "").replace(",", ",");
        for (DateTimeFormatter f : formats(locale)) {
            try {
                return Optional.of(LocalDate.parse(typed, f));
            } catch (DateTimeParseException e) {
                // Try the next form.
            }
        }
        return Optional.empty();
    }

    private static List<DateTimeFormatter> formats(Locale locale) {
        return List.of(
                DateTimeFormatter.ISO_LOCAL_DATE,
                localized(FormatStyle.SHORT, locale),
                localized(FormatStyle.MEDIUM, locale),
                localized(FormatStyle.LONG, locale),
                pattern("d/M/uuuu", locale).withLocale(locale),
                pattern("d MMM uuuu", Locale.ENGLISH), pattern("d MMMM uuuu", Locale.ENGLISH),
                pattern("MMM d, uuuu", Locale.ENGLISH), pattern("MMMM d, uuuu", Locale.ENGLISH),
                pattern("d MMM uuuu", locale), pattern("d MMMM uuuu", locale));
    }

    private static DateTimeFormatter localized(FormatStyle style, Locale locale) {
        String p = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale);
        // A two-digit year pattern would read 52 as 2052; four digits are always accepted too.
        return pattern(p.replaceAll("y+", "uuuu").replace(".", ""), locale);
    }

    private static DateTimeFormatter pattern(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }
}
