package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The pages' escaping of text writes what the theme's templates wrote (unbescape's HTML 4 escaping, XML-safe). */
class HtmlTextEscapingTest {

    private static String escaped(String... pieces) {
        Utf8Writer out = new Utf8Writer(4);
        for (String piece : pieces) {
            out.writeEscaped(piece);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void markupCharactersBecomeReferences() {
        assertThat(escaped("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void textWithoutMarkupCharactersIsWrittenAsItIs() {
        String text = "Schrödinger — 😀 x² ½";
        assertThat(escaped(text)).isEqualTo(text);
    }

    @Test
    void aPairSplitBetweenAnEscapedTextAndMarkupIsNotKeptTogether() {
        Utf8Writer out = new Utf8Writer(4);
        out.writeEscaped("a\uD83D");
        out.writeAscii("<b>");
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("a?<b>");
    }

    /** Before, they were written as they were: the HTML checker's "Forbidden code point" and "Saw U+0000". */
    @Test
    void charactersNoPageMayHoldBecomeTheReplacementCharacter() {
        assertThat(escaped("a\u0000b\u0001c\u000Bd\u001Be\u007Ff\u0085g\u009Fh\uFDD0i\uFFFEj\uFFFFk"))
                .isEqualTo("a&#xFFFD;b&#xFFFD;c&#xFFFD;d&#xFFFD;e&#xFFFD;f&#xFFFD;g&#xFFFD;h&#xFFFD;i&#xFFFD;j&#xFFFD;k");
        assertThat(escaped("tab\there\nline\r\n\fform \u00A0\u00AD\uFDCF\uFDF0\uFFFD")).isEqualTo(
                "tab\there\nline\r\n\fform \u00A0\u00AD\uFDCF\uFDF0\uFFFD");
    }

    @Test
    void escapesAsTheTemplatesEngineDid() {
        String pieces = "&<>\"'&amp;&#39;;#x abcZ é€\u00A0\u2028\u0000\t\n\r\\/=`😀\uD800\uDC00\uDFFF";
        Random random = new Random(18);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String t = text.toString();
            int cut = random.nextInt(t.length() + 1);
            // but for a NUL, which no page may hold (charactersNoPageMayHoldBecomeTheReplacementCharacter)
            String expected = new String(HtmlEscape.escapeHtml4Xml(t).replace("\u0000", "&#xFFFD;")
                    .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertThat(escaped(t.substring(0, cut), t.substring(cut))).as(t).isEqualTo(expected);
        }
    }
}
