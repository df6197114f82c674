package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The feed's ids and times, made without the JDK's per-call look-ups, are the ones those calls gave. */
class FeedsTest {

    @Test
    void nameUuidsFromOneDigestAreTheJdksNameUuids() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        Random random = new Random(21);
        for (int run = 0; run < 2_000; run++) {
            byte[] name = new byte[random.nextInt(40)];
            random.nextBytes(name);
            assertThat(Feeds.nameUuid(md5, name)).isEqualTo(UUID.nameUUIDFromBytes(name));
        }
        byte[] news = "news:news-0".getBytes(StandardCharsets.UTF_8);
        assertThat(Feeds.nameUuid(md5, news)).isEqualTo(UUID.nameUUIDFromBytes(news));
    }

    @Test
    void midnightOfADaysTextIsTheTimestampOfTheDay() {
        Random random = new Random(21);
        List<LocalDate> days = new java.util.ArrayList<>(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(1999, 12, 31),
                LocalDate.of(10_000, 3, 4), LocalDate.of(-1, 6, 7), LocalDate.of(0, 2, 29), LocalDate.MIN, LocalDate.MAX));
        for (int i = 0; i < 500; i++) {
            days.add(LocalDate.ofEpochDay(random.nextLong(-1_000_000, 1_000_000)));
        }
        for (LocalDate day : days) {
            assertThat(Feeds.midnight(day.toString())).as(day.toString()).isEqualTo(Feeds.timestamp(day));
        }
        assertThat(Feeds.midnight("2026-10-28")).isEqualTo("2026-10-28T00:00:00Z");
    }

    @Test
    void entriesWithoutABaseUrlKeepTheirNameBasedIds() {
        Feeds feeds = new Feeds("Site", "Ada", "", LocalDate.of(2026, 1, 1));
        String atom = feeds.atom(List.of());
        assertThat(atom).contains("<id>urn:uuid:" + UUID.nameUUIDFromBytes("site:Site".getBytes(StandardCharsets.UTF_8))
                + "</id>").contains("<updated>2026-01-01T00:00:00Z</updated>");
    }
}
