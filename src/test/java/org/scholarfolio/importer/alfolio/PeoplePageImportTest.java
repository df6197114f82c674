package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Page;

/** A lab's People page of al-folio's profiles layout, imported as its visitors see it. */
class PeoplePageImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/people-site");
    static ImportedSite imported;
    static AlfolioImport result;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.of(SITE);
        result = imported.result();
    }

    @Test
    void everyProfileShowsItsPhotoDetailsAndContentInOrder() {
        Page page = imported.page("people");
        assertThat(page.title()).isEqualTo("people");
        assertThat(page.inMenu()).isTrue();
        assertThat(page.menuOrder()).isEqualTo(2);
        String body = page.body();
        // as al-folio's layout shows a profile: the photo and its more_info in a column at its side (the site's
        // .profile, 30% wide, as the home page's photo), the text beside it, the next profile below both
        assertThat(body).contains("<div class=\"bio\">\n\n<div class=\"profile right\">\n"
                        + "<img src=\"/assets/img/people/ingrid.jpg\" alt=\"Ingrid Holm\" class=\"circle\">\n"
                        + "<div class=\"more-info\">\n<p>Group leader</p>",
                "Ingrid measures how fast **outlet glaciers** flow",
                "<div class=\"bio\">\n\n<div class=\"profile left\">\n"
                        + "<img src=\"/assets/img/people/tomas.jpg\" alt=\"people/tomas.jpg\">\n"
                        + "<div class=\"more-info\">\n<p>PhD student, Glacier Dynamics Group</p>\n</div>\n</div>\n\n",
                "Tomas models calving fronts in the group.\n\n</div>");
        assertThat(body.indexOf("Ingrid measures")).isLessThan(body.indexOf("Tomas models"));
        // this site's own layout shows name, position and links (the theme's shows none of them)
        assertThat(body).contains("<h3>Ingrid Holm</h3>\n<p>Associate Professor</p>\n"
                + "<p><a href=\"https://scholar.example.org/ingrid\">Scholar page</a></p>");
        // include_relative's file without its front matter; entries divided as the layout divides them
        assertThat(body).doesNotContain("title: Tomas").doesNotContain("{%").contains("\n<hr>\n");
        assertThat(result.assets()).extracting(AssetCopy::target).contains("assets/img/people/ingrid.jpg", "assets/img/people/tomas.jpg");
    }

    @Test
    void aProfileWithTheTemplatesBioIsALeftoverAndAMissingContentFileIsReported() throws Exception {
        assertThat(imported.page("people").body()).contains("Write your biography here");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/about_einstein.md:1: a profile on _pages/people.md shows"
                + " the al-folio template's example bio"));
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/people.md:") && w.contains("member_missing.md is missing"));
        AlfolioImport dropped = AlfolioSiteImporter.importSite(SITE, AlfolioSiteImporter.Options.defaults()
                .withDropTemplateLeftovers(true));
        assertThat(new ImportedSite(dropped).body("people")).doesNotContain("Write your biography").doesNotContain("nobody.jpg")
                .contains("Ingrid measures", "Tomas models", "people/visitor.jpg");
    }

    @Test
    void theThemesOwnLayoutShowsNoNameOrPosition(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        try (var files = Files.walk(SITE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve(SITE.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Files.delete(site.resolve("_layouts/profiles.liquid"));
        String body = ImportedSite.of(site).body("people");
        assertThat(body).contains("Ingrid measures").doesNotContain("Ingrid Holm</h3>").doesNotContain("Associate Professor")
                .doesNotContain("Scholar page");
    }

    @Test
    void aFileWithoutFrontMatterIsNoPageOfItsOwn() {
        assertThat(result.portfolio().pages()).extracting(Page::slug).doesNotContain("member-ingrid", "about-einstein");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/member_ingrid.md: has no front matter, so Jekyll copies it"));
    }

    @Test
    void aLayoutThatPrintsContentItselfHasTheTextThereAndShowsTheOtherKeysItReads(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("_pages"));
        Files.createDirectories(site.resolve("_layouts"));
        Files.writeString(site.resolve("_config.yml"), "first_name: Ingrid\nlast_name: Holm\n");
        Files.writeString(site.resolve("_pages/about.md"), "---\nlayout: about\npermalink: /\n---\nThe group studies glaciers.\n");
        Files.writeString(site.resolve("_layouts/profiles.liquid"), """
                ---
                layout: page
                ---
                {% assign first_profile = page.profiles | first %}
                <h2><a href="{{ first_profile.scholar_url }}">{{ first_profile.name }}</a></h2><p>{{ first_profile.role }}</p>
                {% if first_profile.content %}<p class="content">{{ first_profile.content }}</p>{% endif %}
                {% for profile in page.profiles offset:1 %}<h3>{{ profile.name }}</h3><p>{{ profile.role }}</p>{% endfor %}
                """);
        Files.writeString(site.resolve("_pages/team.md"), """
                ---
                layout: profiles
                permalink: /team/
                title: Team
                nav: true
                profiles:
                  - name: Ingrid Holm
                    role: Group leader
                    scholar_url: https://scholar.example.org/ingrid
                    hobby: sailing
                    content: >
                      Ingrid measures how fast outlet glaciers flow and leads the group's
                      field seasons in {{ site.last_name }}'s favourite fjord.
                  - name: Tomas Berg
                    role: PhD student
                ---
                """);
        ImportedSite imported = ImportedSite.of(site);
        String body = imported.body("team");
        assertThat(body).contains("<h3>Ingrid Holm</h3>\n<p>Group leader</p>\n"
                        + "<p><a href=\"https://scholar.example.org/ingrid\">Scholar</a></p>\n",
                "Ingrid measures how fast outlet glaciers flow and leads the group's field seasons in Holm's favourite fjord.",
                "<h3>Tomas Berg</h3>\n<p>PhD student</p>")
                .doesNotContain("sailing");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("is missing"));
    }
}
