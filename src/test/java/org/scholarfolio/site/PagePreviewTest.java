package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;

class PagePreviewTest {
    @TempDir
    Path temp;
    Path portfolioDir;
    Path staging;
    PagePreview preview;

    @BeforeEach
    void setUp() throws IOException {
        portfolioDir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        staging = temp.resolve("staging");
        preview = new PagePreview(MarkdownRenderer.shared(), staging);
    }

    private Document render(SitePage page) {
        return Jsoup.parse(preview.render(FixturePortfolio.portfolio(), portfolioDir, page));
    }

    @Test
    void homeHasTheExportedBodyAndABaseInThePortfolioFolder() throws IOException {
        Path site = temp.resolve("site");
        new SiteExporter().export(FixturePortfolio.portfolio(), portfolioDir, ExportOptions.defaults(), site);
        Document exported = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");

        Document home = render(SitePage.home());
        // The preview marks each entry with the record it shows (so it can scroll to it); the site does not.
        home.select("[data-record]").removeAttr("data-record");

        // The paper's PDF is copied beside its page at export; the preview links the portfolio's own file.
        assertThat(home.body().html()).isEqualTo(exported.body().html().replace("\"publications/zhang2024unlearn/salun.pdf\"",
                "\"" + portfolioDir.resolve("assets/salun.pdf").toUri() + "\""));
        assertThat(home.selectFirst("base").attr("href")).isEqualTo(portfolioDir.resolve("index.html").toUri().toString());
        assertThat(home.selectFirst("figure.profile img").attr("src")).isEqualTo("assets/img/me.png");
    }

    @Test
    void themeFilesAreStagedAndLinkedByAbsoluteAddress() throws IOException {
        Document page = render(SitePage.publications());

        String css = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).isEqualTo(staging.toUri() + "assets/css/site.css");
        assertThat(Files.readString(staging.resolve("assets/css/site.css"), StandardCharsets.UTF_8)).contains("--accent");
        assertThat(page.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith(staging.toUri().toString()));
    }

    @Test
    void eachKindOfPageRendersItsOwnContent() {
        assertThat(render(SitePage.publications()).select(".pub")).hasSize(2);
        assertThat(render(SitePage.news()).title()).startsWith("news");
        // news[1] has a page of its own; news[0] is inline and is shown in the list.
        assertThat(render(SitePage.newsItem(1)).select("main").text()).contains("IBM");
        assertThat(render(SitePage.newsItem(0)).title()).startsWith("news");
        assertThat(render(SitePage.page(0)).select("main h1").text()).contains("Working together");
    }

    @Test
    void missingPagesFallBackToTheAboutPage() {
        Portfolio empty = Portfolio.empty();
        Document page = Jsoup.parse(preview.render(empty, null, SitePage.publications()));
        assertThat(page.select(".menu-wide a[aria-current=page]").text()).isEqualTo("about");
        assertThat(render(SitePage.page(7)).select(".menu-wide a[aria-current=page]").text()).isEqualTo("about");
    }

    @Test
    void thePublicationsPageOfAPortfolioWithNoneSaysWhyTheSiteHasNone() {
        Portfolio empty = Portfolio.empty();
        Document page = Jsoup.parse(preview.render(empty.withProfile(empty.profile().toBuilder().bio("My own words.").build()),
                null, SitePage.publications()));
        assertThat(page.select("main #preview-no-publications h1").text()).isEqualTo("Publications");
        assertThat(page.select("main").text()).contains("no publications page yet").doesNotContain("My own words.");
        // The site's own header and menu stay around it.
        assertThat(page.select(".menu-wide a").eachText()).contains("about");
        assertThat(Jsoup.parse(preview.render(empty, null, SitePage.home())).select("#preview-no-publications")).isEmpty();
    }

    @Test
    void theNewsPageOfAPortfolioWithNoDatedNewsSaysWhyTheSiteHasNone() {
        Portfolio empty = Portfolio.empty();
        Portfolio withBio = empty.withProfile(empty.profile().toBuilder().bio("My own words.").build());
        for (SitePage news : List.of(SitePage.news(), SitePage.newsItem(0))) {
            Document page = Jsoup.parse(preview.render(withBio, null, news));
            assertThat(page.select("main #preview-no-news h1").text()).isEqualTo("News");
            assertThat(page.select("main").text()).contains("no news page yet").doesNotContain("My own words.");
            assertThat(page.select(".menu-wide a").eachText()).contains("about");
        }
        assertThat(render(SitePage.news()).select("#preview-no-news")).isEmpty();
        assertThat(Jsoup.parse(preview.render(withBio, null, SitePage.home())).select("#preview-no-news")).isEmpty();
    }
}
