package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The templates' escaping writes what Pebble's own {@code html} strategy (unbescape's) wrote. */
class HtmlEscapingTest {

    @Test
    void markupCharactersBecomeReferences() {
        assertThat(HtmlEscaping.INSTANCE.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void textWithoutMarkupCharactersIsReturnedAsItIs() {
        String text = "Schrödinger — 😀 x² ½";
        assertThat(HtmlEscaping.INSTANCE.escape(text)).isSameAs(text);
    }

    @Test
    void escapesAsPebblesOwnStrategyDid() {
        String pieces = "&<>\"'&amp;&#39;;#x abcZ é€\u00A0\u2028\u0000\t\n\r\\/=`😀\uD800\uDC00\uDFFF";
        Random random = new Random(18);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String t = text.toString();
            assertThat(HtmlEscaping.INSTANCE.escape(t)).as(t).isEqualTo(HtmlEscape.escapeHtml4Xml(t));
        }
    }
}
