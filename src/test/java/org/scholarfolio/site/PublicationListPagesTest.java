package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.Slugs;

/**
 * A short publication list is one page; a long one gets a page per year (stable addresses),
 * {@code publications/} shows the newest years, and the filter's index covers every entry.
 */
class PublicationListPagesTest {
    @TempDir
    Path temp;

    @Test
    void aShortListIsOnePageAndItsIndexCoversEveryEntry() throws IOException {
        Portfolio fixture = FixturePortfolio.portfolio();
        Path out = export(fixture);
        Document list = page(out, "publications/index.html");
        assertThat(list.select("li.pub")).hasSize(fixture.publications().size());
        assertThat(list.select("nav.years")).isEmpty();
        assertThat(list.select(".filter").attr("data-index")).isEqualTo("../publications/filter-index.js");
        assertThat(list.select(".filter .filter-status").attr("aria-live")).isEqualTo("polite");
        assertThat(list.select(".filter").hasAttr("data-split")).isFalse();
        String index = Files.readString(out.resolve(PublicationIndex.PATH));
        assertThat(index).startsWith("window.scholarfolioIndex = [");
        for (Publication p : fixture.publications()) {
            assertThat(index).contains("\"pub-" + Slugs.slugify(p.citationKey()) + "\"");
        }
    }

    @Test
    void aLongListHasAPagePerYearWithEveryEntryOnExactlyOne() throws IOException {
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pubs.add(Publication.builder("big" + i, "article").title("Paper " + i).year(2020).build());
        }
        for (int i = 0; i < 30; i++) {
            pubs.add(Publication.builder("old" + i, "article").title("Old paper " + i).year(2019).build());
        }
        pubs.add(Publication.builder("talk", "misc").title("A talk").year(2019).section("Talks").build());
        pubs.add(Publication.builder("nodate", "misc").title("Someday").build());
        // A key that looks like a year may not take the year page's folder.
        pubs.add(Publication.builder("2019", "misc").title("Keyed like a year").year(2018).build());
        Path out = export(FixturePortfolio.portfolio().withPublications(pubs));

        Map<String, Integer> seen = new HashMap<>();
        for (String page : List.of("2020", "2020-2", "2019", "2018", "undated")) {
            Document doc = page(out, "publications/" + page + ".html");
            assertThat(doc.select("li.pub").size()).as(page).isBetween(1, PublicationList.PAGE_LIMIT);
            doc.select("li.pub").forEach(li -> seen.merge(li.id(), 1, Integer::sum));
            assertThat(doc.select("nav.years a").eachText())
                    .containsExactly("2020", "2020, part 2", "2019", "2018", "undated");
            assertThat(doc.select("nav.years a[aria-current=page]")).hasSize(1);
            assertThat(doc.select(".filter").hasAttr("data-split")).isTrue();
        }
        assertThat(seen).hasSize(pubs.size()).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(page(out, "publications/2019.html").select("section.pub-section#section-talks li.pub"))
                .hasSize(1);
        assertThat(out.resolve("publications/2019-2.html")).isRegularFile();
        assertThat(page(out, "publications/2019-2.html").select("h1").text()).isEqualTo("Keyed like a year");

        Document landing = page(out, "publications/index.html");
        assertThat(landing.select("li.pub")).hasSize(PublicationList.PAGE_LIMIT);
        assertThat(landing.select("li.pub").first().id()).isEqualTo("pub-big0");
        Element link = landing.select("li.pub .title a").first();
        assertThat(link.attr("href")).isEqualTo("../publications/big0.html");
        Document year = page(out, "publications/2019.html");
        assertThat(year.select("li.pub .title a").first().attr("href")).startsWith("../publications/");
        assertThat(year.select("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/css/site.css");

        String index = Files.readString(out.resolve(PublicationIndex.PATH), StandardCharsets.UTF_8);
        assertThat(index).contains("[\"publications/old3.html\",\"pub-old3\",\"publications/2019.html\",\"2019\"");
    }

    @Test
    void aListWhereNoEntryHasABadgeSaysSoForTheStyleSheet() throws IOException {
        // The style sheet gives such a list's entries the whole width by this class, not by :has(), which
        // made a browser restyle the whole list at every entry added to it (the preview appends in steps).
        Path out = export(FixturePortfolio.portfolio().withPublications(List.of(
                Publication.builder("badged", "article").title("With a badge").year(2021).abbr("ICML").build(),
                Publication.builder("plain21", "article").title("Beside it").year(2021).build(),
                Publication.builder("plain20", "article").title("Alone").year(2020).build())));
        Document list = page(out, "publications/index.html");
        assertThat(list.select("section.year-group ol").eachAttr("class"))
                .containsExactly("bibliography", "bibliography no-badges");
        assertThat(list.select("ol.filter-results").hasClass("no-badges")).isFalse();
        assertThat(page(out, "publications/plain20.html").select("ol.bibliography").attr("class"))
                .isEqualTo("bibliography single no-badges");
        assertThat(page(out, "publications/badged.html").select("ol.bibliography").attr("class"))
                .isEqualTo("bibliography single");
        String css = Files.readString(out.resolve("assets/css/site.css"));
        assertThat(css).contains(".bibliography.no-badges .pub").doesNotContain(":has(");
    }

    @Test
    void theIndexHoldsEachWordOfAbstractKeywordsAndNoteOnce() {
        assertThat(PublicationIndex.words("We prove it. We *prove* (it)!", "Graphs, trees", "In press."))
                .isEqualTo("we prove it graphs trees in press");
    }

    private Path export(Portfolio portfolio) throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        ExportReport report = new SiteExporter().export(portfolio, dir, FixturePortfolio.options(), out);
        assertThat(report.errors()).isEmpty();
        return out;
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }
}
