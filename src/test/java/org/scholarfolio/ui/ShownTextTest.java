package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShownTextTest {
    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Elected a Fellow \uD83C\uDF89                   | Elected a Fellow :tada:
            Elected a Fellow \uD83C\uDF89\uFE0F             | Elected a Fellow :tada:
            \u2764\uFE0F Turing                             | :heart: Turing
            \uD83D\uDC4D\uD83C\uDFFD thanks                 | :thumbsup: thanks
            \uD83D\uDC4E                                   | :thumbsdown:
            \u2615 break                                    | :coffee: break
            \uD83D\uDD2A                                   | :knife:
            \uD83D\uDE45\u200D\u2642\uFE0F                   | :no_good_man:
            \uD83C\uDF4A                                   | :tangerine:
            Ranked 1\uFE0F\u20E3                            | Ranked :one:
            \uD83C\uDDEC\uD83C\uDDE7 team                   | :gb: team
            \uD83D\uDC69\u200D\uD83D\uDD2C at work           | :woman_scientist: at work
            """)
    /** The shortcode a person recognises, of an emoji's several (👍 is :+1: and :thumbsup: on GitHub). */
    void anEmojiDrawnAsAPictureIsSpelledAsItsShortcode(String text, String shown) {
        assertThat(ShownText.of(text)).isEqualTo(shown);
    }

    /** A pictograph with no GitHub shortcode still leaves no blank: its Unicode name stands there. */
    @Test
    void anEmojiWithoutAShortcodeIsSpelledAsItsName() {
        // U+1F0A1, a playing card: a pictograph GitHub names no shortcode for
        assertThat(ShownText.of("Won \uD83C\uDCA1")).isEqualTo("Won [playing card ace of spades]");
    }

    /** The text fonts draw these; they are text unless U+FE0F asks for a picture. */
    @Test
    void charactersThatAreAlsoTextStayAsTheyAre() {
        String text = "\u00A9 2026 \u2605 \u2713 \u2764 \u2014 \u201cquoted\u201d \u2026 \u00E9t\u00E9 \u8A08\u7B97 \u3072\u3089\u304C\u306A";
        assertThat(ShownText.of(text)).isEqualTo(text);
    }

    /** Ideographs past the pictographs' plane (CJK Extension B on, U+20000) are names' characters, not emoji. */
    @Test
    void ideographsOfTheSupplementaryPlanesStay() {
        String name = "\u9673\uD840\uDC00\u660E \uD842\uDFB7"; // U+20000 and U+20BB7 between common ideographs
        assertThat(ShownText.of(name)).isSameAs(name);
    }

    @Test
    void textWithoutEmojiIsTheSameString() {
        String title = "On Computable Numbers, with an Application to the Entscheidungsproblem";
        assertThat(ShownText.of(title)).isSameAs(title);
    }
}
