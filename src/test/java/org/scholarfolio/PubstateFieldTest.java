package org.scholarfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.cli.CommandRun;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.publications.PublicationsViewModel;

/**
 * biblatex's {@code pubstate}, added as one {@link PublicationField} constant (with its row in
 * docs/file-format.md and this test), works everywhere a text field does: the file, the form,
 * BibTeX both ways and the public .bib, al-folio, CSL-JSON, and crossref children do not inherit it.
 */
class PubstateFieldTest {
    @TempDir
    Path tmp;
    private Path portfolio;

    @BeforeEach
    void writePortfolio() throws Exception {
        Publication paper = Publication.builder("rossi2026tides", "article").title("Tides Again").year(2026)
                .authors(List.of(Author.of("Maria", "Rossi"))).journal("Journal of Tides").bibtexShow(true)
                .text(PublicationField.PUBSTATE, "forthcoming").build();
        portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        Portfolio p = PortfolioStore.load(Path.of("sample-data/yihua-zhang")).portfolio().withPublications(List.of(paper));
        PortfolioStore.save(portfolio, p);
    }

    @Test
    void theFileHoldsItUnderItsOwnKey() throws Exception {
        assertThat(Files.readString(portfolio.resolve(PortfolioStore.FILE_NAME))).contains("\"pubstate\": \"forthcoming\"");
        assertThat(PortfolioStore.load(portfolio).portfolio().publications().get(0).text(PublicationField.PUBSTATE))
                .isEqualTo("forthcoming");
    }

    @Test
    void theFormEditsIt() throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                PortfolioStore.load(portfolio).portfolio(), null);
        PublicationsViewModel vm = new PublicationsViewModel(editor);
        vm.selectedIndexProperty().set(0);
        assertThat(vm.field("pubstate").get()).isEqualTo("forthcoming");
        vm.field("pubstate").set("inpress");
        assertThat(editor.portfolio().publications().get(0).text(PublicationField.PUBSTATE)).isEqualTo("inpress");
    }

    @Test
    void bibtexWritesItReadsItBackAndThePublicBibKeepsIt() throws Exception {
        Path bib = tmp.resolve("all.bib");
        run("export-bibtex", portfolio.toString(), "--out", bib.toString());
        assertThat(Files.readString(bib)).contains("pubstate = {forthcoming}");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        PortfolioStore.save(empty, Portfolio.empty());
        run("import", "bibtex", bib.toString(), "--into", empty.toString());
        assertThat(PortfolioStore.load(empty).portfolio().publications().get(0).text(PublicationField.PUBSTATE))
                .isEqualTo("forthcoming");
        run("export", portfolio.toString(), "--out", tmp.resolve("site").toString());
        try (var files = Files.walk(tmp.resolve("site"))) {
            List<Path> bibs = files.filter(f -> f.toString().endsWith(".bib")).toList();
            assertThat(bibs).isNotEmpty().anySatisfy(f -> assertThat(Files.readString(f)).contains("pubstate = {forthcoming}"));
        }
    }

    @Test
    void alfolioWritesItAndTheImportReadsItBack() throws Exception {
        Path site = tmp.resolve("alfolio");
        run("export-alfolio", portfolio.toString(), "--out", site.toString());
        Path back = tmp.resolve("back");
        run("import", "alfolio", site.toString(), "--out", back.toString());
        assertThat(PortfolioStore.load(back).portfolio().publications().get(0).text(PublicationField.PUBSTATE))
                .isEqualTo("forthcoming");
    }

    @Test
    void cslJsonCarriesItAsTheStatus() throws Exception {
        Path csl = tmp.resolve("all.json");
        run("export-csl", portfolio.toString(), "--out", csl.toString());
        assertThat(Files.readString(csl)).containsPattern("\"status\":\\s*\"forthcoming\"");
    }

    @Test
    void aCrossrefChildDoesNotInheritIt() {
        String bib = "@proceedings{conf, title = {Tide Days}, pubstate = {forthcoming}}\n"
                + "@inproceedings{talk, title = {A Talk}, crossref = {conf}}\n";
        Publication child = new BibtexImporter().read(bib, "c.bib").publications().get(1);
        assertThat(child.booktitle()).isEqualTo("Tide Days");
        assertThat(child.text(PublicationField.PUBSTATE)).isEmpty();
    }

    private static void run(String... args) {
        CommandRun r = CommandRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }
}
