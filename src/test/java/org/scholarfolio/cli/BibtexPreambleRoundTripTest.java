package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.store.PortfolioStore;

/**
 * A collection's {@code @preamble} defines the macros its entries use ({@code \pkg{...}}); a
 * portfolio that dropped it wrote a BibTeX file LaTeX could not run. It is kept through
 * import bibtex, export-bibtex and a second import.
 */
class BibtexPreambleRoundTripTest {
    private static final String PREAMBLE_ONE = "\\providecommand{\\pkg}[1]{\\textsf{#1}}";
    private static final String PREAMBLE_TWO = "\\providecommand{\\Dutch}[2]{#2}";

    @TempDir
    Path tmp;
    Path portfolio;
    Path bib;

    @BeforeEach
    void aPortfolioAndAFileWithTwoPreambles() throws Exception {
        portfolio = tmp.resolve("mine");
        Files.createDirectories(portfolio);
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), portfolio.resolve("portfolio.json"));
        bib = tmp.resolve("collection.bib");
        Files.writeString(bib, """
                @string{pre = "\\providecommand{\\pkg}"}
                @preamble{ pre # "[1]{\\textsf{#1}}" }
                @preamble{{\\providecommand{\\Dutch}[2]{#2}}}
                @manual{solver2001, title = {The \\pkg{solve} package}, author = {Ada Lovelace}, year = 2001}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void importKeepsThePreambleAndExportWritesItBackForTheNextImport() throws Exception {
        CommandRun in = CommandRun.of("import", "bibtex", bib.toString(), "--into", portfolio.toString());
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("@preamble");
        assertThat(PortfolioStore.load(portfolio).portfolio().site().bibtexPreamble())
                .isEqualTo(PREAMBLE_ONE + "\n" + PREAMBLE_TWO);

        Path out = tmp.resolve("all.bib");
        CommandRun export = CommandRun.of("export-bibtex", portfolio.toString(), "--out", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        String written = Files.readString(out);
        assertThat(written).startsWith("@preamble{{" + PREAMBLE_ONE + "\n" + PREAMBLE_TWO + "}}\n")
                .contains("@manual{solver2001");

        Path fresh = tmp.resolve("fresh");
        Files.createDirectories(fresh);
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), fresh.resolve("portfolio.json"));
        CommandRun again = CommandRun.of("import", "bibtex", out.toString(), "--into", fresh.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(PortfolioStore.load(fresh).portfolio().site().bibtexPreamble())
                .isEqualTo(PortfolioStore.load(portfolio).portfolio().site().bibtexPreamble());
    }

    @Test
    void anAlfolioSiteWrittenFromThePortfolioKeepsThePreambleThroughItsImport() throws Exception {
        assertThat(CommandRun.of("import", "bibtex", bib.toString(), "--into", portfolio.toString()).code()).isZero();
        Path site = tmp.resolve("site");
        CommandRun written = CommandRun.of("export-alfolio", portfolio.toString(), "--out", site.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(Files.readString(site.resolve("_bibliography/papers.bib"))).contains("@preamble{{" + PREAMBLE_ONE);
        Path back = tmp.resolve("back");
        CommandRun imported = CommandRun.of("import", "alfolio", site.toString(), "--out", back.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(PortfolioStore.load(back).portfolio().site().bibtexPreamble())
                .isEqualTo(PREAMBLE_ONE + "\n" + PREAMBLE_TWO);
    }

    @Test
    void importingTheSameFileTwiceAddsItsPreambleOnce() throws Exception {
        assertThat(CommandRun.of("import", "bibtex", bib.toString(), "--into", portfolio.toString()).code()).isZero();
        CommandRun second = CommandRun.of("import", "bibtex", bib.toString(), "--into", portfolio.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).doesNotContain("@preamble");
        assertThat(PortfolioStore.load(portfolio).portfolio().site().bibtexPreamble())
                .isEqualTo(PREAMBLE_ONE + "\n" + PREAMBLE_TWO);
    }
}
