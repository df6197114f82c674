package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;

/** biblatex's spellings reach the portfolio's own fields, as biblatex means them (fixture: biblatex-fields.bib). */
class BiblatexFieldsTest {
    private static BibtexImportResult result;

    @BeforeAll
    static void importFixture() throws Exception {
        result = new BibtexImporter().read(BibtexImporterTest.resource("biblatex-fields.bib"), "biblatex-fields.bib");
    }

    private static Publication entry(String key) {
        return result.publications().stream().filter(p -> p.citationKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void journaltitleIsTheJournal() {
        assertThat(entry("okafor2021tides").journal()).isEqualTo("Journal of Coastal Physics");
    }

    @Test
    void bothSpellingsKeepBiblatexsAsBiberDoesAndNameTheOther() {
        assertThat(entry("both2022journal").journal()).isEqualTo("Journal Two");
        assertThat(result.warnings()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("'journal = {Journal One}' was left out", "'journaltitle'", "biber"));
        Publication reversed = new BibtexImporter().read("""
                @article{k, journaltitle = {Two}, journal = {One}, eprintclass = {cs.CL}, primaryclass = {cs.LG}}
                """, "r.bib").publications().get(0);
        assertThat(reversed.journal()).isEqualTo("Two");
        assertThat(reversed.text(org.scholarfolio.model.PublicationField.PRIMARY_CLASS)).isEqualTo("cs.CL");
    }

    @Test
    void theDateGivesYearAndMonthButUrldateAndEventdateDoNot() {
        Publication tides = entry("okafor2021tides");
        assertThat(tides.year()).isEqualTo(2021);
        assertThat(tides.month()).isEqualTo(6);
        assertThat(tides.bibtexFields()).containsEntry("urldate", "2023-01-02");
        Publication talk = entry("novak2018talk");
        assertThat(talk.year()).isEqualTo(2018);
        assertThat(talk.month()).isEqualTo(11);
        assertThat(talk.bibtexFields()).containsEntry("eventdate", "2018-05-02/2018-05-04");
    }

    @Test
    void anArxivEprintIsTheArxivIdAndEprintclassItsCategory() {
        Publication tides = entry("okafor2021tides");
        assertThat(tides.arxiv()).isEqualTo("2106.01234");
        assertThat(tides.text(PublicationField.PRIMARY_CLASS)).isEqualTo("physics.ao-ph");
        assertThat(tides.bibtexFields()).containsEntry("eprint", "2106.01234").containsEntry("eprinttype", "arxiv");
        Publication berg = entry("berg2020preprint");
        assertThat(berg.arxiv()).isEqualTo("2003.04567v2");
        assertThat(berg.text(PublicationField.PRIMARY_CLASS)).isEqualTo("physics.flu-dyn");
        assertThat(berg.text(PublicationField.LICENSE)).isEqualTo("CC BY 4.0");
    }

    @Test
    void institutionIsAFieldOfItsOwn() {
        Publication report = entry("haddad2019survey");
        assertThat(report.text(PublicationField.INSTITUTION)).isEqualTo("Institute of Marine Studies");
        assertThat(report.bibtexField("Institution")).isEqualTo("Institute of Marine Studies");
        assertThat(report.bibtexFields()).doesNotContainKey("institution");
    }

    @Test
    void exportAndImportAgainChangeNothing() {
        List<Publication> again = new BibtexImporter().read(BibtexWriter.complete().write(result.publications()),
                "again.bib").publications();
        assertThat(again).isEqualTo(result.publications());
    }
}
