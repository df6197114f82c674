package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bib button, the abstract and the metric badges appear as al-folio shows them: only when asked for. */
class PublicationExtrasTest {
    @TempDir
    static Path temp;
    static Path portfolioDir;
    static Path out;

    @BeforeAll
    static void export() throws IOException {
        portfolioDir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        out = temp.resolve("site");
        new SiteExporter().export(FixturePortfolio.portfolio(), portfolioDir, FixturePortfolio.options(), out);
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void bibButtonOnlyForPublicationsThatAskForIt() throws IOException {
        for (String path : new String[] {"publications/index.html", "index.html"}) {
            Document doc = page(out, path);
            assertThat(doc.select("#pub-zhang2024unlearn details.bib pre").text()).as(path)
                    .startsWith("@inproceedings{zhang2024unlearn,");
        }
        assertThat(page(out, "publications/index.html").select("#pub-zhang2022bilevel details.bib")).isEmpty();
    }

    @Test
    void abstractButtonOnlyWhenThereIsAnAbstract() throws IOException {
        Document pubs = page(out, "publications/index.html");
        assertThat(pubs.select("#pub-zhang2024unlearn details.abstract")).hasSize(1);
        assertThat(pubs.select("#pub-zhang2022bilevel details.abstract")).isEmpty();
        assertThat(page(out, "publications/zhang2022bilevel.html").select(".abstract-full")).isEmpty();
    }

    @Test
    void paperPageAlwaysShowsAbstractAndBibtexInFullWithoutButtons() throws IOException {
        Document paper = page(out, "publications/zhang2022bilevel.html");
        assertThat(paper.select("section.bibtex pre").text()).startsWith("@article{zhang2022bilevel,");
        assertThat(paper.select("main details")).isEmpty();
        Document asked = page(out, "publications/zhang2024unlearn.html");
        assertThat(asked.select("section.bibtex pre")).hasSize(1);
        assertThat(asked.select(".abstract-full strong").text()).isEqualTo("SalUn");
        assertThat(asked.select("details.bib, details.abstract")).isEmpty();
    }

    @Test
    void metricBadgesLinkToThePaperAtEachService() throws IOException {
        Document pubs = page(out, "publications/index.html");
        assertThat(pubs.select("#pub-zhang2022bilevel .metrics a").eachAttr("href")).containsExactly(
                "https://www.altmetric.com/details/doi/10.1000/xyz123",
                "https://badge.dimensions.ai/details/id/pub.1234567890",
                "https://scholar.google.com/citations?view_op=view_citation&hl=en&user=abc123"
                        + "&citation_for_view=abc123:u5HHmVD_uO8C",
                "https://inspirehep.net/literature/1234567");
        assertThat(pubs.select("#pub-zhang2022bilevel .metrics a").eachText())
                .containsExactly("Altmetric", "Dimensions", "Scholar", "INSPIRE");
        assertThat(pubs.select("#pub-zhang2022bilevel .metrics a[title]")).hasSize(4);
        assertThat(pubs.select("#pub-zhang2024unlearn .metrics")).isEmpty();
        assertThat(pubs.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("../assets/"));
    }

    @Test
    void noMetricBadgesWhenTheSiteSwitchIsOff() throws IOException {
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withSite(portfolio.site().toBuilder().showMetricBadges(false).build());
        Path off = temp.resolve("badges-off");
        new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), off);
        assertThat(page(off, "publications/index.html").select(".metrics")).isEmpty();
        assertThat(page(off, "publications/zhang2022bilevel.html").select(".metrics")).isEmpty();
    }

    @Test
    void annotationStartingWithAnAuthorMarkIsTextNotAList() throws IOException {
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withPublications(portfolio.publications().stream()
                .map(p -> p.toBuilder().annotation("* Equal contribution\n† Corresponding author").build()).toList());
        Path site = temp.resolve("annotated");
        new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), site);
        Document pubs = page(site, "publications/index.html");
        assertThat(pubs.select("#pub-zhang2022bilevel .annotation").text())
                .isEqualTo("* Equal contribution † Corresponding author");
        assertThat(pubs.select(".annotation ul")).isEmpty();
    }
}
