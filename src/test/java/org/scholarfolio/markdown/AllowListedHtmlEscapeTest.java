package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The escaping of text and attribute values, which copies runs of plain characters whole, escapes as a character at a time did. */
class AllowListedHtmlEscapeTest {
    /** The escaping a character at a time: markup's characters as entities, controls and lone surrogates as references. */
    private static String oneByOne(String s, int from, int to, boolean inAttribute) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '\u00A0' -> out.append("&nbsp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < ' ' || Character.isSurrogate(c)) {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void textsAndPartsOfThemAreEscapedAsACharacterAtATime() {
        String pieces = "aZ ~é\u00A0\u00FF\u0100\u2028&<>\"'\t\n\r\u0000\u0001\u001F\u007F\uD83D\uDE00\uD800\uDC00";
        Random random = new Random(36);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String t = text.toString();
            int from = t.isEmpty() ? 0 : random.nextInt(t.length());
            int to = from + random.nextInt(t.length() - from + 1);
            boolean inAttribute = random.nextBoolean();
            assertThat(AllowListedHtml.escape(t, from, to, inAttribute, new StringBuilder("x")).toString())
                    .as("%s [%d, %d) %s", t, from, to, inAttribute).isEqualTo("x" + oneByOne(t, from, to, inAttribute));
        }
    }
}
