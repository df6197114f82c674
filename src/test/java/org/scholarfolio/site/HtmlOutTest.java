package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page's pieces: markup as written, sanitised HTML as written, text escaped; blank as the templates' test was. */
class HtmlOutTest {

    @Test
    void onlyTextIsEscaped() {
        Utf8Writer bytes = new Utf8Writer(8);
        new HtmlOut(bytes).markup("<p title=\"").text("a \"b\" & <c>").markup("\">").html("<em>é</em>").text(null).html(null)
                .text(42).markup("</p>");
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("<p title=\"a &quot;b&quot; &amp; &lt;c&gt;\"><em>é</em>42</p>");
    }

    @Test
    void aPageWalkedForItsThemeIdsWritesNothingAndAFieldAboveOneOfThemGivesWay() {
        HtmlOut walk = HtmlOut.themeIdsOnly();
        walk.html("<h2 id=\"later\">L</h2>").markup("<li id=\"").id("later").markup("\">").text("x").text(7);
        Utf8Writer bytes = new Utf8Writer(8);
        walk.writingTo(bytes).html("<h2 id=\"later\">L</h2>").markup("<li id=\"").id("later").markup("\">");
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("<h2 id=\"later-1\">L</h2><li id=\"later\">");
    }

    @Test
    void aFragmentHoldingAnIdTheThemeWritesAfterItIsToldNotOneWrittenBefore() {
        HtmlOut clash = new HtmlOut(new Utf8Writer(8));
        clash.html("<h2 id=\"later\">L</h2>").markup("<li id=\"").id("later").markup("\">");
        assertThat(clash.fragmentTookAThemeId()).isTrue();
        HtmlOut before = new HtmlOut(new Utf8Writer(8));
        before.markup("<li id=\"").id("first").markup("\">").html("<h2 id=\"first\">F</h2><h2 id=\"other\">O</h2>");
        assertThat(before.fragmentTookAThemeId()).isFalse();
    }

    @Test
    void blankIsNothingButSpacesAndControlCharacters() {
        assertThat(HtmlOut.blank(null)).isTrue();
        assertThat(HtmlOut.blank("")).isTrue();
        assertThat(HtmlOut.blank(" \t\n\r\u0000\u001F")).isTrue();
        assertThat(HtmlOut.blank(" x ")).isFalse();
        // what String.trim keeps: a no-break space, a line separator
        assertThat(HtmlOut.blank("\u00A0")).isFalse();
        assertThat(HtmlOut.blank("\u2028")).isFalse();
    }
}
