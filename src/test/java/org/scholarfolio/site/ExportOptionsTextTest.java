package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ExportOptions' text is part of an export's input fingerprint: written by hand, as a record writes it. */
class ExportOptionsTextTest {
    @Test
    void readsAsARecordsOwnText() {
        ExportOptions options = new ExportOptions(" https://a.example/ ", LocalDate.of(2026, 12, 4), null, 2);
        assertThat(options).hasToString("ExportOptions[baseUrl=https://a.example/, lastUpdated=2026-12-04, theme=default, threads=2]");
        assertThat(new ExportOptions(null, LocalDate.of(2025, 1, 31), "dark", 0))
                .hasToString("ExportOptions[baseUrl=, lastUpdated=2025-01-31, theme=dark, threads=1]");
    }
}
