package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The footer date told through TimeZone is java.time's date in the computer's zone. */
class ExportOptionsDateTest {
    @Test
    void agreesWithJavaTimeAroundMidnightsAndDaylightSavingChanges() {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"UTC", "Pacific/Auckland", "America/St_Johns", "Asia/Kathmandu",
                    "Europe/Berlin", "Pacific/Kiritimati", "America/Los_Angeles"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                long start = Instant.parse("2024-03-09T00:00:00Z").toEpochMilli();
                for (long millis = start; millis < start + 400L * 24 * 3600 * 1000; millis += 37 * 60 * 1000 + 17) {
                    assertThat(ExportOptions.localDate(millis)).as("%s at %d", zone, millis)
                            .isEqualTo(LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneId.of(zone)));
                }
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
