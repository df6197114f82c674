package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link TextChars}: a text's characters in a scratch array, whatever the texts before it were. */
class TextCharsTest {

    @Test
    void holdsTheTextsCharactersAfterLongerAndShorterTexts() {
        TextChars chars = new TextChars();
        String huge = "é😀x".repeat(40_000); // beyond what a thread keeps
        String longer = "Schrödinger — ".repeat(50);
        String shorter = "<a>";
        for (String text : new String[] {shorter, longer, shorter, huge, shorter, longer}) {
            char[] got = chars.of(text);
            assertThat(new String(Arrays.copyOf(got, text.length()))).isEqualTo(text);
        }
    }

    @Test
    void twoInstancesDoNotShareAnArray() {
        TextChars one = new TextChars();
        TextChars other = new TextChars();
        char[] first = one.of("first");
        other.of("other");
        assertThat(new String(first, 0, 5)).isEqualTo("first");
    }
}
