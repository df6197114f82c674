package org.scholarfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * biblatex's book-level fields ({@code booksubtitle}, {@code booktitleaddon}, {@code maintitle},
 * {@code bookauthor}, {@code editora}) are fields of their own, one {@link PublicationField} constant
 * each: read from BibTeX with their LaTeX, kept in the file and the form, written back to BibTeX and
 * al-folio, and taken from an older file that kept them among the other BibTeX fields.
 */
class BiblatexBookFieldsTest {
    private static final Map<PublicationField, String> VALUES = Map.of(
            PublicationField.BOOKSUBTITLE, "Essays on \\emph{Tides}",
            PublicationField.BOOKTITLEADDON, "Second Edition",
            PublicationField.MAINTITLE, "Collected Works of Maria Rossi",
            PublicationField.BOOKAUTHOR, "Rossi, Maria and Müller, Jan",
            PublicationField.EDITORA, "Brontë, Anne");

    @TempDir
    Path tmp;
    private Path portfolio;

    @BeforeEach
    void writePortfolio() throws Exception {
        Publication.Builder b = Publication.builder("rossi2026tides", "incollection").title("Tides Again").year(2026)
                .authors(List.of(Author.of("Maria", "Rossi"))).booktitle("The Sea").bibtexShow(true);
        VALUES.forEach((f, v) -> f.withText(b, v));
        portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        Portfolio p = PortfolioStore.load(Path.of("sample-data/yihua-zhang")).portfolio().withPublications(List.of(b.build()));
        PortfolioStore.save(portfolio, p);
    }

    @Test
    void bibtexReadsThemAsBiblatexMeansThem() {
        Publication p = new BibtexImporter().read("""
                @incollection{k, title = {A Chapter}, booktitle = {The Sea},
                  booksubtitle = {Essays on \\emph{Tides}}, booktitleaddon = {Second Edition},
                  maintitle = {Collected Works of Maria Rossi}, bookauthor = {Rossi, Maria and M{\\"u}ller, Jan},
                  editora = {Bront{\\"e}, Anne}, editoratype = {translator}}
                """, "b.bib").publications().get(0);
        VALUES.forEach((f, v) -> assertThat(p.text(f)).as(f.jsonKey()).isEqualTo(v));
        assertThat(p.bibtexFields()).containsOnlyKeys("editoratype");
    }

    @Test
    void theFileHoldsThemUnderTheirOwnKeysAndOlderFilesAreRead() throws Exception {
        String json = Files.readString(portfolio.resolve(PortfolioStore.FILE_NAME));
        assertThat(json).contains("\"maintitle\": \"Collected Works of Maria Rossi\"", "\"bookauthor\": \"Rossi, Maria and Müller, Jan\"")
                .doesNotContain("bibtexFields");
        String older = json.replace("\"maintitle\": \"Collected Works of Maria Rossi\",", "")
                .replace("\"bibtexShow\": true", "\"bibtexShow\": true, \"bibtexFields\": {\"maintitle\": \"Old Works\"}");
        Files.writeString(portfolio.resolve(PortfolioStore.FILE_NAME), older);
        Publication p = PortfolioStore.load(portfolio).portfolio().publications().get(0);
        assertThat(p.text(PublicationField.MAINTITLE)).isEqualTo("Old Works");
        assertThat(p.bibtexFields()).isEmpty();
    }

    @Test
    void theFormEditsThem() throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                PortfolioStore.load(portfolio).portfolio(), null);
        PublicationsViewModel vm = new PublicationsViewModel(editor);
        vm.selectedIndexProperty().set(0);
        assertThat(vm.field("bookauthor").get()).isEqualTo("Rossi, Maria and Müller, Jan");
        vm.field("editora").set("Brontë, Emily");
        assertThat(editor.portfolio().publications().get(0).text(PublicationField.EDITORA)).isEqualTo("Brontë, Emily");
    }

    @Test
    void bibtexAndAlfolioWriteThemAndReadThemBack() throws Exception {
        Path bib = tmp.resolve("all.bib");
        run("export-bibtex", portfolio.toString(), "--out", bib.toString());
        assertThat(Files.readString(bib)).contains("booksubtitle = {Essays on \\emph{Tides}}",
                "maintitle = {Collected Works of Maria Rossi}", "editora = {Brontë, Anne}");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        PortfolioStore.save(empty, Portfolio.empty());
        run("import", "bibtex", bib.toString(), "--into", empty.toString());
        Publication fromBib = PortfolioStore.load(empty).portfolio().publications().get(0);
        VALUES.forEach((f, v) -> assertThat(fromBib.text(f)).as(f.jsonKey()).isEqualTo(v));

        Path site = tmp.resolve("alfolio");
        run("export-alfolio", portfolio.toString(), "--out", site.toString());
        Path back = tmp.resolve("back");
        run("import", "alfolio", site.toString(), "--out", back.toString());
        Publication fromSite = PortfolioStore.load(back).portfolio().publications().get(0);
        VALUES.forEach((f, v) -> assertThat(fromSite.text(f)).as(f.jsonKey()).isEqualTo(v));
    }

    @Test
    void aCrossrefChildTakesTheBookAuthorAndMainTitle() {
        String bib = """
                @mvbook{works, title = {Collected Works}, author = {Rossi, Maria}}
                @book{vol, title = {The Sea}, crossref = {works}}
                """;
        Publication volume = new BibtexImporter().read(bib, "c.bib").publications().get(1);
        assertThat(volume.text(PublicationField.MAINTITLE)).isEqualTo("Collected Works");
        assertThat(volume.authors()).extracting(Author::family).containsExactly("Rossi");
    }

    private static void run(String... args) {
        CommandRun r = CommandRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }
}
