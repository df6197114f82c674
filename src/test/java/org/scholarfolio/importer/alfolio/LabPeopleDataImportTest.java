package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarfolio.markdown.MarkdownRenderer;

/**
 * A lab's People page written over {@code _data/people.yml} the way lab sites of 2025-26 write it: the lead
 * through {@code {% assign lead = site.data.people.lead %}}, each student through an include of the site's own
 * card given the loop's item ({@code {% include member_card.liquid member=member %}}), the former members as
 * table rows a loop writes under the table's head with {@code -%}. Jekyll shows every person; each piece must
 * arrive as it does there.
 */
class LabPeopleDataImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/lab-people-site");
    static ImportedSite imported;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.of(SITE);
    }

    @Test
    void anAssignedDataEntryShowsItsFieldsWhereThePageUsesThem() {
        assertThat(imported.body("people"))
                .contains("<img src=\"/assets/img/grace.png\" class=\"rounded\" alt=\"Grace Chisholm\">",
                        "<h3>Grace Chisholm</h3>", "Associate Professor<br>", "Hall B, Room 12 &amp; Lab 3",
                        "<a href=\"/grace/\">Profile</a>")
                .doesNotContain("{%", "{{", "src=\"\"", "<h3></h3>", "href=\"\"");
        assertThat(imported.warnings()).noneMatch(w -> w.startsWith("_pages/people.md") && w.contains("only Jekyll can run"));
        assertThat(imported.result().assets()).extracting(AssetCopy::target).contains("assets/img/grace.png",
                "assets/img/people/tomas.png", "assets/img/people/lena.png");
    }

    @Test
    void anIncludeGivenTheLoopsItemIsTheSitesOwnCardForEachPerson() {
        String people = imported.body("people");
        assertThat(people)
                .contains("<strong>Tomas Brandt</strong>", "src=\"/assets/img/people/tomas.png\"",
                        "<span class=\"text-muted\">Ph.D. Student &middot; since Fall 2024 &middot; with Prof. Ines Dubois (EE) </span",
                        "<em>Topic:</em> Fibre frequency combs")
                .contains("<strong>Lena Ortiz</strong>", "M.S. Student &middot; since Spring 2025 </span",
                        "<em>Topic:</em> Sr⁺ clock lasers", "<li>Summer Research Fellowship</li>",
                        "<li>Best Poster, Optics Day</li>");
        // each card in order, inside the grid
        assertThat(people.indexOf("Tomas Brandt")).isGreaterThan(people.indexOf("people-grid"))
                .isLessThan(people.indexOf("Lena Ortiz"));
        assertThat(MarkdownRenderer.shared().render(people).html()).doesNotContain("<pre", "&lt;div", "&lt;strong");
    }

    @Test
    void rowsALoopWritesUnderATablesHeadAreThatTablesRows() {
        String people = imported.body("people");
        assertThat(people).contains("""
                | Name | Role | Years |
                | ---- | ---- | ----- |
                | Piet Jansen | Undergraduate Researcher | 2022 – 2023 |
                | Aiko Mori | Senior Thesis | Spring 2022 |""");
        String html = MarkdownRenderer.shared().render(people).html();
        assertThat(html).contains("<td>Piet Jansen</td>", "<td>Aiko Mori</td>").doesNotContain("<p>| Piet");
    }

    @Test
    void papersKeptInTheFolderScholarSourceNamesAreThePublications() throws Exception {
        // jekyll-scholar reads the .bib files from scholar.source; the lab keeps them in _papers/, not _bibliography/
        ImportedSite withPapers = ImportedSite.withBibliography(SITE);
        assertThat(withPapers.result().portfolio().publications()).extracting(p -> p.citationKey())
                .containsExactlyInAnyOrder("chisholm2025comb", "ortiz2024laser");
        assertThat(withPapers.paper("chisholm2025comb").journal()).isEqualTo("Optics Letters");
        assertThat(withPapers.warnings()).noneMatch(w -> w.contains("_bibliography"));
    }
}
