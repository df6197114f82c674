package org.scholarfolio.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.markdown.MarkdownRenderer;
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
