package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/** Entries with a section (talks.bib on a Talks page) get a heading of their own below the main list. */
class PublicationSectionsTest {
    @TempDir
    Path temp;

    @Test
    void aSectionIsListedUnderItsOwnHeadingAfterTheMainList() throws IOException {
        Portfolio fixture = FixturePortfolio.portfolio();
        List<Publication> pubs = new ArrayList<>(fixture.publications());
        pubs.add(Publication.builder("talk2024", "misc").title("Helices from X-rays").year(2024).section("Talks").build());
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        new SiteExporter().export(fixture.withPublications(pubs), dir, FixturePortfolio.options(), out);

        Document doc = Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8");
        assertThat(doc.select("section.pub-section#section-talks h2.section-title").text()).isEqualTo("Talks");
        assertThat(doc.select("section.pub-section #pub-talk2024")).hasSize(1);
        assertThat(doc.select("section.pub-section li.pub")).hasSize(1);
        assertThat(doc.select("article.publications > section.year-group li.pub")).hasSize(fixture.publications().size());
        assertThat(doc.select("section.pub-section h3.year").text()).isEqualTo("2024");
    }
}
