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

    /** What the feed's escaping gave a character at a time: the five of markup as entities, the controls XML may not hold dropped. */
    private static String escapedOneByOne(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void textsAreEscapedAsACharacterAtATimeAndKeptAsTheyAreWhenNothingIsEscaped() {
        String pieces = "aZ ~\t\n\r\u0000\u0001\u001F\u007F\u0085é\uD83D\uDE00<>&\"'";
        Random random = new Random(36);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String t = text.toString();
            assertThat(Feeds.xml(t)).as(t).isEqualTo(escapedOneByOne(t));
        }
        String plain = "A news item, its title with nothing to escape";
        assertThat(Feeds.xml(plain)).isSameAs(plain);
    }
}
