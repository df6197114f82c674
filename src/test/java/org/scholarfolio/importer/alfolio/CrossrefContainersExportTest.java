package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;

/**
 * jekyll-scholar lists every entry of papers.bib that its query matches and does not follow a
 * {@code crossref} (its Liquid entry holds the entry's own fields only), so a proceedings volume named
 * only by its papers' {@code crossref} would show as a publication of its own and its papers without
 * their venue.
 */
class CrossrefContainersExportTest {
    private static final String BIB = """
            @inproceedings{lovelace2024notes, title = {Notes}, author = {Lovelace, Ada}, crossref = {icml2024}, pages = {1--9}}
            @inproceedings{lovelace2024tables, title = {Tables}, author = {Lovelace, Ada}, booktitle = {Own Workshop},
              year = {2024}, crossref = {icml2024}}
            @proceedings{icml2024, title = {Proceedings of ICML}, year = {2024}, publisher = {PMLR}}
            @article{lovelace2023, title = {Engines}, author = {Lovelace, Ada}, journal = {Memoirs}, year = {2023}}
            """;

    @Test
    void containersAreLeftOutOfPapersBibAndTheirPapersCarryTheirFields(@TempDir Path dir) {
        // as the editor may hold them: a child that was typed, not imported, has only its own fields
        List<Publication> typed = List.of(
                Publication.builder("lovelace2024notes", "inproceedings").text(PublicationField.TITLE, "Notes")
                        .bibtexFields(Map.of("crossref", "icml2024")).build(),
                Publication.builder("lovelace2024tables", "inproceedings").text(PublicationField.TITLE, "Tables")
                        .text(PublicationField.BOOKTITLE, "Own Workshop").year(2024)
                        .bibtexFields(Map.of("crossref", "icml2024")).build(),
                Publication.builder("icml2024", "proceedings").text(PublicationField.TITLE, "Proceedings of ICML")
                        .year(2024).text(PublicationField.PUBLISHER, "PMLR").build(),
                Publication.builder("lovelace2023", "article").text(PublicationField.TITLE, "Engines")
                        .text(PublicationField.JOURNAL, "Memoirs").year(2023).build());
        AlfolioSiteWriter.AlfolioSite site = AlfolioSiteWriter.write(Portfolio.empty().withPublications(typed),
                dir.resolve("portfolio"));
        String papers = site.files().stream().filter(f -> f.path().equals("_bibliography/papers.bib"))
                .findFirst().orElseThrow().text();
        List<Publication> listed = new BibtexImporter().read(papers, "papers.bib").publications();

        assertThat(listed).extracting(Publication::citationKey)
                .containsExactly("lovelace2024notes", "lovelace2024tables", "lovelace2023");
        Publication notes = listed.get(0);
        assertThat(notes.booktitle()).isEqualTo("Proceedings of ICML");
        assertThat(notes.year()).isEqualTo(2024);
        assertThat(notes.text(PublicationField.PUBLISHER)).isEqualTo("PMLR");
        // what the paper says itself wins over its container
        assertThat(listed.get(1).booktitle()).isEqualTo("Own Workshop");
        // no key left that names an entry the file does not hold
        assertThat(papers).doesNotContain("crossref");
        assertThat(site.notCarried()).anyMatch(line -> line.contains("icml2024") && line.contains("lovelace2024notes"));
    }

    @Test
    void anImportedContainerAndItsPapersAreWrittenTheSameWay(@TempDir Path dir) {
        List<Publication> imported = new BibtexImporter().read(BIB, "papers.bib").publications();
        String papers = AlfolioSiteWriter.write(Portfolio.empty().withPublications(imported), dir).files().stream()
                .filter(f -> f.path().equals("_bibliography/papers.bib")).findFirst().orElseThrow().text();
        assertThat(papers).doesNotContain("@proceedings{icml2024").contains("Proceedings of ICML");
        assertThat(papers).isEqualTo("---\n---\n\n" + BibtexWriter.complete().write(
                new BibtexImporter().read(papers, "papers.bib").publications()));
    }
}
