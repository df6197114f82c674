package org.scholarfolio.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Choices for one export. {@code baseUrl} overrides the portfolio's own site address when not
 * blank (e.g. a preview host); {@code lastUpdated} is the date printed in the footer and the
 * feed. It belongs to the content, not to the export: every page carries it, so a date that
 * changed with the clock would rewrite the whole site on the first export of each day.
 */
public record ExportOptions(String baseUrl, LocalDate lastUpdated, String theme, int threads) {
    public ExportOptions {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        theme = theme == null || theme.isBlank() ? "default" : theme.strip();
        threads = Math.max(1, threads);
    }

    /**
     * As a record's own (it is part of an export's input fingerprint), joined by hand: Java 17 makes
     * a record's first {@code toString} through method handles and {@code String.format}, which
     * cost an unchanged export's fresh process about a tenth of its processor time.
     */
    @Override
    public String toString() {
        return new StringBuilder("ExportOptions[baseUrl=").append(baseUrl).append(", lastUpdated=").append(lastUpdated)
                .append(", theme=").append(theme).append(", threads=").append(threads).append(']').toString();
    }

    /** Today's date as {@code lastUpdated}: for content that has no saved file (yet). */
    public static ExportOptions defaults() {
        return new ExportOptions("", localDate(System.currentTimeMillis()), "default",
                Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** The defaults, dated the day {@code portfolioFile} last changed. */
    public static ExportOptions forSavedPortfolio(Path portfolioFile) throws IOException {
        return defaults().withLastUpdated(lastModifiedDate(portfolioFile));
    }

    /** The day a file was last modified, in this computer's time zone. */
    public static LocalDate lastModifiedDate(Path file) throws IOException {
        return localDate(Files.getLastModifiedTime(file).toMillis());
    }

    /**
     * The date at an instant in this computer's time zone. Told through {@link TimeZone}, not
     * {@code ZoneId.systemDefault()}: java.time's zone rules first look for a replacement provider
     * in every jar on the class path, a third of a second of a fresh process's start, and an
     * unchanged export needs nothing else from java.time.
     */
    static LocalDate localDate(long epochMillis) {
        int offsetSeconds = TimeZone.getDefault().getOffset(epochMillis) / 1000;
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    public ExportOptions withBaseUrl(String url) {
        return new ExportOptions(url, lastUpdated, theme, threads);
    }

    public ExportOptions withLastUpdated(LocalDate date) {
        return new ExportOptions(baseUrl, date, theme, threads);
    }
}
