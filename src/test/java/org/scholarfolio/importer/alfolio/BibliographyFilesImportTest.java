package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Publication;

/**
 * A site without papers.bib whose pages show several files: the publications page two of them in a
 * year loop, a Talks page its own file, a reports page a filtered one; a backup and an unused file beside.
 */
class BibliographyFilesImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/bibliography-site");
    static ImportedSite imported;
    static AlfolioImport result;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.withBibliography(SITE);
        result = imported.result();
    }

    @Test
    void everyFileAPageShowsIsImportedWithItsSection() {
        assertThat(result.portfolio().publications()).extracting(Publication::citationKey, Publication::section)
                .containsExactly(
                        tuple("franklin2024fibres", ""), tuple("franklin2023coal", ""),
                        tuple("franklin2024patent", ""),
                        tuple("franklin2023report", "Technical reports"),
                        tuple("franklin2024talk", "Talks"));
        assertThat(imported.warnings()).contains(
                "_bibliography/talks.bib: shown on a page of its own; its entries are imported as the section \"Talks\"");
    }

    @Test
    void aFilterOnPartOfAFileIsReportedAndTheWholeFileImported() {
        assertThat(imported.warnings()).contains("_pages/reports.md:8: shows only the entries of _bibliography/reports.bib"
                + " matching @*[keywords ~= internal]; every entry of the file is imported");
        assertThat(imported.warnings()).noneMatch(w -> w.startsWith("_pages/publications.md") && w.contains("matching"));
    }

    @Test
    void backupsAndFilesNoPageShowsAreReportedNotMerged() {
        assertThat(imported.warnings()).contains(
                "_bibliography/my_papers_BAK.bib: looks like a backup (its name says so); not merged",
                "_bibliography/unused.bib: no published page shows this file; not read");
        assertThat(result.portfolio().publications()).extracting(Publication::title)
                .doesNotContain("Fibre diagrams (old draft)", "Not on any page");
    }

    @Test
    void aKeyInTwoFilesKeepsTheFirstAndSaysSo() {
        assertThat(imported.warnings()).contains(
                "_bibliography/talks.bib: 'franklin2023coal' is also in _bibliography/my_papers.bib; the entry there is kept");
    }

    @Test
    void citeTagsShowAuthorAndYearOfTheImportedPaperLinkedToIt() {
        assertThat(result.portfolio().profile().bio()).isEqualTo("I study the structure of molecules, lately of fibres"
                + " ([Franklin & Gosling, 2024](/publications/#pub-franklin2024fibres)) and of coal"
                + " ([Franklin, 2023](/publications/#pub-franklin2023coal)).\nAn old talk is cited as .");
        assertThat(imported.warnings()).contains("_pages/about.md:9: Liquid {% cite franklin1999lost %} cites a key that is not"
                + " in the imported bibliography; taken out of the text");
    }
    @Test
    void exportAlfolioWritesEachSectionBackToItsOwnFileAndPageAndImportsBackTheSame(@TempDir Path dir) throws Exception {
        AlfolioSiteWriter.AlfolioSite site = AlfolioSiteWriter.write(result.portfolio(), dir.resolve("portfolio"));
        Map<String, String> files = new LinkedHashMap<>();
        site.files().forEach(f -> files.put(f.path(), f.text()));
        assertThat(files.get("_bibliography/talks.bib")).contains("franklin2024talk").doesNotContain("franklin2024fibres");
        assertThat(files.get("_bibliography/technical-reports.bib")).contains("franklin2023report");
        assertThat(files.get("_bibliography/papers.bib")).contains("franklin2024fibres", "franklin2024patent")
                .doesNotContain("franklin2024talk", "franklin2023report");
        assertThat(files.get("_pages/talks.md")).contains("title: Talks", "permalink: /talks/",
                "{% bibliography -f talks %}");
        Path siteDir = dir.resolve("site");
        for (AlfolioSiteWriter.SiteFile f : site.files()) {
            Path target = siteDir.resolve(f.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.text(), StandardCharsets.UTF_8);
        }
        AlfolioImport back = AlfolioSiteImporter.importSite(siteDir, AlfolioSiteImporter.Options.defaults()
                .withBibliographyReader(new BibtexBibliographyReader()));
        // the import reads the section files in the order of their pages' file names
        assertThat(back.portfolio().publications()).containsExactlyInAnyOrderElementsOf(result.portfolio().publications());
    }

    @Test
    void aSectionNamedInLowerCaseComesBackAsWrittenNotCapitalised(@TempDir Path dir) throws Exception {
        List<Publication> renamed = result.portfolio().publications().stream()
                .map(p -> p.section().equals("Talks") ? p.toBuilder().section("invited talks").build()
                        : p.section().isEmpty() ? p : p.toBuilder().section("iOS reports").build())
                .toList();
        AlfolioSiteWriter.AlfolioSite site = AlfolioSiteWriter.write(result.portfolio().withPublications(renamed),
                dir.resolve("portfolio"));
        Path siteDir = dir.resolve("site");
        for (AlfolioSiteWriter.SiteFile f : site.files()) {
            Path target = siteDir.resolve(f.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.text(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(siteDir.resolve("_pages/invited-talks.md")))
                .contains("title: invited talks", "publication_section: invited talks");
        AlfolioImport back = AlfolioSiteImporter.importSite(siteDir, AlfolioSiteImporter.Options.defaults()
                .withBibliographyReader(new BibtexBibliographyReader()));
        assertThat(back.portfolio().publications()).extracting(Publication::section)
                .containsOnly("", "invited talks", "iOS reports");
    }
}
