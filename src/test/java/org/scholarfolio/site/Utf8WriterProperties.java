package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scholarfolio.markdown.HtmlCharacters;

/** A page written through {@link Utf8Writer} has the bytes its whole text has in UTF-8, however it was cut into writes. */
class Utf8WriterProperties {
    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().ascii(), Arbitraries.chars().range('\u0080', '\u07FF'),
                Arbitraries.chars().range('\u0800', '\uFFFF'), Arbitraries.chars().range('\uD800', '\uDFFF'),
                Arbitraries.of('\uD83D', '\uDE00', '\u00E9', '<', '&', '>', '"', '\''));
        return chars.list().ofMaxSize(40).map(cs -> {
            StringBuilder s = new StringBuilder();
            cs.forEach(s::append);
            return s.toString();
        }).list().ofMaxSize(10);
    }

    @Property
    void writesGiveTheBytesOfTheWholeTextInUtf8(@ForAll("pieces") List<String> pieces) {
        Utf8Writer out = new Utf8Writer(4);
        int way = 0;
        for (String piece : pieces) {
            switch (way++ % 3) {
                case 0 -> out.write(piece);
                case 1 -> out.write(piece.toCharArray(), 0, piece.length());
                default -> piece.chars().forEach(out::write);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(String.join("", pieces).getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void escapedWritesGiveTheBytesOfTheEscapedTextInUtf8(@ForAll("pieces") List<String> pieces) {
        Utf8Writer out = new Utf8Writer(4);
        StringBuilder whole = new StringBuilder();
        int way = 0;
        for (String piece : pieces) {
            if (way++ % 2 == 0) {
                out.writeEscaped(piece);
                String escaped = piece.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                        .replace("'", "&#39;");
                // a character no page may hold is shown as U+FFFD
                escaped.chars().forEach(c -> whole.append(HtmlCharacters.forbidden((char) c) ? "&#xFFFD;" : String.valueOf((char) c)));
            } else {
                out.write(piece);
                whole.append(piece);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmojiSplitBetweenTwoWritesIsOneCharacterAndALoneHalfIsAQuestionMark() {
        Utf8Writer out = new Utf8Writer(1);
        out.write("a\uD83D");
        out.write("\uDE00b\uD83D");

        assertThat(out.toByteArray()).isEqualTo("a\uD83D\uDE00b?".getBytes(StandardCharsets.UTF_8));
        out.reset();
        out.write("\uDE00\u00E9");
        assertThat(out.toByteArray()).isEqualTo("?\u00E9".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A long text is escaped from its UTF-8 bytes: the characters a page may not hold beyond ASCII (the C1 controls,
     * the noncharacters) are found by their bytes, and their neighbours in the same rows of the tables are kept.
     */
    @Test
    void aLongTextsCharactersBeyondAsciiAreEscapedAsOneByOne() {
        String edges = "\u007E\u007F\u0080\u009F\u00A0\u00FF\u0100\u07FF\u0800\uFDCF\uFDD0\uFDEF\uFDF0\uFFBF\uFFFD\uFFFE\uFFFF"
                + "\uD83D\uDE00\uD800\uDC00<&>\"'\u0000\t";
        java.util.Random random = new java.util.Random(36);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder("a long enough text: ");
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(edges.charAt(random.nextInt(edges.length())));
            }
            if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                text.append('z');
            }
            String t = text.toString();
            Utf8Writer whole = new Utf8Writer(4);
            whole.writeEscaped(t);
            // a character at a time: each write too short for the UTF-8 way, a pair split between two writes
            Utf8Writer oneByOne = new Utf8Writer(4);
            for (char c : t.toCharArray()) {
                oneByOne.writeEscaped(String.valueOf(c));
            }
            assertThat(whole.toByteArray()).as(t).isEqualTo(oneByOne.toByteArray());
        }
    }
}
