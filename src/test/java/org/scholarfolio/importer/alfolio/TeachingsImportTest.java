package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Page;

/** al-folio's teaching page of 2025 on: courses kept in {@code _teachings}, listed by {@code {% include courses.liquid %}}. */
class TeachingsImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    private Page teaching(ImportedSite imported) {
        return imported.result().portfolio().pages().stream().filter(p -> p.slug().equals("teaching")).findFirst()
                .orElseThrow();
    }

    @Test
    void theCoursesTheIncludeListsAreWrittenInItsPlaceNewestYearFirst() throws Exception {
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\ncollections:\n  teachings:\n    output: true\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/teaching.md", "---\nlayout: page\npermalink: /teaching/\ntitle: teaching\nnav: true\n---\n"
                + "I teach in the field.\n\n## Courses\n\n{% include courses.liquid %}\n");
        write("_teachings/ecol101-2019.md", "---\nlayout: course\ntitle: \"ECOL 101 - Salt *marsh* ecology\"\nyear: 2019\n"
                + "term: Spring\ninstructor: Ana Ruiz (assistant)\ndescription: Field trips to the **estuary**.\n---\n"
                + "## Overview\n\nWeekly labs.\n");
        write("_teachings/ecol210.md", "---\nlayout: course\ntitle: ECOL 210 - Tides\nyear: 2021\nterm: Fall\n---\nNotes.\n");
        write("_teachings/ecol101-2021.md", "---\nlayout: course\ntitle: ECOL 101 - Salt marsh ecology\nyear: 2021\n"
                + "term: Autumn\ninstructor: Ana Ruiz\n---\n");
        write("_teachings/_draft.md", "---\nlayout: course\ntitle: Not yet\nyear: 2022\n---\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(teaching(imported).body()).isEqualTo("""
                I teach in the field.

                ## Courses

                ## 2021

                ### ECOL 101 - Salt marsh ecology

                Autumn · Ana Ruiz

                ### ECOL 210 - Tides

                Fall

                ## 2019

                ### ECOL 101 - Salt \\*marsh\\* ecology

                Spring · Ana Ruiz (assistant)

                Field trips to the **estuary**.""");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("courses.liquid %} only Jekyll can run"));
        assertThat(imported.warnings()).contains("_teachings: 3 teaching entries not imported (each course's own page"
                + " is not read; a page that includes courses.liquid lists them); they stay in the site folder:"
                + " ecol101-2019.md, ecol101-2021.md, ecol210.md");
    }

    @Test
    void withoutTheCollectionTheIncludeIsTakenOutAsBefore() throws Exception {
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/teaching.md", "---\nlayout: page\npermalink: /teaching/\ntitle: teaching\nnav: true\n---\n"
                + "I teach.\n\n{% include courses.liquid %}\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(teaching(imported).body()).isEqualTo("I teach.");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/teaching.md:9: Liquid {% include courses.liquid %}"));
    }
}
