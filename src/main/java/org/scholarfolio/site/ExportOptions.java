package org.scholarfolio.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

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

    /** Today's date as {@code lastUpdated}: for content that has no saved file (yet). */
    public static ExportOptions defaults() {
        return new ExportOptions("", LocalDate.now(), "default",
                Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** The defaults, dated the day {@code portfolioFile} last changed. */
    public static ExportOptions forSavedPortfolio(Path portfolioFile) throws IOException {
        return defaults().withLastUpdated(lastModifiedDate(portfolioFile));
    }

    /** The day a file was last modified, in this computer's time zone. */
    public static LocalDate lastModifiedDate(Path file) throws IOException {
        return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
    }

    public ExportOptions withBaseUrl(String url) {
        return new ExportOptions(url, lastUpdated, theme, threads);
    }

    public ExportOptions withLastUpdated(LocalDate date) {
        return new ExportOptions(baseUrl, date, theme, threads);
    }
}
