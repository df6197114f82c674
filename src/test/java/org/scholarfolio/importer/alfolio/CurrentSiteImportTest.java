package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialLink;

/** A hand-written current-generation al-folio site with the messiness real sites have. */
class CurrentSiteImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/current-site");

    static ImportedSite imported;
    static AlfolioImport result;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.of(SITE);
        result = imported.result();
    }

    @Test
    void configGivesNameEmailVariantsAndSiteSettings() {
        Profile p = result.portfolio().profile();
        assertThat(p.name()).isEqualTo(new PersonName("Ada", "M.", "Lovelace"));
        assertThat(p.email()).isEqualTo("ada@example.org");
        assertThat(p.nameVariants()).containsExactly("Ada Lovelace", "Ada King", "A. Lovelace", "A. King");

        SiteSettings s = result.portfolio().site();
        assertThat(s.title()).as("title: blank means the full name").isEqualTo("Ada M. Lovelace");
        assertThat(s.description()).isEqualTo("Homepage of Ada Lovelace, analyst of engines.");
        assertThat(s.footer()).isEqualTo("Powered by <a href=\"https://jekyllrb.com/\" target=\"_blank\">Jekyll</a>.");
        assertThat(s.baseUrl()).isEqualTo("https://ada.example.org/site");
    }

    @Test
    void aboutPageGivesSubtitleAddressPhotoBioAndSwitches() {
        Profile p = result.portfolio().profile();
        assertThat(p.subtitle()).isEqualTo("<a href='#'>Analytical Engine Lab</a>. Programs, <em>notes</em> and tables.");
        assertThat(p.addressLines()).containsExactly("Room 12", "St James's Square", "London");
        assertThat(p.photo()).isEqualTo(new Photo("assets/prof_pic.jpg", Photo.Align.LEFT, true,
                "Portrait of Ada M. Lovelace"));
        assertThat(result.assets()).containsExactly(
                new AssetCopy(SITE.resolve("assets/img/prof_pic.jpg"), "assets/prof_pic.jpg"));
        assertThat(p.bio()).isEqualTo("Ada works on the *Analytical Engine* :rocket: and its notes, $x^2$ included.\n"
                + "\n"
                + "<!-- a comment in the bio -->\n"
                + "Write to ada@example.org for the tables.  ");
        assertThat(imported.warnings()).as("{{ site.email }} is resolved from _config.yml")
                .noneMatch(w -> w.startsWith("_pages/about.md:33"));

        SiteSettings s = result.portfolio().site();
        assertThat(s.showNews()).isTrue();
        assertThat(s.newsScrollable()).as("announcements.scrollable wins over news_scrollable").isTrue();
        assertThat(s.newsLimit()).as("announcements.limit wins over news_limit").isEqualTo(4);
        assertThat(s.showSelectedPapers()).isFalse();
        assertThat(s.showMetricBadges()).as("every enable_publication_badges switch is off").isFalse();
        assertThat(s.showSocials()).isTrue();
    }

    @Test
    void socialsComeFromTheDataFileInOrderWithCustomLinks() {
        List<SocialLink> links = result.portfolio().profile().socialLinks();
        assertThat(links).extracting(l -> l.kind() + "=" + l.value()).containsExactly(
                "email=ada@example.org", "github_username=ada-l", "orcid_id=0000-0001-2345-6789",
                "scholar_userid=AbCdEfGhIjK", "rss_icon=true", "custom=");
        SocialLink custom = links.get(5);
        assertThat(custom.title()).isEqualTo("Engines Society");
        assertThat(custom.url()).isEqualTo("https://engines.example.org/members/ada");
        assertThat(custom.icon()).isEmpty();
        assertThat(custom.unknownFields().values()).isEqualTo(Map.of("alfolioKey", "engines_society",
                "logo", "https://engines.example.org/logo.png"));
    }

    @Test
    void newsInEveryDateFormIsReadNewestFirst() {
        List<NewsItem> news = result.portfolio().news();
        assertThat(news).extracting(NewsItem::id).containsExactly("fellowship", "talk-at-icml",
                "2023-02-28-deadline", "leap", "workshop", "announcement-1");

        assertThat(news.get(0)).isEqualTo(new NewsItem("fellowship", NewsDate.of(LocalDate.of(2026, 2, 3)), "",
                "Awarded the [Engine Fellowship](https://example.org/fellows) :tada:", true, null));
        assertThat(imported.warnings()).contains(
                "_news/fellowship.md:1: not inline but without a title; imported as an inline item");
        assertThat(news.get(1)).isEqualTo(new NewsItem("talk-at-icml",
                new NewsDate(LocalDate.of(2024, 12, 10), LocalTime.of(12, 0), null), "Talk at ICML",
                "I gave a talk on **engines**. <figure><img src=\"/assets/img/talk.jpg\" alt=\"\"></figure>", false, null));
        assertThat(news.get(2).date()).as("impossible 2023-2-29 rolls over to 1 March, as Ruby's Time does")
                .isEqualTo(new NewsDate(LocalDate.of(2023, 3, 1), LocalTime.of(10, 0), null));
        assertThat(news.get(2).body()).isEqualTo("Paper deadline met.");
        assertThat(news.get(3).date()).isEqualTo(NewsDate.of(LocalDate.of(2023, 3, 1)));
        assertThat(news.get(4)).isEqualTo(new NewsItem("workshop", NewsDate.of(LocalDate.of(2022, 6, 7)), "",
                "Co-organising a workshop on tables.", true, null));
        assertThat(news.get(5)).isEqualTo(new NewsItem("announcement-1",
                new NewsDate(LocalDate.of(2015, 10, 22), LocalTime.of(15, 59), ZoneOffset.ofHours(-4)), "",
                "A simple inline announcement.", true, null));

        assertThat(imported.warnings()).contains("_news/leap.md:3: date 2023-2-29 is not a day of the calendar;"
                + " Jekyll rolls it over to 2023-03-01, as the live site shows it, and so does the import");
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).startsWith("_news/2023-02-28-deadline.md:3: date ")
                .contains("rolls it over to 2023-03-01"));
        assertThat(imported.warnings()).contains(
                "_news/2024 talks/Talk at ICML.md:8: linked file assets/img/talk.jpg does not exist in the site; not copied");
    }

    @Test
    void templateNewsIsDetectedButKeptByDefault() {
        assertThat(result.warnings()).filteredOn(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER)
                .extracting(Diagnostic::toString)
                .containsExactly("_news/announcement_1.md:8: news item is the al-folio template's example"
                        + " announcement; kept (drop with the template-leftovers option)");
    }

    @Test
    void markdownPagesAreImportedAndLiquidPagesSkipped() {
        List<Page> pages = result.portfolio().pages();
        assertThat(pages).extracting(Page::slug).containsExactly("collaboration", "teaching");
        Page collab = pages.get(0);
        assertThat(collab.title()).isEqualTo("Collaboration statement");
        assertThat(collab.inMenu()).isFalse();
        assertThat(collab.menuOrder()).isZero();
        assertThat(collab.body()).isEqualTo("I welcome students who like tables.");
        Page teaching = pages.get(1);
        assertThat(teaching.title()).isEqualTo("Teaching");
        assertThat(teaching.inMenu()).isTrue();
        assertThat(teaching.menuOrder()).isEqualTo(4);
        assertThat(teaching.body()).isEqualTo("## Mathematics of engines\n\nSpring term, with *weekly* notes.");
        assertThat(teaching.unknownFields().values()).isEqualTo(Map.of("description", "Courses I teach."));

        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).startsWith("_pages/cv.md:2: layout \"cv\"")
                .endsWith("page skipped"));
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("_pages/projects.md:12: the body is Liquid machinery ({% for").endsWith("page skipped"));
    }

    @Test
    void countsAddUp() {
        ImportCounts c = result.counts();
        assertThat(c).isEqualTo(new ImportCounts(6, 0, 2, 2, 6, 0, 1, 1, 0));
    }

    @Test
    void droppingTemplateLeftoversRemovesTheTemplateNews() throws Exception {
        AlfolioImport dropped = AlfolioSiteImporter.importSite(SITE,
                AlfolioSiteImporter.Options.defaults().withDropTemplateLeftovers(true));
        assertThat(dropped.portfolio().news()).extracting(NewsItem::id)
                .containsExactly("fellowship", "talk-at-icml", "2023-02-28-deadline", "leap", "workshop");
        assertThat(dropped.counts().templateLeftoversDropped()).isEqualTo(1);
        assertThat(dropped.counts().newsSkipped()).isEqualTo(1);
        assertThat(dropped.warnings()).anySatisfy(w -> assertThat(w.toString())
                .isEqualTo("_news/announcement_1.md:8: news item is the al-folio template's example announcement; dropped"));
    }
}
