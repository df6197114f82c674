package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.UnknownFields;

class BibtexMergeTest {

    private final Publication salun = Publication.builder("zhang2024unlearn", "inproceedings")
            .title("{SalUn}: Empowering Machine Unlearning via Gradient-based Weight Saliency")
            .authors(List.of(new Author("Chongyu", "", "Fan", "", true, false, "", "https://cy.example", UnknownFields.NONE),
                    Author.of("Jiancheng", "Liu")))
            .booktitle("ICLR").year(2024).doi("10.48550/arXiv.2310.12508").selected(true).abbr("ICLR")
            .links(new PublicationLinks("", "salun.pdf", "", "", "", "https://github.com/x/salun", "", "", ""))
            .bibtexFields(Map.of("series", "ICLR '24"))
            .unknownFields(new UnknownFields(Map.of("myNote", "keep me")))
            .build();

    private static List<Publication> read(String bib) {
        BibtexImportResult r = new BibtexImporter().read(bib, "refs.bib");
        assertThat(r.warnings()).isEmpty();
        return r.publications();
    }

    @Test
    void newEntriesAreAddedAtTheEnd() {
        BibtexMergePlan plan = BibtexMerge.plan(List.of(salun), read("@article{new2025, title = {A new paper}, year = 2025}"));
        assertThat(plan.added()).extracting(BibtexMergePlan.Entry::citationKey).containsExactly("new2025");
        assertThat(plan.publications()).extracting(Publication::citationKey).containsExactly("zhang2024unlearn", "new2025");
    }

    /** A looked-up title holds its italics as inline text; the same paper typed plainly is the same paper. */
    @Test
    void aTitleWithEmphasisMatchesTheSameTitleWithout() {
        Publication typed = Publication.builder("lac", "article").title("The lac operon, revisited").build();
        Publication lookedUp = Publication.builder("jacob1961lac", "article").title("The \\emph{lac} Operon, Revisited")
                .year(1961).build();
        BibtexMergePlan plan = BibtexMerge.plan(List.of(typed), List.of(lookedUp));
        assertThat(plan.added()).isEmpty();
        assertThat(plan.updated()).singleElement().satisfies(e -> assertThat(e.match()).isEqualTo(BibtexMergePlan.Match.TITLE));
    }

    @Test
    void matchByCitationKeyUpdatesOnlyWhatTheFileCarriesAndNamesTheChangedFields() {
        BibtexMergePlan plan = BibtexMerge.plan(List.of(salun), read("""
                @inproceedings{Zhang2024Unlearn,
                  title = {{SalUn}: Empowering Machine Unlearning via Gradient-based Weight Saliency},
                  author = {Fan, Chongyu and Liu, Jiancheng},
                  booktitle = {The Twelfth International Conference on Learning Representations},
                  year = {2024}, pages = {1--20}
                }"""));
        assertThat(plan.updated()).singleElement().satisfies(e -> {
            assertThat(e.match()).isEqualTo(BibtexMergePlan.Match.CITATION_KEY);
            assertThat(e.changedFields()).containsExactly("booktitle", "pages");
        });
        Publication merged = plan.publications().get(0);
        assertThat(merged.citationKey()).isEqualTo("zhang2024unlearn");
        assertThat(merged.booktitle()).startsWith("The Twelfth");
        assertThat(merged.pages()).isEqualTo("1–20");
        assertThat(merged.selected()).isTrue();
        assertThat(merged.abbr()).isEqualTo("ICLR");
        assertThat(merged.doi()).isEqualTo("10.48550/arXiv.2310.12508");
        assertThat(merged.links().pdf()).isEqualTo("salun.pdf");
        assertThat(merged.bibtexFields()).containsEntry("series", "ICLR '24");
        assertThat(merged.unknownFields().values()).containsEntry("myNote", "keep me");
        assertThat(merged.authors().get(0).url()).isEqualTo("https://cy.example");
        assertThat(merged.authors().get(0).equalContribution()).as("a file without markers keeps them").isTrue();
    }

    @Test
    void aSecondFileUsingTheSameKeyForAnotherWorkAddsItUnderAFreeKey() {
        // a group's papers file and its theses file both name a 2024 work by the author's name and year
        Publication article = read("""
                @article{Brenner2024, title = {Capture of Magnetic Beads in Porous Tumour Models under Flow},
                  author = {Brenner, Lea}, journal = {Journal of Flow Studies}, year = 2024}""").get(0);
        BibtexMergePlan plan = BibtexMerge.plan(List.of(article), read("""
                @phdthesis{brenner2024, title = {Probabilistic computational approaches for nanomedicine},
                  author = {Brenner, Lea}, school = {Example University}, year = 2024}"""));
        assertThat(plan.updated()).isEmpty();
        assertThat(plan.added()).singleElement().satisfies(e -> {
            assertThat(e.citationKey()).isEqualTo("brenner2024");
            assertThat(e.targetKey()).isEqualTo("brenner2024-2");
            assertThat(e.newKeyNote()).contains("another work", "brenner2024-2");
        });
        assertThat(plan.publications()).extracting(Publication::citationKey).containsExactly("Brenner2024", "brenner2024-2");
        assertThat(plan.publications().get(0)).as("the article is left as it was").isEqualTo(article);
        assertThat(plan.publications().get(1).entryType()).isEqualTo("phdthesis");
    }

