package org.scholarfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.cli.CommandRun;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.publications.PublicationsViewModel;

/**
 * The dataset link, added as one {@link LinkKind} constant, works everywhere a link does: the
 * site's button, the form, BibTeX and al-folio both ways, CSL-JSON.
 */
class DatasetLinkTest {
    private static final String DATA = "https://zenodo.org/records/1234567";

    @TempDir
    Path tmp;
    private Path portfolio;

    @BeforeEach
    void writePortfolio() throws Exception {
        Publication paper = Publication.builder("rossi2024data", "article").title("A Paper with Data").year(2024)
                .authors(List.of(org.scholarfolio.model.Author.of("Maria", "Rossi"))).journal("Journal of Data")
                .bibtexShow(true)
                .links(org.scholarfolio.model.PublicationLinks.NONE.with(LinkKind.DATASET, DATA)).build();
        Portfolio p = PortfolioStore.load(Path.of("sample-data/yihua-zhang")).portfolio().withPublications(List.of(paper));
        portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        PortfolioStore.save(portfolio, p);
    }

    @Test
    void theSiteShowsADataButtonAndThePublicBibLeavesItOut() throws Exception {
        run("export", portfolio.toString(), "--out", tmp.resolve("site").toString());
        String page = Files.readString(tmp.resolve("site/publications/index.html"));
        assertThat(page).contains("href=\"" + DATA + "\"").containsPattern(">\\s*Data\\s*<");
        try (Stream<Path> bibs = Files.walk(tmp.resolve("site"))) {
            for (Path bib : bibs.filter(f -> f.toString().endsWith(".bib")).toList()) {
                assertThat(Files.readString(bib)).doesNotContain(DATA);
            }
        }
    }

    @Test
    void theFormEditsIt() throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                PortfolioStore.load(portfolio).portfolio(), null);
        PublicationsViewModel vm = new PublicationsViewModel(editor);
        vm.selectedIndexProperty().set(0);
        assertThat(vm.field("links.dataset").get()).isEqualTo(DATA);
        vm.field("links.dataset").set("https://example.org/other-data");
        assertThat(editor.portfolio().publications().get(0).links().get(LinkKind.DATASET)).isEqualTo("https://example.org/other-data");
    }

    @Test
    void bibtexWritesItAndReadsItBack() throws Exception {
        Path bib = tmp.resolve("all.bib");
        run("export-bibtex", portfolio.toString(), "--out", bib.toString());
        assertThat(Files.readString(bib)).contains("dataset = {" + DATA + "}");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        PortfolioStore.save(empty, Portfolio.empty());
        run("import", "bibtex", bib.toString(), "--into", empty.toString());
        assertThat(PortfolioStore.load(empty).portfolio().publications().get(0).links().get(LinkKind.DATASET)).isEqualTo(DATA);
    }

    @Test
    void alfolioWritesItAsACustomKeyThatTheImportReadsBack() throws Exception {
        Path site = tmp.resolve("alfolio");
        run("export-alfolio", portfolio.toString(), "--out", site.toString());
        assertThat(Files.readString(site.resolve("_bibliography/papers.bib"))).contains("dataset = {" + DATA + "}");
        Path back = tmp.resolve("back");
        run("import", "alfolio", site.toString(), "--out", back.toString());
        assertThat(PortfolioStore.load(back).portfolio().publications().get(0).links().get(LinkKind.DATASET)).isEqualTo(DATA);
    }

    @Test
    void cslJsonCarriesItAsACustomLink() throws Exception {
        Path csl = tmp.resolve("all.json");
        run("export-csl", portfolio.toString(), "--out", csl.toString());
        assertThat(Files.readString(csl)).containsPattern("\"custom\":\\s*\\{\\s*\"dataset\":\\s*\"" + DATA.replace(".", "\\.") + "\"");
    }

    private static void run(String... args) {
        CommandRun r = CommandRun.of(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }
}
