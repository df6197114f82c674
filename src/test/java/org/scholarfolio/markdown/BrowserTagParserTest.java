package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrowserTagParserTest {
    private final MarkdownRenderer renderer = MarkdownRenderer.shared();

    private Document rendered(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html());
    }

    @Test
    void anAnchorOpenedByATypographicQuoteIsTheLinkTheResearcherMeant() {
        Document doc = rendered("The <a href=”https://example.org/course\">course page</a> has the slides.");
        assertThat(doc.select("a")).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("https://example.org/course");
            assertThat(a.text()).isEqualTo("course page");
        });
        assertThat(doc.text()).isEqualTo("The course page has the slides.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <a href=“https://example.org/c”>C</a>       | https://example.org/c
            <a href=‘https://example.org/c’>C</a>       | https://example.org/c
            <a href=https://example.org/?q=a'b>C</a>    | https://example.org/?q=a'b
            <a href="https://example.org/c"title=t>C</a> | https://example.org/c
            <a @click=x href="https://example.org/c">C</a> | https://example.org/c
            """)
    void tagsABrowserReadsAreRead(String markdown, String address) {
        assertThat(rendered(markdown).select("a")).singleElement()
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo(address));
    }

    @Test
    void aScriptAddressInTypographicQuotesIsNoLinkAndItsTextStays() {
        Document doc = rendered("<a href=”javascript:alert(1)\">Course</a>");
        assertThat(doc.select("a[href]")).isEmpty();
        assertThat(doc.text()).isEqualTo("Course");
    }

    @Test
    void aValueABrowserWouldReadToTheEndIsShownAsWrittenWithNothingLinked() {
        String markdown = "<a href=\"https://example.org/c”>Course</a> and *more* \"text\" here";
        Document doc = rendered(markdown);
        assertThat(doc.select("a, em")).isEmpty();
        assertThat(doc.text()).isEqualTo(markdown);
    }

    @Test
    void aLessThanSignInProseIsStillProse() {
        Document doc = rendered("For all i<j and *k* we have i < k.");
        assertThat(doc.select("em").text()).isEqualTo("k");
        assertThat(doc.text()).isEqualTo("For all i<j and k we have i < k.");
    }

    @Test
    void anEndTagWithAttributesEndsTheLink() {
        Document doc = rendered("<a href=\"https://example.org/\">site</a x=y> and https://example.org/next");
        assertThat(doc.select("a")).hasSize(2);
        assertThat(doc.select("a").get(0).text()).isEqualTo("site");
        assertThat(doc.text()).isEqualTo("site and https://example.org/next");
    }

    @Test
    void theTagsOfOtherElementsAreReadAsBefore() {
        assertThat(renderer.render("a <y, z> b").html()).isEqualTo("<p>a &lt;y, z&gt; b</p>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ”https://example.org/c"    | https://example.org/c
            “https://example.org/c”    | https://example.org/c
            «https://example.org/c»    | https://example.org/c
            “ /assets/cv.pdf ”         | /assets/cv.pdf
            https://example.org/?q="a" | https://example.org/?q="a"
            https://example.org/c”     | https://example.org/c”
            https://example.org/c      | https://example.org/c
            """)
    void quoteMarksAroundAnAddressAreTakenOff(String written, String address) {
        assertThat(AddressQuotes.unquoted(written)).isEqualTo(address);
    }
}
