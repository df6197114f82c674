package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scholarfolio.markdown.MarkdownRenderer;

/**
 * HTML in al-folio bodies as kramdown renders it, checked through the one Markdown renderer the
 * preview and the export share: no code box of tags, Markdown inside markdown="1", no attribute lists.
 */
class KramdownHtmlTest {
    private static String html(String markdown) {
        return MarkdownRenderer.shared().render(KramdownHtml.toCommonMark(markdown)).html();
    }

    @Test
    void anIndentedHtmlBlockWithBlankLinesStaysHtmlNotACodeBox() {
        String bio = """
                <div class="row">

                    <div class="col">
                        <p>I study <b>proteins</b>.</p>
                    </div>

                    <div class="col">
                        <p>And their folds.</p>
                    </div>
                </div>

                After the block, **Markdown** again.""";
        String out = html(bio);
        assertThat(out).doesNotContain("<pre>").doesNotContain("&lt;div");
        assertThat(out).contains("<p>I study <b>proteins</b>.</p>").contains("<p>And their folds.</p>");
        assertThat(out).contains("<p>After the block, <strong>Markdown</strong> again.</p>");
    }

    @Test
    void markdownOneMakesTheInsideMarkdown() {
        String out = html("""
                <div markdown="1" class="note">
                    Read the **notes** and [the tables](tables.pdf).
                </div>""");
        assertThat(out).contains("<strong>notes</strong>").contains("href=\"tables.pdf\">the tables</a>")
                .doesNotContain("markdown=").doesNotContain("<pre>");
    }

    @Test
    void markdownOneOnAColumnInsideARowMakesTheColumnsInsideMarkdown() {
        // a Bootstrap row of columns: only the columns carry markdown="1", as kramdown allows
        String out = html("""
                ### Software
                <div class="row">
                  <div class="col-md-8" markdown="1">
                  A simulator for **"TIDE: tidal data explorer"**.
                  </div>

                  <div class="col-md-4" markdown="1"><a class="button" href="https://example.org/tide"
                        aria-label="tide on the web">example/tide</a>
                  </div>
                </div>

                <div class="row">
                      <div class="col-md-8" markdown="1">
                      A *faster* solver.
                      </div>
                </div>""");
        assertThat(out).contains("<strong>\"TIDE: tidal data explorer\"</strong>")
                .contains("<em>faster</em>").doesNotContain("**").doesNotContain("<pre>").doesNotContain("&lt;div")
                .doesNotContain("markdown=");
        assertThat(out).contains("href=\"https://example.org/tide\"").contains(">example/tide</a>").doesNotContain("&gt;");
    }

    @Test
    void preformattedTextInsideARawBlockKeepsItsIndentation() {
        String out = html("""
                <div class="row">
                  <div class="col" markdown="1">
                <pre>
                    indented output
                </pre>
                  </div>
                </div>""");
        assertThat(out).contains("    indented output");
    }

