package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.UnknownFields;

class BibtexWriterTest {

    @Test
    void messyFixtureSurvivesWriteAndRead() throws IOException {
        List<Publication> imported = new BibtexImporter()
                .read(BibtexImporterTest.resource("messy-papers.bib"), "papers.bib").publications();
        String written = BibtexWriter.complete().write(imported);
        BibtexImportResult again = new BibtexImporter().read(written, "written.bib");
        // only the crossref container is reported again: "in press" is written back as it was and read as the same state
        assertThat(again.warnings()).filteredOn(w -> !w.message().contains("crossref container")).isEmpty();
        assertThat(again.publications()).containsExactlyElementsOf(imported);
    }

    @Test
    void biblatexExtendedNamesSurviveTheRoundTripClassicWhereTheClassicFormSaysThemExtendedWhereNot() {
        Publication p = new BibtexImporter().read("@article{xn, author = {family=Brown, given=Brian, prefix=de,"
                + " useprefix=true and family=Lima, given=Ana and family=Moreau, given=Jean, prefix=De and"
                + " family=van der Meer, given=Kees and family=Okafor*, given={Ngozi, A.} and family=Carter,"
                + " given=Rosa, suffix=Jr. and family={Quantum Weather Lab} and given=Lena, family=Brandt, prefix={von der}}}",
                "xn.bib").publications().get(0);
        assertThat(p.authors()).extracting(Author::family)
                .containsExactly("Brown", "Lima", "Moreau", "van der Meer", "Okafor", "Carter", "Quantum Weather Lab", "Brandt");
        String written = BibtexWriter.complete().write(List.of(p));
        // the classic form where it reads back the same; biblatex's where only it does, or the name has options
        assertThat(written).contains("family=Brown, given=Brian, prefix=de, useprefix=true and Lima, Ana and"
                + " family=Moreau, given=Jean, prefix=De and family=van der Meer, given=Kees and"
                + " family=Okafor*, given={Ngozi, A.} and Carter, Jr., Rosa and family=Quantum Weather Lab"
                + " and von der Brandt, Lena");
        Publication again = new BibtexImporter().read(written, "written.bib").publications().get(0);
        assertThat(again.authors()).isEqualTo(p.authors());
        assertThat(again).isEqualTo(p);
    }

    /**
     * A field name typed into portfolio.json that BibTeX cannot hold ({@code x}y}, {@code @comment{},
     * {@code a b}) is left out of the file; before, it was written as it was and the whole entry could
     * not be read back ("a comma seems to be missing after the field 'issn'").
     */
    @Test
    void fieldNamesBibtexCannotHoldAreLeftOutAndTheEntryReadsBack() {
        Publication p = Publication.builder("k1", "article").title("T").year(2020)
                .bibtexFields(new java.util.TreeMap<>(Map.of("issn", "1234-5678", "x}y", "a", "@comment{", "b", "a b", "c",
                        "n=m", "d", "", "e", "keywords", "k"))).build();
        String written = BibtexWriter.complete().write(List.of(p));
        BibtexImportResult again = new BibtexImporter().read(written, "written.bib");
        assertThat(again.warnings()).isEmpty();
        assertThat(again.publications()).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("T");
            assertThat(q.bibtexFields()).containsOnly(Map.entry("issn", "1234-5678"), Map.entry("keywords", "k"));
        });
    }

    @Test
    void twoSpacesInATitleAsAControlSpaceWritesThemSurviveTheRoundTrip() {
        Publication p = new BibtexImporter().read("@article{tb, title = {{Appendix A.\\ \\ Output samples}}}", "tb.bib")
                .publications().get(0);
        assertThat(p.title()).isEqualTo("{Appendix A.  Output samples}");
        String written = BibtexWriter.complete().write(List.of(p));
        assertThat(new BibtexImporter().read(written, "written.bib").publications()).containsExactly(p);
    }

    @Test
    void anAbstractsEmphasisIsMarkdownInTheModelAndLatexInTheExport() throws IOException {
        Publication p = new BibtexImporter()
                .read(BibtexImporterTest.resource("abstract-emphasis.bib"), "abstracts.bib").publications().get(0);
        assertThat(p.abstractText()).isEqualTo("We revisit *derived predicates* and *timed literals*, as defined in"
                + " \\cite{fox:long}; two metrics, *uniqueness* and *overlap*, and a **third** one, *parsimony*,"
                + " close the gap. Costs are $a*b*c$.");
        String written = BibtexWriter.complete().write(List.of(p));
        assertThat(written).contains("\\emph{derived predicates}", "\\emph{timed literals}", "\\emph{uniqueness}",
                "\\textbf{third}", "\\emph{parsimony}", "$a*b*c$");
        assertThat(new BibtexImporter().read(written, "written.bib").publications()).containsExactly(p);
    }

    @Test
    void anAbstractsGroupingBracesAreNotShownAndTheExportReadsBackTheSame() throws IOException {
        Publication p = new BibtexImporter()
                .read(BibtexImporterTest.resource("abstract-braces.bib"), "abstracts.bib").publications().get(0);
        assertThat(p.abstractText()).isEqualTo("The line shape I($\\omega$) of a trapped gas near its $\\lambda$-point"
                + " is computed for m=$\\pm1$; GPU runs agree within 5%, and $x^{2}$ keeps its braces.");
        assertThat(p.title()).isEqualTo("Spectral Lines of a Cold {Bose} Gas");
        String written = BibtexWriter.complete().write(List.of(p));
        assertThat(new BibtexImporter().read(written, "written.bib").publications()).containsExactly(p);
    }

    @Test
    void writesCanonicalBibtexWithMarkersMonthMacroAndEscapes() {
        Publication p = Publication.builder("garcia:2022/x", "inproceedings")
                .title("{BERT} & $\\ell_1$ – 50% of Straße")
                .authors(List.of(
                        new Author("José", "", "García", "", true, true, "‡", "", UnknownFields.NONE),
                        new Author("Pieter", "van der", "Berg", "Jr.", false, false, "", "", UnknownFields.NONE)))
                .andOthers(true)
                .month(3).year(2022).pages("1–10").doi("10.1000/x").selected(true)
                .links(new PublicationLinks("", "paper.pdf", "", "", "", "", "", "", ""))
                .bibtexFields(Map.of("series", "PMLR"))
                .build();
        String bib = BibtexWriter.complete().write(List.of(p));
        assertThat(bib).startsWith("@inproceedings{garcia:2022/x,\n")
                .contains("  title = {{BERT} \\& $\\ell_1$ -- 50\\% of Straße},\n")
                .contains("  author = {García*†‡, José and van der Berg, Jr., Pieter and others},\n")
                .contains("  month = mar,\n")
                .contains("  year = {2022},\n")
                .contains("  pages = {1--10},\n")
                .contains("  doi = {10.1000/x},\n")
                .contains("  selected = {true},\n")
                .contains("  pdf = {paper.pdf},\n")
                .contains("  series = {PMLR},\n")
                .endsWith("}\n")
                .doesNotContain("bibtex_show");
    }
}
