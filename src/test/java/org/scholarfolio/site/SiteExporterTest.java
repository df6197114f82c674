package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.scholarfolio.markdown.FontAwesomeIcons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteExporterTest {
    @TempDir
    Path temp;
    Path portfolioDir;
    Path out;
    ExportReport report;

    @BeforeEach
    void export() throws IOException {
        portfolioDir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        out = temp.resolve("site");
        report = new SiteExporter().export(FixturePortfolio.portfolio(), portfolioDir, FixturePortfolio.options(), out);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void exportSucceedsWithoutWarnings() {
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.pagesWritten()).contains("index.html", "publications/index.html", "feed.xml",
                "publications.bib", "news/index.html", "collaboration/index.html", "robots.txt");
    }

    @Test
    void homeShowsNameWithBoldFirstNameAndNativeName() throws IOException {
        Document home = page("index.html");
        assertThat(home.select("h1.name strong").text()).isEqualTo("Yihua");
        assertThat(home.select("h1.name").text()).isEqualTo("Yihua Zhang 张逸骅");
        assertThat(home.select("h1.name .native").attr("lang")).isEqualTo("zh");
        assertThat(home.select(".subtitle em").text()).isEqualTo("MSU");
    }

    @Test
    void homeShowsPositionAndAffiliationUnderTheName() throws IOException {
        Document home = page("index.html");
        assertThat(home.select("header.post-header h1.name + p.role").text()).isEqualTo("Ph.D. student, Michigan State University");
    }

    @Test
    void homeShowsCircularPhotoWithItsSize() throws IOException {
        var img = page("index.html").selectFirst("figure.profile.right img.circle");
        assertThat(img.attr("src")).isEqualTo("assets/img/me.png");
        assertThat(img.attr("width")).isEqualTo("3");
        assertThat(img.attr("height")).isEqualTo("2");
        assertThat(page("index.html").select(".address div")).hasSize(2);
    }

    @Test
    void homeNewsIsNewestFirstAndLimited() throws IOException {
        var rows = page("index.html").select("table.news tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("time").attr("datetime")).isEqualTo("2025-01-10");
        assertThat(rows.get(0).select("a").attr("href")).isEqualTo("news/2025-01-10-fellowship-announcement.html");
        assertThat(rows.get(1).select("td strong").text()).isEqualTo("ICML");
    }

    @Test
    void homeListsOnlySelectedPublications() throws IOException {
        var pubs = page("index.html").select(".selected li.pub");
        assertThat(pubs).hasSize(1);
        assertThat(pubs.select(".title").text()).startsWith("SalUn: Empowering");
    }

    @Test
    void homeSocialIconsUseASpriteOfOnlyTheUsedIcons() throws IOException {
        Document home = page("index.html");
        assertThat(home.select("svg.sprite symbol").eachAttr("id")).containsExactlyInAnyOrder(
                "i-solid-envelope", "i-brands-github", "i-brands-google-scholar", "i-solid-square-rss");
        assertThat(home.select(".social a").eachAttr("href")).containsExactly("mailto:me@example.org",
                "https://github.com/example", "https://scholar.google.com/citations?user=abc123", "feed.xml");
    }

    @Test
    void homeCarriesPersonJsonLdAndOpenGraph() throws IOException {
        Document home = page("index.html");
        assertThat(home.select("script[type=application/ld+json]").html()).contains("\"@type\":\"Person\"")
                .contains("\"name\":\"Yihua Zhang\"");
        assertThat(home.select("meta[property=og:title]").attr("content")).isEqualTo("Yihua Zhang");
    }

    @Test
    void publicationsAreGroupedByYearNewestFirst() throws IOException {
        Document pubs = page("publications/index.html");
        assertThat(pubs.select("h2.year").eachText()).containsExactly("2024", "2022");
        assertThat(pubs.select("abbr.badge").eachText()).containsExactly("ICLR", "JMLR");
        assertThat(pubs.select("abbr.badge").eachAttr("title")).containsExactly(
                "International Conference on Learning Representations", "Journal of Machine Learning Research");
    }

    @Test
    void researcherNameVariantsAreHighlighted() throws IOException {
        Document pubs = page("publications/index.html");
        assertThat(pubs.select("em.me").eachText()).containsExactly("Y. Zhang", "Yihua Zhang");
        assertThat(pubs.select(".authors").eachText()).anyMatch(t -> t.contains("Guanhua Zhang, et al."));
    }

    @Test
    void authorMarkersBecomeSuperscriptsWithALegend() throws IOException {
        Document pubs = page("publications/index.html");
        assertThat(pubs.select("#pub-zhang2024unlearn .authors sup").eachText()).containsExactly("*", "*", "†");
        assertThat(pubs.select(".legend").text()).contains("* equal contribution").contains("† corresponding author");
    }

    @Test
    void linkButtonsFindBareFileNamesInAssetsAndCopyThemIntoThePapersFolder() throws IOException {
        Document pubs = page("publications/index.html");
        assertThat(pubs.select("#pub-zhang2024unlearn .links a.btn").eachAttr("href")).containsExactly(
                "../publications/zhang2024unlearn/salun.pdf", "https://github.com/OPTML-Group/Unlearn-Saliency");
        assertThat(pubs.select("#pub-zhang2022bilevel .links a.btn").eachAttr("href")).containsExactly(
                "https://doi.org/10.1000/xyz123");
        assertThat(out.resolve("publications/zhang2024unlearn/salun.pdf")).exists();
        assertThat(out.resolve("assets/img/unused.jpg")).doesNotExist();
    }

    @Test
    void abstractAndBibtexExpandInPlace() throws IOException {
        Document pubs = page("publications/index.html");
        assertThat(pubs.select("#pub-zhang2024unlearn details.abstract strong").text()).isEqualTo("SalUn");
        String bib = pubs.select("#pub-zhang2024unlearn details.bib pre").text();
        assertThat(bib).startsWith("@inproceedings{zhang2024unlearn,").contains("series = {ICLR '24}")
                .doesNotContain("pdf").doesNotContain("abbr").contains("month = may");
    }

    @Test
    void publicationPageHasScholarMetaAndJsonLd() throws IOException {
        Document p = page("publications/zhang2022bilevel.html");
        assertThat(p.select("meta[name=citation_title]").attr("content")).startsWith("Revisiting and Advancing");
        assertThat(p.select("meta[name=citation_author]").eachAttr("content")).containsExactly("Zhang, Yihua", "Zhang, Guanhua");
        assertThat(p.select("meta[name=citation_journal_title]").attr("content")).isEqualTo("Journal of Machine Learning Research");
        assertThat(p.select("meta[name=citation_firstpage]").attr("content")).isEqualTo("1");
        assertThat(p.select("meta[name=citation_lastpage]").attr("content")).isEqualTo("30");
        assertThat(p.select("script[type=application/ld+json]").html()).contains("\"@type\":\"ScholarlyArticle\"");
        assertThat(p.select("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/css/site.css");
    }

    @Test
    void bibtexStripsDisplayOnlyKeysAndIsOneFileForAllPapers() throws IOException {
        String one = page("publications/zhang2024unlearn.html").select("section.bibtex pre").text();
        String all = Files.readString(out.resolve("publications.bib"), StandardCharsets.UTF_8);
        assertThat(one).contains("title = {{SalUn}: Empowering").doesNotContain("selected").doesNotContain("abbr");
        // The paper's BibTeX is on its page; one file holds every entry (ADR fewer-files-per-export).
        assertThat(out.resolve("publications/zhang2024unlearn.bib")).doesNotExist();
        assertThat(page("publications/zhang2024unlearn.html").select("p.more a").first().attr("href"))
                .isEqualTo("../publications.bib");
        assertThat(all).contains("@article{zhang2022bilevel,").contains("@inproceedings{zhang2024unlearn,");
    }

    @Test
    void mathIsTypesetAsMathMlWithoutAnyScriptOrFont() throws IOException {
        Document home = page("index.html");
        assertThat(home.select(".math math")).isNotEmpty();
        assertThat(home.select(".math math annotation[encoding=application/x-tex]")).isNotEmpty();
        assertThat(home.select("script[src*=katex], link[href*=katex]")).isEmpty();
        assertThat(out.resolve("assets/katex")).doesNotExist();
    }

    @Test
    void newsItemPagesExistForNonInlineItemsOnly() throws IOException {
        Document item = page("news/2025-01-10-fellowship-announcement.html");
        assertThat(item.select("h1").text()).isEqualTo("Fellowship announcement");
        assertThat(item.select(".post-body p")).hasSize(2);
        try (var files = Files.list(out.resolve("news"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("index.html", "2025-01-10-fellowship-announcement.html");
        }
    }

    @Test
    void everyPageHasTheNavigationWithTheCurrentSectionMarked() throws IOException {
        Document pubs = page("publications/index.html");
        assertThat(pubs.select(".menu-wide a").eachText()).containsExactly("about", "publications", "news", "collaboration");
        assertThat(pubs.select(".menu-wide a[aria-current=page]").text()).isEqualTo("publications");
        assertThat(pubs.select("details.menu-narrow summary")).hasSize(1);
        assertThat(page("collaboration/index.html").select(".page-body h1").text()).isEqualTo("Working together");
    }

    @Test
    void relativeLinksInMarkdownPointAtExportedPagesAndFiles() throws IOException {
        Document home = page("index.html");
        assertThat(home.select(".bio a").eachAttr("href")).contains("collaboration/index.html", "assets/img/Wechat.jpg");
        assertThat(out.resolve("assets/img/Wechat.jpg")).exists();
        assertThat(page("news/index.html").select("td a").eachAttr("href")).contains("../collaboration/index.html");
    }

    @Test
    void newsLinkingIntoTheSiteLinksFromTheHomePageAsFromTheNewsList() throws IOException {
        // a news body is rendered for the site root apart from the news list only when a link went through the root
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withSite(portfolio.site().toBuilder().newsLimit(0).build());
        Path other = temp.resolve("all-news-site");
        new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), other);
        Document home = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        Document news = Jsoup.parse(other.resolve("news/index.html").toFile(), "UTF-8");
        assertThat(home.select("table.news td a").eachAttr("href")).contains("collaboration/index.html")
                .doesNotContain("../collaboration/index.html");
        assertThat(news.select("td a").eachAttr("href")).contains("../collaboration/index.html");
        assertThat(home.select("table.news td").eachText()).contains("Started my PhD, see how to work with me.");
    }

    @Test
    void seedBioExportsWithEmojisLinksAndNoVisibleComment() throws IOException {
        String seed;
        try (var in = getClass().getResourceAsStream("seed-about.md")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = seed.substring(seed.indexOf("\n---", 4) + 4);
        Path other = temp.resolve("seed-site");
        ExportReport r = exportWithBio(body, other);
        Document home = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        String bio = home.select(".bio").text();
        assertThat(bio.split("\u2714", -1)).hasSize(5);
        assertThat(bio).doesNotContain(":heavy_check_mark:").doesNotContain("Research Keywords");
        assertThat(home.select(".bio a[href=https://www.linkedin.com/in/zhangyihua/]")).hasSize(1);
        assertThat(home.select(".bio a").eachAttr("href")).contains("collaboration/index.html", "assets/img/Wechat.jpg");
        assertThat(r.warnings()).isEmpty();
    }

    /** The fixture portfolio with {@code bio} as its bio, exported into {@code site}. */
    private ExportReport exportWithBio(String bio, Path site) {
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withProfile(portfolio.profile().toBuilder().bio(bio).build());
        return new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), site);
    }

    @Test
    void aLinkToNothingIsReportedButKept() throws IOException {
        ExportReport r = exportWithBio("[cv](./cv)", temp.resolve("broken-link-site"));
        assertThat(r.warnings()).map(Object::toString).containsExactly(
                "profile: the link \"./cv\" matches no page of the site and no file in the portfolio folder");
    }

    @Test
    void aSchemeRelativeAddressIsAWebAddressEvenWhenTheSiteIsOpenedFromDisk() throws IOException {
        Path other = temp.resolve("scheme-relative-site");
        exportWithBio("[lab](//example.org/lab) and <a href=\"//example.org/raw\">raw</a>", other);
        Document home = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select(".bio a").eachAttr("href")).containsExactly("https://example.org/lab", "https://example.org/raw");
    }

    @Test
    void aLinkWhosePercentSignIsNotAnEscapeIsReportedNotAFailedExport() throws IOException {
        ExportReport r = exportWithBio("[grades](assets/100%.pdf)", temp.resolve("percent-link-site"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).map(Object::toString).containsExactly(
                "profile: the link \"assets/100%.pdf\" matches no page of the site and no file in the portfolio folder");
    }

    @Test
    void aYearOrMonthKeptAsTypedIsReportedWithHowThePaperShows() throws IOException {
        var portfolio = FixturePortfolio.portfolio();
        var first = portfolio.publications().get(0);
        portfolio = portfolio.withPublications(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(first.toBuilder().yearAsTyped("abc").monthAsTyped("Smarch").build()),
                portfolio.publications().stream().skip(1)).toList());
        ExportReport r = new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), temp.resolve("typed-site"));
        assertThat(r.warnings()).map(Object::toString).contains(
                "publications[" + first.citationKey() + "].year: \"abc\" is not a year; the paper is listed as undated",
                "publications[" + first.citationKey() + "].month: \"Smarch\" is not a month (1\u201312); the paper's date shows the year only");
    }

    @Test
    void withoutFormulasNoPageHasMath() throws IOException {
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withProfile(portfolio.profile().toBuilder().bio("No formulas, $5 only.").build())
                .withPublications(portfolio.publications().stream()
                        .map(p -> p.toBuilder().abstractText("Plain.").build()).toList());
        Path other = temp.resolve("no-math-site");
        new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), other);
        assertThat(other.resolve("assets/katex")).doesNotExist();
        assertThat(other.resolve("assets/js/math.js")).doesNotExist();
        try (var files = Files.walk(other)) {
            for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(html)).doesNotContain("katex").doesNotContain("<math");
            }
        }
    }

    @Test
    void siteSettingsControlNewsScrollingMadeWithAndForcedTheme() throws IOException {
        var portfolio = FixturePortfolio.portfolio();
        var theme = new org.scholarfolio.model.SiteSettings.Theme("#0a58ca", "dark", false,
                org.scholarfolio.model.UnknownFields.NONE);
        portfolio = portfolio.withSite(portfolio.site().toBuilder().newsScrollable(true).newsLimit(0)
                .showMadeWith(false).showSelectedPapers(false).theme(theme).build());
        Path other = temp.resolve("settings-site");
        new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), other);
        Document home = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select(".news-list.scroll[tabindex=0] tr")).hasSize(3);
        assertThat(home.select("footer").text()).doesNotContain("Scholarfolio");
        assertThat(home.select("html").attr("data-theme")).isEqualTo("dark");
        assertThat(home.select(".theme-toggle")).isEmpty();
        assertThat(home.select(".selected")).isEmpty();
        assertThat(home.select("head style").html()).contains("--accent:#0a58ca");
    }

    @Test
    void relativeLinksInPublicationFieldsWorkFromEveryPage() throws IOException {
        String selector = "#pub-zhang2024unlearn .abstract-body a";
        assertThat(page("index.html").select(selector).attr("href")).isEqualTo("collaboration/index.html");
        assertThat(page("publications/index.html").select(selector).attr("href")).isEqualTo("../collaboration/index.html");
        assertThat(page("publications/zhang2024unlearn.html").select(".abstract-full a").attr("href"))
                .isEqualTo("../collaboration/index.html");
    }

    @Test
    void warningsFollowThePublicationListWhenViewsAreMadeInParallel() {
        java.util.List<org.scholarfolio.model.Publication> pubs = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pubs.add(org.scholarfolio.model.Publication.builder("p" + i, "article").title("Paper " + i)
                    .year(2000 + i % 7).abstractText("See [the data](./data-" + i + ").")
                    .links(new org.scholarfolio.model.PublicationLinks("", "missing-" + i + ".pdf", "", "", "", "", "", "", ""))
                    .build());
        }
        var portfolio = FixturePortfolio.portfolio().withPublications(pubs);
        ExportReport parallel = new SiteExporter().export(portfolio, portfolioDir,
                new ExportOptions("", FixturePortfolio.EXPORT_DATE, "default", 4), temp.resolve("parallel-site"));
        ExportReport sequential = new SiteExporter().export(portfolio, portfolioDir,
                new ExportOptions("", FixturePortfolio.EXPORT_DATE, "default", 1), temp.resolve("sequential-site"));

        assertThat(parallel.warnings()).hasSize(81).isEqualTo(sequential.warnings());
        assertThat(parallel.warnings().get(0).toString()).startsWith("site.baseUrl: not set");
        // Newest year first, in the portfolio's order within a year; a record's link buttons before its text.
        assertThat(parallel.warnings().subList(1, 5)).map(Object::toString).containsExactly(
                "publications[p6].links.pdf: file assets/missing-6.pdf not found in the portfolio folder; its link is left out",
                "publications[p6]: the link \"./data-6\" matches no page of the site and no file in the portfolio folder",
                "publications[p13].links.pdf: file assets/missing-13.pdf not found in the portfolio folder; its link is left out",
                "publications[p13]: the link \"./data-13\" matches no page of the site and no file in the portfolio folder");
    }

    @Test
    void aPlaceholderLinkIsLeftOutAndSaidToLeadNowhere() {
        // an al-folio entry's code = {#}: a button whose address is still to come
        var pub = org.scholarfolio.model.Publication.builder("tbd2025", "article").title("Soon").year(2025)
                .links(new org.scholarfolio.model.PublicationLinks("", "", "", "", "", "", "", "", "#")).build();
        ExportReport report = new SiteExporter().export(FixturePortfolio.portfolio().withPublications(java.util.List.of(pub)),
                portfolioDir, new ExportOptions("", FixturePortfolio.EXPORT_DATE, "default", 1), temp.resolve("placeholder-site"));
        assertThat(report.warnings()).map(Object::toString).anySatisfy(w -> assertThat(w)
                .startsWith("publications[tbd2025].links.")
                .endsWith(": \"#\" leads nowhere (a placeholder for an address to come); its link is left out"));
        assertThat(report.warnings()).map(Object::toString).noneMatch(w -> w.contains("not found in the portfolio folder"));
    }

    @Test
    void untitledNewsGetsAShortTitleInTheFeed() throws IOException {
        var portfolio = FixturePortfolio.portfolio();
        String longText = "word ".repeat(40).strip();
        portfolio = portfolio.withNews(java.util.List.of(new org.scholarfolio.model.NewsItem("x",
                org.scholarfolio.model.NewsDate.parse("2024-01-01"), "", longText, true,
                org.scholarfolio.model.UnknownFields.NONE)));
        Path other = temp.resolve("short-title-site");
        new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), other);
        String feed = Files.readString(other.resolve("feed.xml"));
        assertThat(feed).contains("<title>" + "word ".repeat(16).strip() + "…</title>");
    }

    @Test
    void anInlineItemWithATitleAndNoTextShowsItsTitleAsText() throws IOException {
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withNews(java.util.List.of(new org.scholarfolio.model.NewsItem("x",
                org.scholarfolio.model.NewsDate.parse("2024-01-01"), "Talk at *Dagstuhl* <b>soon</b>", "", true,
                org.scholarfolio.model.UnknownFields.NONE)));
        Path other = temp.resolve("title-only-site");
        new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), other);
        for (String page : java.util.List.of("index.html", "news/index.html")) {
            Document doc = Jsoup.parse(other.resolve(page).toFile(), "UTF-8");
            assertThat(doc.select("table.news td").eachText()).as(page).containsExactly("Talk at *Dagstuhl* <b>soon</b>");
            assertThat(doc.select("table.news td b")).as(page).isEmpty();
        }
        assertThat(Files.readString(other.resolve("feed.xml")))
                .contains("<content type=\"html\">Talk at *Dagstuhl* &amp;lt;b&amp;gt;soon&amp;lt;/b&amp;gt;</content>");
    }

    @Test
    void aBioLinkThatShowsNothingIsReportedWithItsField() throws IOException {
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withProfile(portfolio.profile().toBuilder()
                .bio("Find me here: <a href=\"https://arxiv.org/a/ada\"><i class=\"ai ai-arxiv\"></i></a>").build());
        ExportReport r = new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(),
                temp.resolve("icon-link-site"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString())
                .startsWith("profile: the link to \"https://arxiv.org/a/ada\" shows nothing"));
    }

    @Test
    void aBioLinkOfAFontAwesome4NameShowsItsFontAwesome6IconAndIsNotReported() throws IOException {
        // an older al-folio site's version 4 names: "home" and "envelope-o" are "house" and regular "envelope" now
        var portfolio = FixturePortfolio.portfolio();
        portfolio = portfolio.withProfile(portfolio.profile().toBuilder()
                .bio("<a href=\"https://lab.example.org/\"><i class=\"fa fa-home\"></i></a>"
                        + " <a href=\"mailto:ada@example.org\"><i class=\"fa fa-envelope-o\"></i></a>").build());
        Path out = temp.resolve("icon-v4-site");
        ExportReport r = new SiteExporter().export(portfolio, portfolioDir, FixturePortfolio.options(), out);
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.toString()).contains("shows nothing"));
        Document doc = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(doc.select("a[href=https://lab.example.org/] > svg.text-icon path").attr("d"))
                .isEqualTo(FontAwesomeIcons.load("solid/house").flatMap(FontAwesomeIcons::plainShape).orElseThrow().path());
        assertThat(doc.select("a[href=mailto:ada@example.org] > svg.text-icon path").attr("d"))
                .isEqualTo(FontAwesomeIcons.load("regular/envelope").flatMap(FontAwesomeIcons::plainShape).orElseThrow().path());
    }

    @Test
    void footerShowsLastUpdatedDate() throws IOException {
        assertThat(page("index.html").select("footer time").attr("datetime")).isEqualTo("2026-11-24");
        assertThat(page("index.html").select("footer").text()).contains("Made with Scholarfolio");
    }

    @Test
    void withoutBaseUrlThereIsNoSitemapAndFeedLinksAreRelative() throws IOException {
        Path out = temp.resolve("site-without-url");
        ExportReport r = new SiteExporter().export(FixturePortfolio.portfolio(), portfolioDir,
                FixturePortfolio.options().withBaseUrl(""), out);
        assertThat(r.warnings()).singleElement().asString().startsWith("site.baseUrl: not set");
        assertThat(out.resolve("sitemap.xml")).doesNotExist();
        String feed = Files.readString(out.resolve("feed.xml"));
        assertThat(feed).contains("<link href=\"news/2025-01-10-fellowship-announcement.html\"/>")
                .doesNotContain("href=\"http");
        assertThat(Files.readString(out.resolve("robots.txt"))).doesNotContain("Sitemap");
        assertThat(feed).contains("href=&quot;collaboration/index.html&quot;");
    }

    @Test
    void baseUrlGivesAbsoluteSitemapFeedAndCanonicalLinks() throws IOException {
        Path other = temp.resolve("site-with-url");
        ExportReport r = new SiteExporter().export(FixturePortfolio.portfolio(), portfolioDir,
                FixturePortfolio.options().withBaseUrl("https://example.org/~me"), other);
        assertThat(r.errors()).isEmpty();
        assertThat(Files.readString(other.resolve("sitemap.xml"))).contains("<loc>https://example.org/~me/publications/</loc>");
        assertThat(Files.readString(other.resolve("robots.txt"))).contains("Sitemap: https://example.org/~me/sitemap.xml");
        Document home = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/~me/");
        assertThat(home.select("a.brand").attr("href")).isEqualTo("index.html");
    }

    @Test
    void aBaseUrlTypedWithLettersOutsideAsciiIsWrittenAsAnAddressTheSitemapProtocolAccepts() throws IOException {
        // the sitemap protocol (RFC 3986) wants https://xn--.../z%C3%A9/, as do robots.txt and the canonical link
        Path other = temp.resolve("site-with-unicode-url");
        new SiteExporter().export(FixturePortfolio.portfolio(), portfolioDir,
                FixturePortfolio.options().withBaseUrl("https://müller.example/zé&co"), other);
        String sitemap = Files.readString(other.resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>https://xn--mller-kva.example/z%C3%A9&amp;co/publications/</loc>");
        assertThat(sitemap.chars()).allMatch(c -> c < 0x80);
        assertThat(Files.readString(other.resolve("robots.txt")))
                .contains("Sitemap: https://xn--mller-kva.example/z%C3%A9&co/sitemap.xml");
        Document home = Jsoup.parse(other.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://xn--mller-kva.example/z%C3%A9&co/");
    }

    @Test
    void aNewsItemsPageIsAFileAndItsFeedIdIsTheOneItsFolderHad() throws IOException {
        Path other = temp.resolve("site-with-url");
        new SiteExporter().export(FixturePortfolio.portfolio(), portfolioDir,
                FixturePortfolio.options().withBaseUrl("https://example.org/~me"), other);
        String item = "news/2025-01-10-fellowship-announcement";
        assertThat(other.resolve(item + ".html")).isRegularFile();
        assertThat(other.resolve(item)).doesNotExist();
        String feed = Files.readString(other.resolve("feed.xml"));
        // Readers know the entry by its id: a new one would show the item again as unread.
        assertThat(feed).contains("<id>https://example.org/~me/" + item + "/</id>")
                .contains("<link href=\"https://example.org/~me/" + item + ".html\"/>");
        assertThat(Files.readString(other.resolve("sitemap.xml")))
                .contains("<loc>https://example.org/~me/" + item + ".html</loc>");
    }
    @Test
    void theThemesFilesAreStagedByThePageThreadsNotByTheThreadThatCommitsAfterThem() throws IOException {
        // The thread that called the export works alone once the pages are done: the theme's three files are
        // read, checked and staged among the pages, by the pool, as one-off and kept exporters do.
        for (SiteExporter exporter : List.of(SiteExporter.forOneExport(), new SiteExporter())) {
            Path site = temp.resolve("theme-" + System.identityHashCode(exporter));
            Map<String, String> stagedBy = new java.util.concurrent.ConcurrentHashMap<>();
            exporter.watchingThemeFiles(path -> stagedBy.put(path, Thread.currentThread().getName()));
            ExportReport first = exporter.export(FixturePortfolio.portfolio(), portfolioDir, FixturePortfolio.options(), site);
            assertThat(first.succeeded()).isTrue();
            assertThat(stagedBy).containsOnlyKeys(SiteExporter.THEME_ASSETS).allSatisfy((path, thread) ->
                    assertThat(thread).isEqualTo("site-export").isNotEqualTo(Thread.currentThread().getName()));
            assertThat(first.filesCopied()).containsAll(SiteExporter.THEME_ASSETS);
            for (String asset : SiteExporter.THEME_ASSETS) {
                assertThat(Files.readAllBytes(site.resolve(asset))).isEqualTo(SiteExporter.themeResource(FixturePortfolio.options().theme(), asset));
            }
            // Into the folder again, the same bytes are in place: staged and checked, not written again.
            ExportReport again = exporter.export(FixturePortfolio.portfolio(), portfolioDir, FixturePortfolio.options(), site);
            assertThat(again.succeeded()).isTrue();
            assertThat(again.filesCopied()).doesNotContainAnyElementsOf(SiteExporter.THEME_ASSETS);
        }
    }
    @Test
    void theFeedAndTheExtraPagesAreHandedToThePoolBeforeThePagesNotLeftForItsLastTasks() throws IOException {
        // An extra page with a heading has its description read through jsoup's parse, whose first use in a process
        // takes one thread ~20 ms: planned after the news items, it was the last task, with the other thread idle.
        var generated = org.scholarfolio.generator.PortfolioGenerator.generate(200, 100, 5L);
        assertThat(generated.pages()).isNotEmpty();
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExportReport exported = SiteExporter.forOneExport().watchingRenders(order::add).export(generated, portfolioDir,
                new ExportOptions("https://example.org/", java.time.LocalDate.of(2026, 12, 1), "default", 2), temp.resolve("early"));
        assertThat(exported.succeeded()).isTrue();
        assertThat(order).hasSizeGreaterThan(200);
        List<String> early = new java.util.ArrayList<>(List.of("feed.xml"));
        generated.pages().forEach(page -> early.add(Routes.page(page.slug())));
        for (String path : early) {
            // Taken with the files one thread makes whole, ahead of every paper's and news item's page; reported once
            // done, which a first use of jsoup's parse may delay while the other thread finishes a few dozen papers'
            // pages. Before, both came after every news item's page, among the pool's last ten files.
            assertThat(order.indexOf(path)).as(path).isBetween(0, order.size() / 2);
        }
    }
}