    @Test
    void aTitleCorrectedUnderTheSameKeyStillUpdatesThePublication() {
        Publication typo = read("@article{lee2023, title = {Fast Sortng of Very Large Graphs}, year = 2023}").get(0);
        BibtexMergePlan plan = BibtexMerge.plan(List.of(typo),
                read("@article{lee2023, title = {Fast Sorting of Very Large Graphs: A Survey}, year = 2023}"));
        assertThat(plan.added()).isEmpty();
        assertThat(plan.updated()).singleElement().satisfies(e -> assertThat(e.changedFields()).containsExactly("title"));
    }

    @Test
    void matchByDoiKeepsTheExistingKeyWhatEverTheDoiSpelling() {
        BibtexMergePlan plan = BibtexMerge.plan(List.of(salun), read(
                "@misc{fan2023salun, doi = {https://doi.org/10.48550/ARXIV.2310.12508}, note = {Spotlight}}"));
        assertThat(plan.updated()).singleElement().satisfies(e -> {
            assertThat(e.match()).isEqualTo(BibtexMergePlan.Match.DOI);
            assertThat(e.targetKey()).isEqualTo("zhang2024unlearn");
            assertThat(e.changedFields()).containsExactly("type", "note");
        });
        assertThat(plan.publications()).singleElement().satisfies(p -> {
            assertThat(p.citationKey()).isEqualTo("zhang2024unlearn");
            assertThat(p.note()).isEqualTo("Spotlight");
            assertThat(p.doi()).as("the portfolio's spelling of the same DOI stays").isEqualTo("10.48550/arXiv.2310.12508");
        });
    }

    @Test
    void matchByTitleIgnoresCaseAccentsPunctuationAndBraces() {
        Publication accented = Publication.builder("muller", "article").title("Über die Sätze — eine Studie").build();
        BibtexMergePlan plan = BibtexMerge.plan(List.of(salun, accented), read("""
                @article{x1, title = {salun: empowering machine unlearning via gradient based weight saliency}, volume = 3}
                @article{x2, title = {{\\"U}ber die {S}\\"atze: Eine Studie}, year = 1931}
                """));
        assertThat(plan.updated()).extracting(BibtexMergePlan.Entry::targetKey)
                .containsExactly("zhang2024unlearn", "muller");
        assertThat(plan.updated()).allSatisfy(e -> assertThat(e.match()).isEqualTo(BibtexMergePlan.Match.TITLE));
        assertThat(plan.added()).isEmpty();
    }

    @Test
    void theSameEntryAgainChangesNothing() {
        List<Publication> once = BibtexMerge.plan(List.of(), read("@article{a, title = {T}, year = 2020}")).publications();
        BibtexMergePlan again = BibtexMerge.plan(once, read("@article{a, title = {T}, year = 2020}"));
        assertThat(again.unchanged()).hasSize(1);
        assertThat(again.changesSomething()).isFalse();
        assertThat(again.publications()).isEqualTo(once);
    }

    @Test
    void emptyTitlesAndDoisNeverMatch() {
        Publication untitled = Publication.builder("a", "misc").build();
        BibtexMergePlan plan = BibtexMerge.plan(List.of(untitled), read("@misc{b, note = {n}}"));
        assertThat(plan.added()).hasSize(1);
    }

    @Test
    void selectedIsSwitchedOnButNeverOff() {
        Publication off = Publication.builder("a", "misc").title("T").build();
        Publication on = BibtexMerge.plan(List.of(off), read("@misc{a, selected = {true}}")).publications().get(0);
        assertThat(on.selected()).isTrue();
        Publication still = BibtexMerge.plan(List.of(on), read("@misc{a, title = {T}}")).publications().get(0);
        assertThat(still.selected()).isTrue();
    }

    @Test
    void markersInTheFileReplaceThePortfoliosMarkers() {
        Publication merged = BibtexMerge.plan(List.of(salun), read(
                "@inproceedings{zhang2024unlearn, author = {Fan†, Chongyu and Liu*, Jiancheng}}")).publications().get(0);
        assertThat(merged.authors().get(0).equalContribution()).isFalse();
        assertThat(merged.authors().get(0).corresponding()).isTrue();
        assertThat(merged.authors().get(1).equalContribution()).isTrue();
    }
}
