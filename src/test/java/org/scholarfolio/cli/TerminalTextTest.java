package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            clear the screen        | \\u001b[2J                 | \\e[2J
            set the window's title  | \\u001b]0;owned\\u0007     | \\e]0;owned\\u0007
            C1 sequence start       | x\\u009b31my               | x\\u009B31my
            right-to-left override  | Smith\\u202e, 2020         | Smith\\u202E, 2020
            right-to-left isolate   | \\u2067name                | \\u2067name
            left-to-right mark      | a\\u200eb                  | a\\u200Eb
            lone carriage return    | done\\rfake                | done\\rfake
            delete                  | a\\u007fb                  | a\\u007Fb
            """)
    void showsWhatSteersATerminalAsAnEscape(String what, String typed, String shown) {
        String raw = unescape(typed);
        assertThat(TerminalText.escaped(raw)).isEqualTo(shown);
        StringWriter terminal = new StringWriter();
        PrintWriter writer = TerminalText.writer(new PrintWriter(terminal));
        writer.println("warning: " + raw);
        writer.flush();
        assertThat(terminal.toString()).isEqualTo("warning: " + shown + System.lineSeparator());
    }

    @Test
    void leavesOrdinaryTextTabsLineEndsAndEveryScriptAlone() {
        String text = "Ébène, Zoë\tΣ Ελληνικά, 日本語, עברית, العربية \uD83C\uDF89\r\nnext line\n";
        assertThat(TerminalText.escaped(text)).isSameAs(text);
        StringWriter terminal = new StringWriter();
        PrintWriter writer = TerminalText.writer(new PrintWriter(terminal));
        writer.print(text);
        writer.flush();
        assertThat(terminal.toString()).isEqualTo(text);
    }

    @Test
    void aCarriageReturnSplitFromItsLineFeedStaysALineEnd() {
        StringWriter terminal = new StringWriter();
        PrintWriter writer = TerminalText.writer(new PrintWriter(terminal));
        writer.print("a\r");
        writer.print("\nb\r");
        writer.flush();
        assertThat(terminal.toString()).isEqualTo("a\r\nb\\r");
    }

    /** The table's {@code \\uXXXX}, {@code \\r} as the characters they name. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && s.charAt(i + 1) == 'r') {
                out.append('\r');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
