package org.scholarfolio.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;

/**
 * Hostile input reaches each reader through its real entry point and comes back as the reader's
 * own result or typed error, never another exception. The timeouts only catch a hang (each case
 * takes well under a second here); they are not timings.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalInputTest {
    @TempDir
    Path dir;

    @Test
    void bibtexWithAHundredThousandUnclosedBracesIsReportedNotFatal() {
        var result = new BibtexImporter().read(HostileInputs.unclosedBraces(), "evil.bib");
        assertThat(result.publications().size() + result.warnings().size()).isPositive();
    }

    @Test
    void bibtexWithAHundredThousandNestedBracesIsRead() {
        var result = new BibtexImporter().read(HostileInputs.deeplyNestedBraces(), "deep.bib");
        assertThat(result.publications().size() + result.warnings().size()).isPositive();
    }

    @Test
    void bibtexWithAMillionCharacterLineIsRead() {
        var result = new BibtexImporter().read(HostileInputs.millionCharacterLine(), "long.bib");
        assertThat(result.publications()).hasSize(1);
    }

    @Test
    void aBillionLaughsConfigIsRefusedWithAWarningNotExpanded() throws Exception {
        Path site = alfolioSite(HostileInputs.billionLaughsYaml(), "---\nlayout: about\n---\nHi\n");
        var result = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        assertThat(result.warnings()).isNotEmpty();
    }

    @Test
    void frontMatterWithABillionLaughsOrDeepNestingIsAWarning() throws Exception {
        Path site = alfolioSite("title: Site\n", "---\n" + HostileInputs.billionLaughsYaml() + "---\nHi\n");
        assertThat(AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults()).warnings()).isNotEmpty();
        Path deep = alfolioSite("title: Site\n", "---\n" + HostileInputs.deeplyNestedYaml() + "---\nHi\n");
        assertThat(AlfolioSiteImporter.importSite(deep, AlfolioSiteImporter.Options.defaults()).warnings()).isNotEmpty();
    }

    @Test
    void deeplyNestedJsonIsATypedLoadError() throws Exception {
        Path file = dir.resolve("portfolio.json");
        Files.writeString(file, HostileInputs.deeplyNestedJson());
        assertThatThrownBy(() -> PortfolioStore.load(file)).isInstanceOf(PortfolioLoadException.class)
                .hasMessageContaining("portfolio.json");
    }

    /** The reader's limits are told with the place and the field, in words, not in the JSON library's terms. */
    @Test
    void jsonNestedBeyondTheLimitIsToldWithItsLineColumnAndField() throws Exception {
        Path file = dir.resolve("portfolio.json");
        Files.writeString(file, HostileInputs.deeplyNestedJson());
        assertThatThrownBy(() -> PortfolioStore.load(file)).isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isBetween(1000, 1040);
            assertThat(e.jsonPath()).startsWith("profile[0][0]").endsWith("...").hasSizeLessThan(40);
            assertThat(e.getMessage()).contains("nested more than 1,000 levels", "left unchanged")
                    .doesNotContain("StreamReadConstraints");
        });
    }

    /**
     * A text longer than the JSON library's default limit (20,000,000 characters) was refused in a file
     * over 32 MB (held in chunks, read by Jackson) and read in a smaller one (read by the store's own
     * parser): what the store writes, it reads, at any size.
     */
    @ParameterizedTest
    @ValueSource(ints = {4_000_001, 7_000_000})
    void aTextOfMoreThanTwentyMillionCharactersIsRead(int words) throws Exception {
        Path file = dir.resolve("portfolio.json");
        String bio = "word ".repeat(words);
        Files.writeString(file, "{\"schemaVersion\": 1,\n  \"profile\": {\"name\": {\"first\": \"Ada\"},\n    \"bio\": \""
                + bio + "\"}}");
        assertThat(PortfolioStore.load(file).portfolio().profile().bio()).hasSize(bio.length()).isEqualTo(bio);
    }

    /** A BibTeX import keeps any field name; one over 50,000 characters (the JSON library's default) was saved and then refused. */
    @Test
    void aBibtexFieldNameOfSixtyThousandCharactersIsReadBack() throws Exception {
        Portfolio imported = new BibtexImporter().read("@article{k,\n author={A B},\n title={T},\n " + "x".repeat(60_000)
                + " = {v},\n year=2020\n}\n", "long.bib").publications().stream().findFirst()
                .map(p -> Portfolio.empty().withPublications(java.util.List.of(p))).orElseThrow();
        PortfolioStore.save(dir, imported);
        assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(imported);
    }

    @Test
    void markdownWithDeepNestingAndHugeLinesRenders() {
        MarkdownRenderer md = MarkdownRenderer.shared();
        assertThat(md.render(">".repeat(100_000) + " quote").html()).isNotEmpty();
        assertThat(md.render("[".repeat(100_000) + "x" + "](y)".repeat(1000)).html()).isNotEmpty();
        assertThat(md.render("*a **a ".repeat(50_000)).html()).isNotEmpty();
        assertThat(md.render("x".repeat(1_000_000)).html()).hasSizeGreaterThan(1_000_000);
        assertThat(md.render("<div>".repeat(50_000) + "<script>alert(1)</script>").html()).doesNotContain("<script");
        assertThat(md.render("$" + "{".repeat(100_000) + "$").html()).isNotEmpty();
    }

    private Path alfolioSite(String config, String about) throws Exception {
        Path site = Files.createTempDirectory(dir, "site");
        Files.writeString(site.resolve("_config.yml"), config);
        Files.createDirectories(site.resolve("_pages"));
        Files.writeString(site.resolve("_pages/about.md"), about);
        return site;
    }
}
