package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which link addresses the allow-list keeps as written: a web or mail address, or one with a path, only when every
 * character is printable ASCII other than the backslash. The edges of that test: the space and what lies below it,
 * the backslash, DEL and the first character beyond ASCII, each at the end of an address that is otherwise kept.
 */
class KeptAsWrittenTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            https://example.org/paper.pdf      | true
            mailto:ada@example.org             | true
            papers/one.pdf                     | true
            https://example.org/~me/!$&*+,;=@  | true
            "https://example.org/a b"          | false
            "mailto:ada@example.org\t"         | false
            https://example.org/a\\b           | false
            mailto:ada@example.org\\           | false
            papers/one\\.pdf                   | false
            https://example.org/zé             | false
            mailto:zoë@example.org             | false
            papers/é.pdf                       | false
            """)
    void keepsPrintableAsciiOnly(String href, boolean kept) {
        assertThat(AllowListedHtml.keptAsWritten(unescape(href))).as(href).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://example.org/, 127
            https://example.org/, 31
            mailto:a@example.org, 127
            mailto:a@example.org, 0
            papers/one, 127
            papers/one, 128
            """)
    void dropsControlsAndDelete(String prefix, int code) {
        assertThat(AllowListedHtml.keptAsWritten(prefix + (char) code)).isFalse();
        assertThat(AllowListedHtml.keptAsWritten(prefix + "~")).isTrue();
    }

    /** The table's {@code \t} and {@code \\} as the characters they name. */
    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\\\", "\\");
    }
}
