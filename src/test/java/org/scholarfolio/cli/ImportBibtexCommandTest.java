package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

class ImportBibtexCommandTest {
    @TempDir
    Path tmp;
    Path portfolio;
    Path bib;

    @BeforeEach
    void copyTheTuringSample() throws Exception {
        portfolio = tmp.resolve("turing");
        Files.createDirectories(portfolio);
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), portfolio.resolve("portfolio.json"));
        bib = tmp.resolve("refs.bib");
        Files.writeString(bib, """
                @article{turing1950computing,
                  title = {Computing Machinery and Intelligence},
                  journal = {Mind}, year = 1950, pages = {433--460}, note = {Reprinted often}
                }
                @article{turing1952morpho, doi = {https://doi.org/10.1098/RSTB.1952.0012}, note = {The morphogenesis paper}}
                @article{broken, title = {no closing brace, year = 1900
                @book{hodges1983enigma, title = {Alan Turing: The Enigma}, author = {Hodges, Andrew}, year = {1983}}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void addsAndUpdatesAndReportsEachEntryAndEveryWarningWithItsLine() throws Exception {
        byte[] before = Files.readAllBytes(portfolio.resolve("portfolio.json"));
        CommandRun r = CommandRun.of("import", "bibtex", bib.toString(), "--into", portfolio.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("added    hodges1983enigma: Alan Turing: The Enigma")
                .containsPattern("updated  turing1950computing: .*note")
                .contains("updated  turing1952chemical (turing1952morpho in the file, same DOI): note")
                .contains("1 added, 2 updated");
        assertThat(r.err()).contains("warning: refs.bib:6");
        assertThat(portfolio.resolve("portfolio.json.bak")).hasBinaryContent(before);

        var saved = PortfolioStore.load(portfolio).portfolio().publications();
        assertThat(saved).extracting(Publication::citationKey).contains("hodges1983enigma").doesNotContain("turing1952morpho");
        assertThat(saved).filteredOn(p -> p.citationKey().equals("turing1950computing"))
                .singleElement().satisfies(p -> assertThat(p.note()).isEqualTo("Reprinted often"));
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(portfolio.resolve("portfolio.json"));
        CommandRun r = CommandRun.of("import", "bibtex", bib.toString(), "--into", portfolio.toString(), "--dry-run");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("added    hodges1983enigma").contains("Would import").contains("nothing was written");
        assertThat(portfolio.resolve("portfolio.json")).hasBinaryContent(before);
        assertThat(portfolio.resolve("portfolio.json.bak")).doesNotExist();
    }

    @Test
    void aFileWithoutReadableEntriesChangesNothingAndExitsWithOne() throws Exception {
        Files.writeString(bib, "just some notes, no entries\n");
        CommandRun r = CommandRun.of("import", "bibtex", bib.toString(), "--into", portfolio.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("refs.bib holds no entry");
        assertThat(portfolio.resolve("portfolio.json.bak")).doesNotExist();
    }

    @Test
    void aMissingBibFileOrPortfolioExitsWithTwoNamingTheFile() {
        CommandRun noBib = CommandRun.of("import", "bibtex", tmp.resolve("nope.bib").toString(), "--into", portfolio.toString());
        assertThat(noBib.code()).isEqualTo(2);
        assertThat(noBib.err()).contains("nope.bib");
        CommandRun noPortfolio = CommandRun.of("import", "bibtex", bib.toString(), "--into", tmp.resolve("none").toString());
        assertThat(noPortfolio.code()).isEqualTo(2);
        assertThat(noPortfolio.err()).contains("portfolio.json");
    }

    @Test
    void aBrokenPortfolioIsReportedWithItsLine() throws Exception {
        Files.writeString(portfolio.resolve("portfolio.json"), "{\n  \"schemaVersion\": 1,\n  \"publications\": [\n");
        CommandRun r = CommandRun.of("import", "bibtex", bib.toString(), "--into", portfolio.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("portfolio.json").contains("line");
    }

    @Test
    void anAddedEntryIsListedWithItsTitleAsTheEditorShowsIt() throws Exception {
        Path braced = tmp.resolve("braced.bib");
        Files.writeString(braced, "@misc{numtemp, title = {{NUMTEMP:} {A} real-world benchmark}, year = 2024}\n");
        CommandRun r = CommandRun.of("import", "bibtex", braced.toString(), "--into", portfolio.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("added    numtemp: NUMTEMP: A real-world benchmark");
        assertThat(PortfolioStore.load(portfolio).portfolio().publications())
                .filteredOn(p -> p.citationKey().equals("numtemp")).extracting(Publication::title)
                .containsExactly("{NUMTEMP:} {A} real-world benchmark"); // the braces stay in the file
    }
}