    @Test
    void attributeListsAreNeverShownAndAnImagesListIsApplied() {
        String out = html("""
                ![portrait](assets/img/me.jpg){: .img-fluid .rounded width="50%"}

                A paragraph.
                {:.lead}

                ![map](assets/img/map.png "Where we are"){:style="width: 320px; float: right" #map}

                {: .text-center}
                Centred text.""");
        assertThat(out).doesNotContain("{:").contains("<p>A paragraph.</p>").contains("<div class=\"text-center\">\n<p>Centred text.</p>\n</div>");
        assertThat(out).contains("<img src=\"assets/img/me.jpg\" alt=\"portrait\" width=\"50%\" class=\"img-fluid rounded\" loading=\"lazy\" decoding=\"async\">");
        assertThat(out).contains("<img src=\"assets/img/map.png\" alt=\"map\" title=\"Where we are\" width=\"320\" id=\"map\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void anOpeningTagWhoseAttributesRunOnToTheNextLinesStillCounts() {
        String out = html("""
                <section class="page">
                  <section
                    class="track"
                    id="one"
                  >
                    <header><h2>One</h2></header>

                    <p>First track.</p>
                  </section>

                  <section
                    class="track"
                  >
                    <p>Second track.</p>
                  </section>
                </section>""");
        assertThat(out).doesNotContain("<pre>").doesNotContain("&lt;").contains("<p>Second track.</p>");
    }

    @Test
    void textOutsideHtmlBlocksAndCodeFencesIsUntouched() {
        String md = "Some `code {: not an attribute}`\n\n```\n<div>\n\n    kept</div>\n```\n";
        assertThat(KramdownHtml.toCommonMark("Plain *text*\n\n    indented code\n")).isEqualTo("Plain *text*\n\n    indented code\n");
        assertThat(KramdownHtml.toCommonMark(md)).contains("```\n<div>\n\n    kept</div>\n```");
    }

    @Test
    void anUnclosedBlockIsLeftAsCommonMarkReadsIt() {
        String md = "<div>\n\nopen forever\n\n    code";
        assertThat(KramdownHtml.toCommonMark(md)).isEqualTo(md);
    }

    @Test
    void aListAfterAParagraphCentresItsMarkdownAndEndsIt() {
        String out = html("""
                We study *ice sheets* and [their flow](flow.md).
                {: .text-center}
                A new paragraph, as kramdown makes it.""");
        assertThat(out.replace(" rel=\"nofollow\"", "")).isEqualTo("<div class=\"text-center\">\n<p>We study <em>ice sheets</em> and"
                + " <a href=\"flow.md\">their flow</a>.</p>\n</div>\n<p>A new paragraph, as kramdown makes it.</p>");
    }

    @Test
    void aQuoteBoxListAndAHeadingsTrailingListAreApplied() {
        String out = html("""
                ## Openings {: .text-right #openings}

                > Two positions are open.
                > Apply by March.
                {: .block-warning}""");
        assertThat(out).contains("<div id=\"openings\" class=\"text-right\">").contains("Openings</h2>")
                .contains("<div class=\"block-warning\">\n<blockquote>\n<p>Two positions are open.\nApply by March.</p>\n</blockquote>\n</div>")
                .doesNotContain("{:");
    }

    @Test
    void listsTheSiteCannotHonourAreDroppedNeverShown() {
        String out = html("""
                See [the guide](https://example.org/){:target="_blank"} and [notes](notes.md){:style="color: black;"}.
                {: .lead style="color: red"}

                {: .text-center}

                Alone.""");
        assertThat(out.replace(" rel=\"nofollow\"", "")).isEqualTo("<p>See <a href=\"https://example.org/\">the guide</a> and <a href=\"notes.md\">notes</a>.</p>\n<p>Alone.</p>");
    }

    @Test
    void aListInFencedCodeOrInsideAnHtmlBlockIsLeftAlone() {
        String md = "```\ntext\n{: .text-center}\n```\n\n<div>\n<p>kept</p>\n</div>\n\nAfter.\n{: .text-justify}";
        assertThat(KramdownHtml.toCommonMark(md)).isEqualTo(
                "```\ntext\n{: .text-center}\n```\n\n<div>\n<p>kept</p>\n</div>\n\n<div class=\"text-justify\">\n\nAfter.\n\n</div>");
    }

    @Test
    void aLinkWhoseAddressHoldsSpacesIsALinkAsKramdownMadeIt() {
        String out = html("See [the slides](/assets/pdf/Week 1.pdf) and ![a plot](img/my plot.png \"Plot\").");
        // the export writes the address percent-encoded (site.LocalLinks); the renderer keeps it as typed
        assertThat(out).contains("<a href=\"/assets/pdf/Week 1.pdf\">the slides</a>")
                .contains("<img src=\"img/my plot.png\" alt=\"a plot\" title=\"Plot\"");
    }

    @Test
    void addressesWithoutSpacesCodeAndIndentedCodeAreLeftAlone() {
        String md = "[a](b) [c](d \"t\") `[e](f g)` [h](<i j>)\n\n    [k](l m)\n\n```\n[n](o p)\n```";
        assertThat(KramdownHtml.toCommonMark(md)).isEqualTo(md);
    }

    @Test
    void nestedParenthesesBelongToTheAddress() {
        assertThat(KramdownHtml.toCommonMark("[x](a (draft) b.pdf) after"))
                .isEqualTo("[x](<a (draft) b.pdf>) after");
    }
    @Test
    void attributeListsInsideACommentOverSeveralLinesStayInIt() {
        // a bio of 2018: a paragraph per {: .text-justify}, two of them commented out with their lists; the import
        // made <div>s of the lists inside the comment, whose closing tags the comment then hid, so the divs nested
        String md = "Welcome.\n{: .text-justify}\n<!---\nOld news.\n{: .text-justify}\n\nMore.\n{: .text-justify}\n-->\n\n"
                + "Now.\n{: .text-justify}";
        String out = KramdownHtml.toCommonMark(md);
        assertThat(out).contains("<!---\nOld news.\n{: .text-justify}\n\nMore.\n{: .text-justify}\n-->");
        assertThat(html(md)).containsSubsequence(
                "<div class=\"text-justify\">", "Welcome.", "</div>", "<div class=\"text-justify\">", "Now.", "</div>");
        assertThat(html(md).split("<div", -1)).hasSize(3);
    }
}
