package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 404 page a host shows for a missing address: the site's look, links that work from any depth, not indexed. */
class NotFoundPageTest {
    @TempDir
    Path temp;

    private ExportReport export(String baseUrl) throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        return new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options().withBaseUrl(baseUrl),
                temp.resolve("site"));
    }

    private Document notFound() throws IOException {
        return Jsoup.parse(temp.resolve("site/404.html").toFile(), "UTF-8");
    }

    @Test
    void withTheSitesAddressEveryLinkStartsFromItsPathOnTheHost() throws IOException {
        export("https://me.example.org/site/");
        Document page = notFound();

        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/site/assets/css/site.css");
        assertThat(page.select("script[src]").eachAttr("src")).allMatch(s -> s.startsWith("/site/assets/js/"));
        assertThat(page.select("header.top a.brand").attr("href")).isEqualTo("/site/index.html");
        assertThat(page.select("header.top .menu-wide a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/site/"));
        assertThat(page.select("main a").eachAttr("href")).containsExactly("/site/index.html", "/site/publications/index.html");
        assertThat(page.select("main h1").text()).isEqualTo("Page not found");
        assertThat(page.select("[aria-current]")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://me.example.org/,         /
            https://me.example.org/a/b/,     /a/b/
            https://me.example.org:8443/x/,  /x/
            """)
    void theRootIsThePathOfTheSitesAddress(String baseUrl, String root) {
        assertThat(Routes.notFoundRoot(baseUrl)).isEqualTo(root);
    }

    @Test
    void itAsksNotToBeIndexedHasNoCanonicalAddressAndIsInNoSitemap() throws IOException {
        export("https://me.example.org/site/");
        Document page = notFound();

        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select("meta[property=og:url]")).isEmpty();
        assertThat(page.select("html").attr("lang")).isNotBlank();
        assertThat(Files.readString(temp.resolve("site/sitemap.xml"))).contains("<loc>").doesNotContain("404");
    }

    @Test
    void withoutAnAddressItsLinksAreTheTopFoldersAndTheWarningSaysSo() throws IOException {
        ExportReport report = export("");
        Document page = notFound();

        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("assets/css/site.css");
        assertThat(page.select("main a").eachAttr("href")).containsExactly("index.html", "publications/index.html");
        assertThat(report.warnings()).filteredOn(w -> w.toString().startsWith("site.baseUrl")).singleElement()
                .asString().contains("404 page");
    }
}
