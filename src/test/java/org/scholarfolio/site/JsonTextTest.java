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

    /** A page's script element may not hold them (the HTML checker's "Forbidden code point"); before, they were written as they were. */
    @Test
    void deleteTheC1ControlsAndNoncharactersAreEscaped() {
        assertThat(JsonText.write("a\u007Fb\u0085c\u009Fd\uFDD0e\uFFFEf")).isEqualTo("\"a\\u007fb\\u0085c\\u009fd\\ufdd0e\\ufffef\"");
    }

    @Test
    void writtenIntoAPageTheJsonIsTheStringsUtf8() {
        // Every escape, pairs whole and halved, markup, line separators, text beyond ASCII, nesting and order.
        String hostile = "A \"quoted\" \\ back</script>&<!-- \u2028\u2029\u0000\u001f\u007f\u0085\uFFFE\t\r\n é 学 😀 \uD83D x \uDE00 \uD83D\uD83D\uDE00";
        Object value = JsonText.object("@type", "ScholarlyArticle", "headline", hostile, "author",
                List.of(JsonText.object("@type", "Person", "name", "Ørsted"), JsonText.object("name", "\uDE00")),
                "pageStart", 12, "isAccessibleForFree", true, "none", null, "abstract", "plain " + hostile + " end");
        for (Object v : List.of(value, hostile, "", "\uD83D", List.of())) {
            Utf8Writer page = new Utf8Writer(8);
            page.write("<script>");
            JsonText.write(page, v);
            page.write("</script>");
            assertThat(new String(page.toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("<script>" + JsonText.write(v) + "</script>");
        }
    }
}
