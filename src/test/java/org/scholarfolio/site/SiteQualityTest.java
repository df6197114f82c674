package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks every exported page: valid HTML (Nu HTML Checker) and no broken internal link. */
class SiteQualityTest {
    @TempDir
    static Path temp;
    static Path out;
    static List<Path> pages;

    @BeforeAll
    static void export() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        out = temp.resolve("site");
        ExportReport report = new SiteExporter().export(FixturePortfolio.portfolio(), dir,
                FixturePortfolio.options().withBaseUrl("https://example.org/"), out);
        assertThat(report.errors()).isEmpty();
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertThat(HtmlChecker.errors(pages)).isEmpty();
    }

    @Test
    void everyPageOfBothSamplesIsValidHtml() throws Exception {
        for (String sample : List.of("alan-turing", "yihua-zhang")) {
            var loaded = org.scholarfolio.store.PortfolioStore.load(Path.of("sample-data", sample));
            Path site = temp.resolve("sample-" + sample);
            assertThat(new SiteExporter().export(loaded.portfolio(), loaded.folder(), FixturePortfolio.options(), site)
                    .errors()).isEmpty();
            List<Path> samplePages;
            try (Stream<Path> files = Files.walk(site)) {
                samplePages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            }
            assertThat(samplePages).as(sample).isNotEmpty();
            assertThat(HtmlChecker.errors(samplePages)).as(sample).isEmpty();
        }
    }

    @Test
    void aFooterWithBlocksIsStillValidHtml() throws Exception {
        // A footer is one Markdown field: a list, a quote or a raw <p> in it are blocks, which the
        // footer's line must be able to hold.
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withSite(portfolio.site().toBuilder()
                .footer("Contact:\n\n- office 3.14\n- <p>by appointment</p>\n\n> kind words").build());
        Path site = temp.resolve("footer-blocks");
        assertThat(new SiteExporter().export(portfolio, FixturePortfolio.writeAssets(temp.resolve("footer-portfolio")),
                FixturePortfolio.options(), site).errors()).isEmpty();
        Path home = site.resolve("index.html");
        assertThat(Jsoup.parse(home.toFile(), "UTF-8").select("footer li")).hasSize(2);
        assertThat(HtmlChecker.errors(List.of(home))).isEmpty();
    }

    @Test
    void aPastedLinkWithSpacesAndQuotesIsWrittenAsAValidUrl() throws Exception {
        // Pasted from a mail: the browser would encode these itself, the page must not hold them raw.
        var portfolio = FixturePortfolio.portfolio();
        var pubs = new ArrayList<>(portfolio.publications());
        pubs.set(0, pubs.get(0).toBuilder().links(new org.scholarfolio.model.PublicationLinks(
                "", "", "", "", "", "https://example.org/a b?q=\"x\"<y>", "", "", "")).build());
        Path site = temp.resolve("pasted-link");
        new SiteExporter().export(portfolio.withPublications(pubs), FixturePortfolio.writeAssets(temp.resolve("pasted")),
                FixturePortfolio.options(), site);
        Path list = site.resolve("publications/index.html");
        assertThat(Jsoup.parse(list.toFile(), "UTF-8").select(".links a.btn").eachAttr("href"))
                .contains("https://example.org/a%20b?q=%22x%22%3Cy%3E");
        assertThat(HtmlChecker.errors(List.of(list))).isEmpty();
    }

    @Test
    void aLinkWhoseHostHoldsASpaceIsLeftOutWithAWarningNamingItsField() throws Exception {
        // Percent-encoding mends a space in a path, not in a host: "https://exa%20mple.org/" is no
        // valid URL, and a browser's click on it goes nowhere.
        var portfolio = FixturePortfolio.portfolio();
        var pubs = new ArrayList<>(portfolio.publications());
        var first = pubs.get(0);
        var authors = new ArrayList<>(first.authors());
        authors.set(0, authors.get(0).withUrl("https://exa mple.org/me"));
        pubs.set(0, first.toBuilder().authors(authors).links(new org.scholarfolio.model.PublicationLinks(
                "", "", "", "", "", "https://exa mple.org/a b", "", "", "")).build());
        Path site = temp.resolve("host-with-space");
        ExportReport report = new SiteExporter().export(portfolio.withPublications(pubs),
                FixturePortfolio.writeAssets(temp.resolve("host-with-space-portfolio")), FixturePortfolio.options(), site);
        Path list = site.resolve("publications/index.html");
        Document doc = Jsoup.parse(list.toFile(), "UTF-8");
        assertThat(doc.select("a[href]").eachAttr("href")).noneMatch(href -> href.contains("mple.org"));
        assertThat(doc.select("li.pub .authors").first().text()).contains(authors.get(0).family());
        assertThat(report.warnings()).anySatisfy(w -> {
            assertThat(w.field().toString()).endsWith("].authors[0].url");
            assertThat(w.message()).contains("holds a space", "left out");
        });
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.field().toString()).endsWith("].links.code"));
        assertThat(HtmlChecker.errors(List.of(list))).isEmpty();
    }

    @Test
    void aNulBeforeJavascriptInRawHtmlLeavesAValidPageAndNoScriptLink() throws Exception {
        // An HTML parser reads a NUL as U+FFFD, so "\0javascript:" is a relative path to a browser; a
        // colon in the first segment of a relative path is still not a valid address.
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withProfile(portfolio.profile().toBuilder()
                .bio("See <a href=\"\u0000javascript:alert(1)\">this</a> and <a href=\"java\u0000script:alert(2)\">that</a>.")
                .build());
        Path site = temp.resolve("nul-link");
        assertThat(new SiteExporter().export(portfolio, FixturePortfolio.writeAssets(temp.resolve("nul-portfolio")),
                FixturePortfolio.options(), site).errors()).isEmpty();
        Path home = site.resolve("index.html");
        Document doc = Jsoup.parse(home.toFile(), "UTF-8");
        assertThat(doc.select("a:containsOwn(this), a:containsOwn(that)")).hasSize(2);
        assertThat(doc.select("a[href]").eachAttr("href")).noneMatch(href -> href.toLowerCase().contains("script:"));
        assertThat(HtmlChecker.errors(List.of(home))).isEmpty();
    }

    @Test
    void headingsOfSeveralFieldsOnOnePageGetIdsOfTheirOwn() throws Exception {
        // Each field is rendered alone, so each numbers its own headings; the page must not hold two
        // equal ids, nor let a heading take the id the skip link goes to.
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withProfile(portfolio.profile().toBuilder()
                .subtitle("## Contact").bio("# Main\n\n## Contact\n\nA note.[^1]\n\n[^1]: the bio's note").build());
        portfolio = portfolio.withSite(portfolio.site().toBuilder().footer("## Contact").build());
        var pubs = new ArrayList<>(portfolio.publications());
        for (int i = 0; i < 2; i++) {
            pubs.set(i, pubs.get(i).toBuilder().abstractText("Claim.[^1]\n\n[^1]: note of paper " + i).build());
        }
        portfolio = portfolio.withPublications(pubs);
        Path site = temp.resolve("same-headings");
        assertThat(new SiteExporter().export(portfolio, FixturePortfolio.writeAssets(temp.resolve("same-headings-portfolio")),
                FixturePortfolio.options(), site).errors()).isEmpty();
        Path home = site.resolve("index.html");
        Document doc = Jsoup.parse(home.toFile(), "UTF-8");
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(doc.getElementById("main").tagName()).isEqualTo("main");
        assertThat(doc.select("h2").eachAttr("id")).contains("contact", "contact-1", "contact-2");
        assertThat(HtmlChecker.errors(List.of(home))).isEmpty();
        // two abstracts on one list, each with its first note: each reference leads to its own note
        Path list = site.resolve("publications/index.html");
        Document listDoc = Jsoup.parse(list.toFile(), "UTF-8");
        assertThat(listDoc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        for (Element pub : listDoc.select("li.pub:has(a.footnote-ref), li.pub:has(sup a[href^=#fn])")) {
            String target = pub.selectFirst("sup a[href^=#fn]").attr("href").substring(1);
            assertThat(pub.getElementById(target)).as(target).isNotNull();
        }
        assertThat(listDoc.select("sup a[href^=#fn]")).hasSize(2);
        assertThat(HtmlChecker.errors(List.of(list))).isEmpty();
    }

    @Test
    void aFieldWrittenBeforeAThemeIdSpelledLikeItGivesWayToIt() throws Exception {
        // the theme's ids further down the page (a selected paper's anchor, a later paper's) keep their
        // spelling, as other pages link to them; the bio and the abstract above them give way
        var portfolio = FixturePortfolio.portfolio();
        Path plain = temp.resolve("theme-ids-plain");
        new SiteExporter().export(portfolio, FixturePortfolio.writeAssets(temp.resolve("theme-ids-plain-portfolio")),
                FixturePortfolio.options(), plain);
        String anchor = Jsoup.parse(plain.resolve("index.html").toFile(), "UTF-8").selectFirst("li.pub").id();
        assertThat(anchor).isNotEmpty().matches("[a-z0-9-]+");
        // on the list the 2024 paper's abstract comes before the 2022 paper's anchor
        var listItems = Jsoup.parse(plain.resolve("publications/index.html").toFile(), "UTF-8").select("li.pub");
        String laterAnchor = listItems.last().id();
        assertThat(laterAnchor).isNotEqualTo(listItems.first().id()).matches("[a-z0-9-]+");
        portfolio = portfolio.withProfile(portfolio.profile().toBuilder().bio("## " + anchor + "\n\nHello.").build());
        var pubs = new ArrayList<>(portfolio.publications());
        int earlier = pubs.stream().map(p -> p.year()).toList().indexOf(2024);
        pubs.set(earlier, pubs.get(earlier).toBuilder().abstractText("## " + laterAnchor + "\n\nWe propose.").build());
        portfolio = portfolio.withPublications(pubs);
        Path site = temp.resolve("theme-ids");
        assertThat(new SiteExporter().export(portfolio, FixturePortfolio.writeAssets(temp.resolve("theme-ids-portfolio")),
                FixturePortfolio.options(), site).errors()).isEmpty();

        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(home.getElementById(anchor).tagName()).isEqualTo("li");
        assertThat(home.select(".bio h2").eachAttr("id")).containsExactly(anchor + "-1");
        Document list = Jsoup.parse(site.resolve("publications/index.html").toFile(), "UTF-8");
        assertThat(list.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(list.getElementById(laterAnchor).tagName()).isEqualTo("li");
        assertThat(list.select("li.pub h2").eachAttr("id")).containsExactly(laterAnchor + "-1");
        assertThat(HtmlChecker.errors(List.of(site.resolve("index.html"), site.resolve("publications/index.html")))).isEmpty();
    }

    @Test
    void aNewsItemAboveALaterNewsRowSpelledLikeItsHeadingGivesWayToTheRow() throws Exception {
        var portfolio = FixturePortfolio.portfolio();
        Path plain = temp.resolve("news-ids-plain");
        new SiteExporter().export(portfolio, FixturePortfolio.writeAssets(temp.resolve("news-ids-plain-portfolio")),
                FixturePortfolio.options(), plain);
        var rows = Jsoup.parse(plain.resolve("news/index.html").toFile(), "UTF-8").select("table.news tr[id]");
        String lastRow = rows.last().id();
        assertThat(rows.size()).isGreaterThan(2);
        var news = new ArrayList<>(portfolio.news());
        int inlineAbove = news.stream().map(n -> n.id()).toList().indexOf("n1"); // inline, above the oldest row
        news.set(inlineAbove, news.get(inlineAbove).withBody("## " + lastRow + "\n\nAccepted."));
        Path site = temp.resolve("news-ids");
        assertThat(new SiteExporter().export(portfolio.withNews(news),
                FixturePortfolio.writeAssets(temp.resolve("news-ids-portfolio")), FixturePortfolio.options(), site).errors())
                .isEmpty();
        Document page = Jsoup.parse(site.resolve("news/index.html").toFile(), "UTF-8");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(page.getElementById(lastRow).tagName()).isEqualTo("tr");
        assertThat(page.select("table.news h2").eachAttr("id")).containsExactly(lastRow + "-1");
    }

    @Test
    void checkerReportsAnInvalidPage() throws Exception {
        Path bad = temp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>x</div></p><a href=\"\" nonsense=1>y</a></body></html>");
        assertThat(HtmlChecker.errors(List.of(bad))).isNotEmpty();
    }

    @Test
    void everyInternalLinkResolvesToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.isEmpty() || url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue;
                }
                String path = url.replaceAll("[?#].*$", "");
                // the 404 page's links start from the site's path on its host ("/" for the fixture's address)
                Path from = path.startsWith("/") ? out : page.getParent();
                Path target = from.resolve(URLDecoder.decode(path.replaceFirst("^/", ""), StandardCharsets.UTF_8)).normalize();
                if (path.endsWith("/") || path.isEmpty()) {
                    target = target.resolve("index.html");
                }
                if (!target.startsWith(out) || !Files.isRegularFile(target)) {
                    broken.add(out.relativize(page) + " -> " + url);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void noPageLoadsAnythingFromOtherHosts() throws IOException {
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(doc.select("script[src], link[rel=stylesheet], img[src]").eachAttr("src"))
                    .noneMatch(s -> s.contains("//"));
            assertThat(doc.select("link[rel=stylesheet]").eachAttr("href")).noneMatch(s -> s.contains("//"));
        }
    }
}
