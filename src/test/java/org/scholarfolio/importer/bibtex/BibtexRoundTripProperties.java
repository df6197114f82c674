package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.Publication;

class BibtexRoundTripProperties {

    @Property(tries = 300)
    void writtenPublicationsReadBackEqual(@ForAll("publications") List<Publication> publications) {
        String bibtex = BibtexWriter.complete().write(publications);
        BibtexImportResult back = new BibtexImporter().read(bibtex, "round-trip.bib");
        // the one note allowed: a command the LaTeX conversion does not know is kept as written
        assertThat(back.warnings()).as(bibtex)
                .allSatisfy(w -> assertThat(w.message()).contains("is a LaTeX command Scholarfolio does not know"));
        assertThat(back.publications()).as(bibtex).containsExactlyElementsOf(publications);
    }

    /** export-bibtex, then import bibtex into an empty portfolio. */
    @Property(tries = 200)
    void exportedThenImportedIntoAnEmptyPortfolioGivesEqualPublications(@ForAll("publications") List<Publication> publications) {
        String bibtex = BibtexWriter.complete().write(publications);
        BibtexMergePlan plan = BibtexMerge.plan(List.of(), new BibtexImporter().read(bibtex, "export.bib").publications());
        assertThat(plan.publications()).as(bibtex).containsExactlyElementsOf(publications);
        assertThat(plan.added()).hasSameSizeAs(publications);
    }

    /** Importing a portfolio's own export back into it finds every entry and changes nothing. */
    @Property(tries = 200)
    void importingTheOwnExportChangesNothing(@ForAll("publications") List<Publication> publications) {
        String bibtex = BibtexWriter.complete().write(publications);
        BibtexMergePlan plan = BibtexMerge.plan(publications, new BibtexImporter().read(bibtex, "export.bib").publications());
        assertThat(plan.changesSomething()).as(bibtex).isFalse();
        assertThat(plan.publications()).isEqualTo(publications);
    }

    @Property(tries = 1000)
    void anyInputImportsWithoutThrowingAndEveryWarningHasALine(@ForAll("bibtexish") String source) {
        BibtexImportResult r = new BibtexImporter().read(source, "fuzz.bib");
        long lines = source.chars().filter(c -> c == '\n').count() + 1;
        assertThat(r.warnings()).allSatisfy(w -> assertThat(w.source().line()).isBetween(1, (int) lines));
    }

    @Provide
    Arbitrary<String> bibtexish() {
        Arbitrary<String> piece = Arbitraries.of("@article{", "@string{", "@comment{", "@misc(", "k,", "key1,",
                " title = ", "author=", "{", "}", "\"", "#", ",", "=", "\n", "---\n", "jan", "2020", "$", "\\'",
                "\\v{", "and", " others", "*", "†", "%", "x", "crossref = {k}", "{\\'\\i}", ")", "(");
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<Publication>> publications() {
        return PublicationArbitraries.publications();
    }
}
