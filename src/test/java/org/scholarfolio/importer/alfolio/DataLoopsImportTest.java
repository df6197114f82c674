package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Page;

/**
 * Pages that list people and courses from {@code _data/*.yml} with Liquid loops, as lab sites do:
 * the common shapes render as Jekyll would; a loop that cannot is taken out and listed.
 */
class DataLoopsImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/data-loops-site");
    static ImportedSite imported;
    static AlfolioImport result;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.of(SITE);
        result = imported.result();
    }

    @Test
    void aLoopOverADataListShowsEachRecordWithItsFieldsAndConditions() {
        assertThat(imported.body("people"))
                .contains("- **Ada King**, PhD student ([website](https://example.org/ada)), since 2021")
                .contains("- **Luigi Menabrea**, Visiting researcher, since 2023")
                .contains("- Mary Somerville (Postdoc), now professor at a college")
                .contains("No visitors this year.")
                .doesNotContain("{%", "{{", "website]()");
    }

    @Test
    void conditionsOnDataFromAFolderComparisonsSizesAndFirst() {
        String teaching = imported.body("teaching");
        assertThat(teaching).contains("<li><b>Mechanical computation</b> (Winter 2024, graduate)</li>",
                "<li>Tables and their errors (Summer 2023)</li>", "No teaching assistance at the moment.",
                "Ask Ada King about office hours.", "Newest first: 1. Mechanical computation");
        assertThat(teaching).doesNotContain("Assistant for", "{%", "{{");
    }

    @Test
    void aLoopThatCannotBeRenderedIsTakenOutWholeAndListedWithItsLine() {
        assertThat(imported.body("projects-list")).isEqualTo("Our projects are listed below.");
        assertThat(imported.warnings()).contains(
                "_data/broken.yml:3: invalid YAML: while parsing a block collection, expected <block end>,"
                        + " but found '<block mapping start>'; the Liquid that uses it is taken out")
                .anyMatch(w -> w.startsWith("_pages/mixed.md:13: Liquid {% for p in site.data.broken.items %}")
                        && w.endsWith("only Jekyll can run; taken out of the text"))
                .anyMatch(w -> w.startsWith("_pages/mixed.md:17: Liquid {% for p in site.data.people.current %}"));
    }

    @Test
    void aLoopOverWhatOnlyJekyllKnowsStillSkipsThePage() {
        assertThat(result.portfolio().pages()).extracting(Page::slug).containsExactlyInAnyOrder("people", "teaching",
                "projects-list");
        assertThat(imported.warnings()).contains("_pages/blog-list.md:7: the body is Liquid machinery ({% for ...) that only"
                + " Jekyll can run; page skipped");
    }
}
