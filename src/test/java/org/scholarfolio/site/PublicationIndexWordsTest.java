package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The filter index's words, split by hand, are the words the regular expressions gave. */
class PublicationIndexWordsTest {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** How the index split words before (two regular expressions per word). */
    private static String byRegex(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String w : SPACE.split(text.toLowerCase(Locale.ROOT))) {
                String word = EDGE_PUNCTUATION.matcher(w).replaceAll("");
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return String.join(" ", words);
    }

    @Test
    void wordsAreTrimmedOfPunctuationAndKeptOnce() {
        assertThat(PublicationIndex.words("Convergence. of (SGD), convergence!", "Ⅻ ½ x² — \"quoted\"", ""))
                .isEqualTo("convergence of sgd ⅻ ½ x² quoted");
    }

    @Test
    void handSplittingMatchesTheRegularExpressions() {
        String pieces = " \t\n\u000B\f\r\u00A0\u2003.,;:!?()[]{}\"'-–—_/\\*#$%&@^~`|<>=+aZéß İ9٣Ⅻ½²𝔸😀\uD800xyz";
        Random random = new Random(18);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(pieces.length());
                text.append(Character.isHighSurrogate(pieces.charAt(at)) && at + 1 < pieces.length()
                        && Character.isLowSurrogate(pieces.charAt(at + 1)) ? pieces.substring(at, at + 2) : pieces.substring(at, at + 1));
            }
            String t = text.toString();
            assertThat(PublicationIndex.words(t, t.toUpperCase(Locale.ROOT))).as(t).isEqualTo(byRegex(t, t.toUpperCase(Locale.ROOT)));
        }
    }

    @Test
    void everyAsciiCharacterAtAWordsEndsIsKeptOrTrimmedAsTheRegularExpressionsDid() {
        for (char c = 0; c < 0x80; c++) {
            String t = c + "x" + c + " " + c + c + " y" + c + "9" + c;
            assertThat(PublicationIndex.words(t)).as("U+%04X", (int) c).isEqualTo(byRegex(t));
        }
    }

    @Test
    void textsOfThousandsOfWordsKeepEachOnceAsTheRegularExpressionsDid() {
        // More distinct words than the word table starts with room for: it grows several times.
        Random random = new Random(29);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6_000; i++) {
            text.append(Integer.toString(random.nextInt(3_000), 36)).append(i % 7 == 0 ? ". " : " ");
        }
        String t = text.toString();
        assertThat(PublicationIndex.words(t, "Extra WORDS", t)).isEqualTo(byRegex(t, "Extra WORDS", t));
    }
}
