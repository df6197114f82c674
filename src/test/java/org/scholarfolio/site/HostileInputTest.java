package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;

/** Hostile text in every field must come out as text, never as markup, script or a javascript: link. */
class HostileInputTest {
    static final String H = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'></script><b onmouseover=alert(3)>"
            + "[x](javascript:alert(4))<a href=\"JaVaScRiPt:alert(5)\">y</a>";
    static final String URL = "javascript:alert(6)";

    @TempDir
    static Path temp;
    static Path out;
    static ExportReport report;

    /** A portfolio with hostile text in every field; the browser test exports it too. */
    static Portfolio portfolio() {
        return portfolio(H);
    }

    /** As {@link #portfolio()}, with {@code H} in place of the hostile text. */
    static Portfolio portfolio(String H) {
        Profile profile = Profile.EMPTY.toBuilder()
                .name(new PersonName(H, H, H)).nativeName(H).position(H).affiliation(H).subtitle(H).email(H)
                .photo(new Photo(URL, Photo.Align.LEFT, false, H))
                .addressLines(List.of(H)).bio(H + "\n\n" + H)
                .socialLinks(List.of(SocialLink.custom(H, URL, H), SocialLink.custom(H, "data:text/html,x", "solid/link"),
                        SocialLink.of(SocialKind.WECHAT_USERNAME, H), SocialLink.of(SocialKind.GITHUB_USERNAME, H),
                        SocialLink.of(SocialKind.CV_PDF, URL)))
                .nameVariants(List.of(H)).build();
        SiteSettings site = SiteSettings.DEFAULT.toBuilder().title(H).description(H).footer(H).baseUrl(URL)
                .language("en\"><script>alert(7)</script>")
                .theme(new SiteSettings.Theme("red;}</style><script>alert(8)</script>", "system", true, UnknownFields.NONE))
                .build();
        Publication pub = Publication.builder(H, H).title(H)
                .authors(List.of(new Author(H, H, H, H, true, true, H, URL, UnknownFields.NONE)))
                .journal(H).booktitle(H).school(H).publisher(H).abbr(H).year(2024).volume(H).number(H).pages(H)
                .location(H).doi(H).arxiv(H).abstractText(H).note(H).additionalInfo(H).annotation(H).award(H)
                .awardName(H).selected(true).bibtexShow(true).preview(URL)
                .links(new PublicationLinks(URL, URL, URL, URL, URL, URL, URL, URL, URL))
                .badges(new PublicationBadges("true", H, H, H))
                .bibtexFields(Map.of("series", H)).build();
        return new Portfolio(1, profile, site,
                List.of(new NewsItem(H, NewsDate.parse("2024-01-01"), H, H, true, UnknownFields.NONE),
                        new NewsItem(H, NewsDate.parse("2024-02-01"), H, H, false, UnknownFields.NONE)),
                List.of(pub), List.of(new Page(H, H, 0, true, H, UnknownFields.NONE)), UnknownFields.NONE);
    }

    @BeforeAll
    static void export() throws IOException {
        Portfolio portfolio = portfolio();
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        out = temp.resolve("site");
        report = new SiteExporter().export(portfolio, dir, FixturePortfolio.options(), out);
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void exportCompletesAndWarnsAboutTheBadAddresses() {
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).map(Object::toString).anyMatch(w -> w.startsWith("publications[") && w.contains("javascript:alert(6)"));
        assertThat(report.warnings()).map(Object::toString).anyMatch(w -> w.startsWith("site.theme.accentColor"));
        assertThat(report.warnings()).map(Object::toString).anyMatch(w -> w.startsWith("site.language"));
    }

    @Test
    void noPageContainsInjectedScriptsHandlersOrJavascriptLinks() throws IOException {
        List<Path> pages = files(".html");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element script : doc.select("script")) {
                boolean ours = script.attr("src").matches("^(/|(\\.\\./)*)assets/(js|katex)/[a-z./-]+\\.js$");
                boolean data = script.attr("type").equals("application/ld+json") && !script.data().contains("<");
                assertThat(ours || data).as(page + ": " + script.outerHtml()).isTrue();
            }
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> {
                    assertThat(a.getKey()).as(page + ": " + e.tagName()).doesNotStartWith("on");
                    String v = a.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(v).as(page + ": " + a).doesNotStartWith("javascript:").doesNotStartWith("data:");
                });
            }
        }
    }

    @Test
    void metricBadgesStayHttpsLinksWithTheHostileDoiEncoded() throws IOException {
        Document pubs = Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8");
        assertThat(pubs.select(".metrics a").eachAttr("href")).singleElement().satisfies(href ->
                assertThat(href).startsWith("https://www.altmetric.com/details/doi/%3Cscript%3E")
                        .doesNotContain("<", ">", "\"", "'", " "));
        assertThat(report.warnings()).map(Object::toString).anyMatch(w -> w.contains(".badges.dimensions"))
                .anyMatch(w -> w.contains(".badges.googleScholarId")).anyMatch(w -> w.contains(".badges.inspirehepId"));
    }

    @Test
    void pagesWithHostileTextAreStillValidHtml() throws Exception {
        assertThat(HtmlChecker.errors(files(".html"))).isEmpty();
    }

    @Test
    void hostileTextIsShownAsText() throws IOException {
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("h1.name strong").text()).contains("<script>alert(1)</script>");
        assertThat(home.select("h1.name b, h1.name img, title b, .native b")).isEmpty();
        Document pubs = Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8");
        assertThat(pubs.select(".authors b, .venue em b, abbr b, .bib pre b")).isEmpty();
        assertThat(pubs.select("abbr.badge").text()).startsWith("<script>");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void feedAndSitemapStayWellFormedXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        factory.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
    }

    @Test
    void allFilesStayInsideTheOutputFolder() throws IOException {
        try (Stream<Path> s = Files.walk(temp)) {
            assertThat(s.filter(Files::isRegularFile)).allMatch(p -> p.startsWith(out));
        }
    }
}
