package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingIdsTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer WITH_EXTENSION = HtmlRenderer.builder()
            .extensions(List.<Extension>of(HeadingAnchorExtension.create())).build();
    private static final HtmlRenderer WITH_HEADING_IDS = HtmlRenderer.builder()
            .attributeProviderFactory(HeadingIds.FACTORY).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "# Results\n\n## Results\n\n### Results",
            "# `code` and *emphasis* in **one** heading",
            "#   Padded   \n\nSetext\n======",
            "# ...\n\n# !!!\n\n#",
            "# Über Straße — ﬁne\n\n## 数据 and ünïcödé",
            "# id\n\n# \n\n## id-1\n\n# id",
            "# A [link](https://example.org) and ![an image](a.png)",
            "Just a paragraph, no heading.",
            "- a list\n\n> # a quoted heading\n\n# after it"})
    void headingsGetTheIdsCommonmarksExtensionGives(String markdown) {
        var document = PARSER.parse(markdown);
        assertThat(WITH_HEADING_IDS.render(document)).isEqualTo(WITH_EXTENSION.render(document));
    }

    @Test
    void idsAreNumberedWithinOneRenderAndStartAfreshInTheNext() {
        var document = PARSER.parse("# Methods\n\n# Methods");
        String first = WITH_HEADING_IDS.render(document);
        assertThat(first).contains("<h1 id=\"methods\">", "<h1 id=\"methods-1\">");
        assertThat(WITH_HEADING_IDS.render(document)).isEqualTo(first);
    }

    @Test
    void theSharedRendererGivesHeadingsTheirIds() {
        String html = MarkdownRenderer.shared().render("## Selected *talks*\n\ntext\n\n## Selected talks").html();
        assertThat(html).contains("<h2 id=\"selected-talks\">", "<h2 id=\"selected-talks-1\">");
    }
}
