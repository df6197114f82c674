package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.Publication;

/** The sitemap dates each page by its content, never by the day of the export. */
class SitemapDatesTest {
    private static final LocalDate SAVED = LocalDate.of(2026, 11, 24);

    @TempDir
    Path temp;

    @Test
    void eachPageIsDatedByWhatItShows() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        String base = FixturePortfolio.BASE_URL;
        assertThat(sitemap)
                .contains("<loc>" + base + "</loc><lastmod>2026-11-24</lastmod>")
                .contains("<loc>" + base + "publications/zhang2024unlearn.html</loc><lastmod>2024-05</lastmod>")
                .contains("<loc>" + base + "publications/zhang2022bilevel.html</loc><lastmod>2022</lastmod>")
                .contains("<loc>" + base + "news/</loc><lastmod>2025-01-10</lastmod>")
                .contains("<loc>" + base + "news/2025-01-10-fellowship-announcement.html</loc><lastmod>2025-01-10</lastmod>");
    }

    @Test
    void aCitationCountFetchedLaterDatesThePaperByThatDay() {
        Publication p = Publication.builder("a", "article").year(2001).month(3)
                .citations(new CitationCount(12, "OpenAlex", LocalDate.of(2026, 6, 2))).build();
        assertThat(SitemapDates.publication(p, SAVED)).isEqualTo("2026-06-02");
    }

    @Test
    void noDateIsLaterThanTheSavedDay() {
        Publication future = Publication.builder("b", "article").year(2027).build();
        assertThat(SitemapDates.publication(future, SAVED)).isEqualTo("2026-11-24");
        Publication undated = Publication.builder("c", "misc").build();
        assertThat(SitemapDates.publication(undated, SAVED)).isEqualTo("2026-11-24");
    }
}
