package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** kramdown's dashes, ellipses, smart quotes and guillemets, written in at import and escaped at export. */
class KramdownTypographyTest {
    @Test
    void dashesEllipsesAndQuotesBecomeWhatTheLiveSiteShowed() {
        KramdownTypography.Result r = KramdownTypography.toUnicode(
                "Pages 3--7 --- \"quoted\" and 'single', it's the '90s... ok");
        assertThat(r.text()).isEqualTo("Pages 3\u20137 \u2014 \u201Cquoted\u201D and \u2018single\u2019, it\u2019s the"
                + " \u201990s\u2026 ok");
        assertThat(r.dashes()).isEqualTo(2);
        assertThat(r.ellipses()).isEqualTo(1);
        assertThat(r.quotes()).isEqualTo(6);
    }

    @Test
    void codeMathAddressesHtmlAndLiquidStayAsWritten() {
        String kept = String.join("\n",
                "Run `a--b \"x\"` and ``c...d``, $x--y$ or $$a'$$, see [it's](https://x.org/a--b \"t's\") at"
                        + " https://y.org/a--b...c <a href=\"/x--y\" title='q'>x</a> <code>p--q</code> {{ \"a--b\" }}",
                "",
                "```",
                "code -- \"kept\"",
                "```",
                "",
                "<div class=\"note\">",
                "raw -- \"html\"",
                "</div>",
                "",
                "    indented -- code",
                "",
                "---",
                "",
                "| a | b |",
                "|---|:--:|",
                "[ref]: https://z.org/a--b \"ti--tle\"",
                "",
                "<!-- a -- comment -->");
        KramdownTypography.Result r = KramdownTypography.toUnicode(kept);
        assertThat(r.text()).isEqualTo(kept.replace("[it's]", "[it\u2019s]"));
    }

    @Test
    void theExportsEscapesReadBackAsTheSameText() {
        String text = "3--7 --- \"q\" 'it's'... `a--b` [x](https://x.org/a--b) <em title=\"a--b\">--</em>";
        String escaped = KramdownTypography.escaped(text);
        assertThat(escaped).contains("3-\\-7", "\\\"q\\\"", "\\'it\\'s\\'", ".\\.\\.", "`a--b`", "(https://x.org/a--b)",
                "title=\"a--b\"");
        KramdownTypography.Result back = KramdownTypography.toUnicode(escaped);
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.changes()).isZero();
    }

    @Test
    void doubledAngleBracketsBecomeGuillemetsAsKramdownShowsThem() {
        KramdownTypography.Result r = KramdownTypography.toUnicode(
                "Le projet <<Atlas>> et << Bora >>, a `x >> 2` shift, $a << b$ and <em>x</em>\n> > quoted >>here");
        assertThat(r.text()).isEqualTo("Le projet \u00ABAtlas\u00BB et \u00AB\u00A0Bora\u00A0\u00BB, a `x >> 2` shift,"
                + " $a << b$ and <em>x</em>\n> > quoted\u00A0\u00BBhere");
        assertThat(r.guillemets()).isEqualTo(5);
    }

    @Test
    void guillemetsTheExportEscapesReadBackAsTheSameText() {
        String text = "a << b and c >> d\n>> a nested quote";
        String escaped = KramdownTypography.escaped(text);
        assertThat(escaped).isEqualTo("a \\<< b and c \\>> d\n>> a nested quote");
        KramdownTypography.Result back = KramdownTypography.toUnicode(escaped);
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.changes()).isZero();
    }

    @Test
    void anEscapeThatStopsAListStaysEscaped() {
        assertThat(KramdownTypography.toUnicode("1\\. not a list\n\\- not an item").text())
                .isEqualTo("1\\. not a list\n\\- not an item");
    }

    @Test
    void anHtmlCommentOverSeveralParagraphsStaysAsTypedUpToItsEnd() {
        // an about page's note to its owner, a blank line inside; made "–>", its end would close nothing
        // and the text after it would vanish into the comment on the exported page
        String text = "Before -- the note.\n\n<!--\nA note to myself -- change this...\n\nSecond paragraph, \"quoted\".\n-->\n\n"
                + "After the note -- we study tides.\n\nText <!-- an inline\n\nnote -- here --> and 'more'.";
        assertThat(KramdownTypography.toUnicode(text).text()).isEqualTo("Before \u2013 the note.\n\n<!--\nA note to myself"
                + " -- change this...\n\nSecond paragraph, \"quoted\".\n-->\n\nAfter the note \u2013 we study tides.\n\n"
                + "Text <!-- an inline\n\nnote -- here --> and \u2018more\u2019.");
    }

    @Test
    void anHtmlTagWhoseAttributesGoOnPastItsLineKeepsItsQuotes() {
        // a news item's star button: curly, the quotes of its second and third lines ended no value and the
        // exported page showed the tag as text
        String text = "Get the code:\n\n<a class=\"github-button\" href=\"https://github.com/example/sim\"\n"
                + "   data-icon=\"octicon-star\" data-show-count=\"true\"\n   aria-label=\"Star it\">the \"sim\" code</a> -- free.\n\n"
                + "Then \"quoted\" again.";
        assertThat(KramdownTypography.toUnicode(text).text()).isEqualTo("Get the code:\n\n<a class=\"github-button\""
                + " href=\"https://github.com/example/sim\"\n   data-icon=\"octicon-star\" data-show-count=\"true\"\n"
                + "   aria-label=\"Star it\">the \u201csim\u201d code</a> \u2013 free.\n\nThen \u201cquoted\u201d again.");
    }
}
