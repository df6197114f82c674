package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void valuesCannotCloseTheScriptElement() {
        String json = JsonText.write(JsonText.object("name", "</script><script>alert(1)</script>"));
        assertThat(json).doesNotContain("</").doesNotContain("<").contains("\\u003c/script\\u003e");
    }

    @Test
    void membersKeepTheirOrderAndQuotesAreEscaped() {
        String json = JsonText.write(JsonText.object("b", 1, "a", List.of("x\"y", true), "c", null));
        assertThat(json).isEqualTo("{\"b\":1,\"a\":[\"x\\\"y\",true],\"c\":null}");
    }

    @Test
    void lineSeparatorsAndControlCharactersAreEscaped() {
        assertThat(JsonText.write("a\u2028b\u0001c\n")).isEqualTo("\"a\\u2028b\\u0001c\\n\"");
    }
}
