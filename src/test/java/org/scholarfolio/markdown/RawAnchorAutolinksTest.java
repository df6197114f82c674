package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RawAnchorAutolinksTest {
    private final MarkdownRenderer renderer = MarkdownRenderer.shared();

    @Test
    void addressInsideAHandWrittenMailtoAnchorIsNotLinkedAgain() {
        String html = renderer.renderInline(
                "<a href=\"mailto: stingo@example.org\">stingo@example.org</a>").html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a")).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("stingo@example.org");
            assertThat(a.attr("href")).contains("stingo@example.org");
        });
    }

    @Test
    void urlsOutsideTheAnchorAreStillAutolinked() {
        String html = renderer.render("""
                Mail <A HREF='mailto:me@example.org'>me@example.org</A> or see https://example.org/me
                """).html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a")).hasSize(2);
        assertThat(doc.select("a").get(0).text()).isEqualTo("me@example.org");
        assertThat(doc.select("a").get(1).attr("href")).isEqualTo("https://example.org/me");
    }
}
