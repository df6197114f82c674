package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/** A proceedings volume that papers name with crossref is kept in the portfolio but not listed, with a warning. */
class CrossrefContainersOnTheSiteTest {
    @TempDir
    Path temp;

    @Test
    void aContainerIsLeftOutOfTheListAndItsOwnPageWithAWarningNamingItsChildren() throws IOException {
        Portfolio fixture = FixturePortfolio.portfolio();
        List<Publication> pubs = new ArrayList<>(fixture.publications());
        pubs.add(Publication.builder("tidews2019", "proceedings").title("Proceedings of the Third Workshop on Tidal Models")
                .booktitle("TideWS 2019").year(2019).build());
        pubs.add(Publication.builder("okafor2019", "inproceedings").title("Ebb Prediction with Sparse Gauges")
                .booktitle("TideWS 2019").year(2019).bibtexFields(Map.of("crossref", "TideWS2019")).build());
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        ExportReport report = new SiteExporter().export(fixture.withPublications(pubs), dir, FixturePortfolio.options(), out);

        Document doc = Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8");
        assertThat(doc.select("#pub-okafor2019")).hasSize(1);
        assertThat(doc.select("#pub-tidews2019")).isEmpty();
        assertThat(doc.select("li.pub")).hasSize(fixture.publications().size() + 1);
        assertThat(Files.exists(out.resolve("publications/tidews2019.html"))).isFalse();
        String bib = Files.readString(out.resolve(Routes.PUBLICATIONS_BIB));
        assertThat(bib).contains("@inproceedings{okafor2019,").doesNotContain("tidews2019").doesNotContain("crossref");
        assertThat(report.warnings()).filteredOn(w -> w.message().contains("crossref container"))
                .singleElement().satisfies(w -> {
                    assertThat(w.field().toString()).isEqualTo("publications[tidews2019]");
                    assertThat(w.message()).contains("okafor2019", "does not list it");
                });
    }
}
