package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/** A publication's own links are buttons after the nine kinds', in their order, as the other buttons. */
class OwnLinkButtonsTest {
    private static final String KEY = "zhang2024unlearn";

    @TempDir
    Path temp;

    private ExportReport export(List<OwnLink> own) throws IOException {
        Portfolio p = FixturePortfolio.portfolio();
        List<Publication> all = new ArrayList<>();
        for (Publication pub : p.publications()) {
            all.add(pub.citationKey().equals(KEY) ? pub.toBuilder().links(pub.links().withOwn(own)).build() : pub);
        }
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Files.writeString(dir.resolve("assets/talk-slides.pdf"), "%PDF-1.4\n");
        return new SiteExporter().export(p.withPublications(all), dir,
                FixturePortfolio.options().withBaseUrl(FixturePortfolio.BASE_URL), temp.resolve("site"));
    }

    private Document doc(String path) throws IOException {
        return Jsoup.parse(temp.resolve("site/" + path).toFile(), "UTF-8");
    }


    @Test
    void ownLinksFollowTheNineInTheirOrderOnTheListAndThePapersPage() throws IOException {
        export(List.of(OwnLink.of("Talk", "https://video.example.org/watch?v=1&t=2"),
                OwnLink.of("Talk slides", "talk-slides.pdf")));

        Document page = doc("publications/" + KEY + ".html");
        assertThat(page.select(".links a.btn").eachText()).containsSubsequence("PDF", "Code", "Talk", "Talk slides");
        assertThat(page.select(".links a.btn").eachText().indexOf("Talk"))
                .isGreaterThan(page.select(".links a.btn").eachText().indexOf("Code"));
        assertThat(page.select(".links a.btn:contains(Talk)").first().attr("href"))
                .isEqualTo("https://video.example.org/watch?v=1&t=2");
        // a file of the portfolio sits beside the paper's page, as its PDF does
        assertThat(page.select(".links a.btn:contains(Talk slides)").attr("href"))
                .isEqualTo("../publications/" + KEY + "/talk-slides.pdf");
        assertThat(temp.resolve("site/publications/" + KEY + "/talk-slides.pdf")).exists();
        Document list = doc("publications/index.html");
        assertThat(list.select(".links a.btn").eachText()).contains("Talk", "Talk slides");
    }

    @Test
    void labelsAndAddressesAreEscapedAndAnUnsafeAddressGetsNoButton() throws IOException {
        ExportReport report = export(List.of(OwnLink.of("<b>Talk</b> & \"more\"", "https://v.example.org/?a=\"x\"<"),
                OwnLink.of("Evil", "javascript:alert(1)"), OwnLink.of("", "https://no-label.example.org/")));

        String html = Files.readString(temp.resolve("site/publications/" + KEY + ".html"));
        Document page = Jsoup.parse(html);
        assertThat(html).doesNotContain("<b>Talk</b>").doesNotContain("javascript:").doesNotContain("no-label.example.org");
        assertThat(page.select(".links a.btn").eachText()).contains("<b>Talk</b> & \"more\"").doesNotContain("Evil");
        assertThat(report.warnings()).anyMatch(w -> w.toString().contains("ownLinks[1].url"));
    }

    @Test
    void anOwnLinkLabelledPdfIsNeverThePapersPdfForGoogleScholar() throws IOException {
        // the paper's own PDF is the Scholar tag, whatever the own links are called
        export(List.of(OwnLink.of("PDF", "talk-slides.pdf")));
        Document page = doc("publications/" + KEY + ".html");
        assertThat(page.select("meta[name=citation_pdf_url]").eachAttr("content"))
                .containsExactly(FixturePortfolio.BASE_URL + "publications/" + KEY + "/salun.pdf");

        // without a PDF of its kind, an own "PDF" button is shown but never named to Scholar
        Portfolio p = FixturePortfolio.portfolio();
        List<Publication> all = new ArrayList<>();
        for (Publication pub : p.publications()) {
            all.add(pub.citationKey().equals(KEY) ? pub.toBuilder()
                    .links(pub.links().with(org.scholarfolio.model.LinkKind.PDF, "")
                            .withOwn(List.of(OwnLink.of("PDF", "talk-slides.pdf")))).build() : pub);
        }
        Path dir = temp.resolve("portfolio");
        new SiteExporter().export(p.withPublications(all), dir,
                FixturePortfolio.options().withBaseUrl(FixturePortfolio.BASE_URL), temp.resolve("site2"));
        Document second = Jsoup.parse(temp.resolve("site2/publications/" + KEY + ".html").toFile(), "UTF-8");
        assertThat(second.select(".links a.btn").eachText()).contains("PDF");
        assertThat(second.select("meta[name=citation_pdf_url]")).isEmpty();
    }
}
