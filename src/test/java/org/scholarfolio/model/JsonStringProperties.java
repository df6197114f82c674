package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Text#appendJsonString}: a literal any JSON reader reads back as the text, safe inside a script element. */
class JsonStringProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.chars().ascii(), Arbitraries.chars().range('\u0000', '\u001F'),
                Arbitraries.chars().range('\u0080', '\uFFFF'), Arbitraries.of('"', '\\', '<', '>', '&', '\u2028', '\u2029',
                        '\uD83D', '\uDE00', '/'))
                .list().ofMaxSize(30).map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    @Property
    void theLiteralReadsBackAsTheTextAndHoldsNothingThatEndsAScript(@ForAll("texts") String text) throws Exception {
        StringBuilder literal = new StringBuilder();
        Text.appendJsonString(literal, text);

        assertThat(JSON.readValue(literal.toString(), String.class)).isEqualTo(text);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            assertThat(c < 0x20 || "<>&\u2028\u2029".indexOf(c) >= 0).as(literal.toString()).isFalse();
            if (Character.isHighSurrogate(c)) {
                assertThat(Character.isLowSurrogate(literal.charAt(i + 1))).as(literal.toString()).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as(literal.toString()).isFalse();
            }
        }
    }

    @Test
    void plainRunsStayAsTheyAreAndEverythingElseIsEscaped() {
        StringBuilder literal = new StringBuilder();
        Text.appendJsonString(literal, "A \"b\" \\ </script> \u00E9\uD83D\uDE00\n\uDE00\u2028");

        assertThat(literal.toString()).isEqualTo(
                "\"A \\\"b\\\" \\\\ \\u003c/script\\u003e \u00E9\uD83D\uDE00\\n\\ude00\\u2028\"");
    }
}
