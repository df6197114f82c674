package org.scholarfolio.site;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Choices for one export. {@code baseUrl} overrides the portfolio's own site address when not
 * blank (e.g. a preview host); {@code lastUpdated} is the date printed in the footer.
 */
public record ExportOptions(String baseUrl, LocalDate lastUpdated, String theme, int threads) {
    public ExportOptions {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        theme = theme == null || theme.isBlank() ? "default" : theme.strip();
        threads = Math.max(1, threads);
    }

    public static ExportOptions defaults() {
        return new ExportOptions("", LocalDate.now(), "default",
                Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public ExportOptions withBaseUrl(String url) {
        return new ExportOptions(url, lastUpdated, theme, threads);
    }

    public ExportOptions withLastUpdated(LocalDate date) {
        return new ExportOptions(baseUrl, date, theme, threads);
    }
}
