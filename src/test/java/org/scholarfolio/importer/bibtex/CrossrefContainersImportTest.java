package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.CrossrefContainers;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;

/**
 * Containers (the proceedings, book or multi-volume work other entries name with crossref) are
 * imported and kept, their children keep the link, and both survive export-bibtex in an order
 * BibTeX reads: the site's list leaves the containers out, and the import says so at each one.
 */
class CrossrefContainersImportTest {

    private static BibtexImportResult fixture() throws IOException {
        return new BibtexImporter().read(BibtexImporterTest.resource("crossref-containers.bib"), "cv.bib");
    }

    private static Publication pub(List<Publication> pubs, String key) {
        return pubs.stream().filter(p -> p.citationKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void everyEntryIsImportedAndEachChildKeepsItsLinkUnderTheContainersKey() throws IOException {
        List<Publication> pubs = fixture().publications();
        assertThat(pubs).extracting(Publication::citationKey)
                .containsExactly("ws2019", "atlas", "atlas:v2", "okafor:2019", "lindqvist:2019", "duarte:ch3");
        Publication lindqvist = pub(pubs, "lindqvist:2019");
        assertThat(lindqvist.booktitle()).isEqualTo("TideWS 2019");
        assertThat(lindqvist.publisher()).isEqualTo("Harbour Press");
        assertThat(lindqvist.year()).isEqualTo(2019);
        assertThat(lindqvist.bibtexFields()).containsEntry("crossref", "ws2019"); // written WS2019: the key it names
        Publication chapter = pub(pubs, "duarte:ch3");
        assertThat(chapter.booktitle()).isEqualTo("Southern Seas");
        assertThat(chapter.text(PublicationField.MAINTITLE)).isEqualTo("Atlas of Coastal Currents");
        assertThat(chapter.year()).isEqualTo(2001);
        assertThat(pub(pubs, "atlas:v2").bibtexFields()).containsEntry("crossref", "atlas");
    }

    @Test
    void eachContainerIsReportedAtItsLineWithTheEntriesThatNameIt() throws IOException {
        List<Diagnostic> warnings = fixture().warnings();
        assertThat(warnings).extracting(w -> w.source().line()).containsExactly(3, 11, 16);
        assertThat(warnings.get(0).source().file()).isEqualTo("cv.bib");
        assertThat(warnings.get(0).message()).contains("@proceedings entry 'ws2019'", "'okafor:2019', 'lindqvist:2019'",
                "the site does not list it", "export-bibtex writes it");
        assertThat(warnings.get(1).message()).contains("'atlas'", "'atlas:v2'");
        assertThat(warnings.get(2).message()).contains("'atlas:v2'", "'duarte:ch3'");
    }

    @Test
    void theContainersAreTheEntriesNamedByACrossref() throws IOException {
        List<Publication> pubs = fixture().publications();
        CrossrefContainers containers = CrossrefContainers.of(pubs);
        assertThat(containers.listed(pubs)).extracting(Publication::citationKey)
                .containsExactly("okafor:2019", "lindqvist:2019", "duarte:ch3");
        assertThat(containers.childrenOf(pub(pubs, "ws2019"))).containsExactly("okafor:2019", "lindqvist:2019");
    }

    @Test
    void exportBibtexWritesEachContainerAfterItsChildrenAndReadsBackUnchanged() throws IOException {
        List<Publication> pubs = fixture().publications();
        String written = BibtexWriter.complete().write(pubs);
        assertThat(written.indexOf("@proceedings{ws2019,")).isGreaterThan(written.indexOf("@inproceedings{lindqvist:2019,"));
        assertThat(written.indexOf("@book{atlas:v2,")).isGreaterThan(written.indexOf("@incollection{duarte:ch3,"));
        assertThat(written.indexOf("@mvbook{atlas,")).isGreaterThan(written.indexOf("@book{atlas:v2,"));
        assertThat(written).contains("crossref = {ws2019}");
        BibtexImportResult again = new BibtexImporter().read(written, "again.bib");
        assertThat(again.publications()).containsExactlyInAnyOrderElementsOf(pubs);
        assertThat(again.warnings()).extracting(Diagnostic::message).allMatch(m -> m.contains("crossref container"));
    }

    @Test
    void thePublicCopyOfAChildHoldsItsVenueAndNoLinkToAContainerTheSiteDoesNotList() throws IOException {
        String copy = BibtexWriter.publicCopy().write(pub(fixture().publications(), "okafor:2019"));
        assertThat(copy).contains("booktitle = {TideWS 2019}").doesNotContain("crossref");
    }

    @Test
    void aCrossrefToAnotherKeyOfAnEntryGivenInItsIdsFindsItAsBiberDoes() {
        BibtexImportResult r = new BibtexImporter().read("""
                @inbook{ch, crossref = {hb-old}, title = {Tides}, pages = {3--9}}
                @book{handbook, ids = {hb-old, hb-first}, title = {Handbook of Harbours}, year = 1999}
                """, "t.bib");
        Publication chapter = r.publications().get(0);
        assertThat(chapter.booktitle()).isEqualTo("Handbook of Harbours");
        assertThat(chapter.year()).isEqualTo(1999);
        assertThat(chapter.bibtexFields()).containsEntry("crossref", "handbook");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("'handbook' is the crossref container of 'ch'"));
    }
}
