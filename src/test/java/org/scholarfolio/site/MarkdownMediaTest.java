package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;

/**
 * Images and embeds written in Markdown on the exported site: local images are sized, nothing
 * loads from another host unless {@code site.embedHosts} names it, and the policy says exactly that.
 */
class MarkdownMediaTest {
    @TempDir
    Path temp;

    private Portfolio portfolio(List<String> embedHosts) {
        Portfolio fixture = FixturePortfolio.portfolio();
        Portfolio p = fixture.withProfile(fixture.profile().toBuilder()
                .bio("![portrait](assets/img/me.png)\n\nI work on ML. ![diagram](assets/img/box.svg)").build());
        List<Page> pages = new ArrayList<>(p.pages());
        pages.add(new Page("talks", "Talks", 2, true, "# Talks\n\n<iframe src=\"https://www.youtube.com/embed/abc\""
                + " title=\"My talk\"></iframe>\n\n![slide](https://cdn.example.net/slide.png)", UnknownFields.NONE));
        List<NewsItem> news = new ArrayList<>(p.news());
        news.add(new NewsItem("n9", NewsDate.parse("2025-06-01"), "Poster", "![poster](./assets/img/me.png)",
                false, UnknownFields.NONE));
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.add(Publication.builder("figure2025", "article").title("With a figure").year(2025)
                .abstractText("See ![the figure](assets/img/box.svg).").build());
        return p.withPages(pages).withNews(news).withPublications(pubs)
                .withSite(p.site().toBuilder().embedHosts(embedHosts).build());
    }

    private Path export(List<String> embedHosts, List<Diagnostic> warnings) throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Files.writeString(dir.resolve("assets/img/box.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 80\"></svg>");
        Path out = temp.resolve("site-" + embedHosts.size());
        var report = new SiteExporter().export(portfolio(embedHosts), dir, FixturePortfolio.options(), out);
        warnings.addAll(report.warnings());
        return out;
    }

    private static List<Path> pages(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    private static String policy(Document doc) {
        return doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    }

    @Test
    void imagesFromMarkdownCarryTheirSizeAndOnlyTheFirstOnePageLoadsAtOnce() throws IOException {
        Path out = export(List.of(), new ArrayList<>());
        Document home = parse(out.resolve("index.html"));
        Element portrait = home.selectFirst(".bio img[alt=portrait]");
        assertThat(portrait.attr("width") + "x" + portrait.attr("height")).isEqualTo("3x2");
        assertThat(portrait.attr("loading")).isEqualTo("eager");
        Element diagram = home.selectFirst(".bio img[alt=diagram]");
        assertThat(diagram.attr("width") + "x" + diagram.attr("height")).isEqualTo("120x80");
        assertThat(diagram.attr("loading")).isEqualTo("lazy");
        assertThat(diagram.attr("decoding")).isEqualTo("async");
        Element figure = parse(out.resolve("publications/figure2025.html")).selectFirst("img[alt=the figure]");
        assertThat(figure.attr("src")).isEqualTo("../assets/img/box.svg");
        assertThat(figure.attr("width") + "x" + figure.attr("height")).isEqualTo("120x80");
        assertThat(figure.attr("loading")).isEqualTo("lazy");
        for (Path page : pages(out)) {
            for (Element img : parse(page).select("img")) {
                assertThat(img.hasAttr("width") && img.hasAttr("height")).as(page + ": " + img).isTrue();
            }
        }
    }

    @Test
    void withoutTheSettingNothingLoadsFromElsewhere() throws IOException {
        Path out = export(List.of(), new ArrayList<>());
        for (Path page : pages(out)) {
            Document doc = parse(page);
            assertThat(policy(doc)).as(page.toString()).contains("img-src 'self';").doesNotContain("https://")
                    .doesNotContain("frame-src");
            assertThat(doc.select("iframe, figure.embed")).as(page.toString()).isEmpty();
            assertThat(doc.select("img[src^=http], img[src^=//]")).as(page.toString()).isEmpty();
        }
        Document talks = parse(out.resolve("talks/index.html"));
        assertThat(talks.select("a.remote-media").eachText())
                .containsExactly("Embedded content on www.youtube.com", "slide, image on cdn.example.net");
    }

    @Test
    void anAllowedHostIsAClickToLoadEmbedAndTheOnlyOneThePolicyNames() throws Exception {
        List<Diagnostic> warnings = new ArrayList<>();
        Path out = export(List.of("www.youtube.com", "*.evil.example", "cdn.example.net:8443"), warnings);
        for (Path page : pages(out)) {
            assertThat(policy(parse(page))).as(page.toString())
                    .contains("img-src 'self' https://www.youtube.com; frame-src https://www.youtube.com;")
                    .doesNotContain("evil").doesNotContain("cdn.example.net");
        }
        Document talks = parse(out.resolve("talks/index.html"));
        Element load = talks.selectFirst("figure.embed a.embed-load");
        assertThat(load.attr("href")).isEqualTo("https://www.youtube.com/embed/abc");
        assertThat(load.text()).contains("www.youtube.com");
        assertThat(talks.select("iframe")).isEmpty();
        assertThat(talks.select("a.remote-media").eachText()).containsExactly("slide, image on cdn.example.net");
        assertThat(warnings).extracting(Diagnostic::toString)
                .anyMatch(w -> w.contains("site.embedHosts[1]") && w.contains("*.evil.example"))
                .anyMatch(w -> w.contains("site.embedHosts[2]") && w.contains("cdn.example.net:8443"));
        assertThat(HtmlChecker.errors(pages(out))).isEmpty();
    }
}
