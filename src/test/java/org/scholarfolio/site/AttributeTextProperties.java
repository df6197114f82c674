package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * An attribute's value reads as jsoup's tokeniser reads it in an attribute: the references the site writes,
 * and their neighbours that only the tokeniser knows (named entities with and without their semicolon,
 * hexadecimal, out of range and control references, a lone ampersand, white space the parser treats specially).
 */
class AttributeTextProperties {
    private static final List<String> PARTS = List.of("default-src 'none'", "&#39;self&#39;", "; img-src ", "&amp;", "&lt;",
            "&gt;", "&quot;", "&#34;", "&#039;", "&#32;", "&#126;", "&#127;", "&#31;", "&#0;", "&#9;", "&#10;", "&#128;", "&#150;",
            "&#1234567;", "&#x27;", "&#X41;", "&apos;", "&nbsp;", "&copy", "&amp", "&ampx;", "&lt=", "&notin;", "&not",
            "&AMP;", "&", "&;", "&#;", "&#x;", ";", "#", "x", "1", "=", "-", "_", "https://x.test/a?b=1&c=2", "../img.png",
            "\u0000", "\r\n", "\r", "\t", "\u00E9", "\uD83D\uDE00", " ");

    @Provide
    Arbitrary<String> written() {
        return Arbitraries.of(PARTS).list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    @Property
    void readsAsJsoupReadsAnAttribute(@ForAll("written") String written) {
        assertThat(AttributeText.of(written)).as(written).isEqualTo(Parser.unescapeEntities(written, true));
    }

    @Test
    void thePoliciesQuotesAndAnAddressesAmpersandsAreRead() {
        assertThat(AttributeText.of("default-src &#39;none&#39;; img-src &#39;self&#39;"))
                .isEqualTo("default-src 'none'; img-src 'self'");
        assertThat(AttributeText.of("https://x.test/?a=1&amp;b=&quot;2&quot;")).isEqualTo("https://x.test/?a=1&b=\"2\"");
        assertThat(AttributeText.of("../assets/photo.png")).isEqualTo("../assets/photo.png");
    }
}
