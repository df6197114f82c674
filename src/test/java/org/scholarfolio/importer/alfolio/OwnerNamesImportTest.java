package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.AuthorNames;

/** A family name of two words, written as a YAML list and in BibTeX braces, still finds the researcher's papers. */
class OwnerNamesImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/names-site");

    @Test
    void multiWordFamilyNamesAreReadWholeAndHighlightTheOwnersPapers() throws Exception {
        AlfolioImport r = AlfolioSiteImporter.importSite(SITE, AlfolioSiteImporter.Options.defaults()
                .withBibliographyReader(new BibtexBibliographyReader()));
        assertThat(r.portfolio().profile().name()).isEqualTo(new PersonName("Ana", "", "da Costa"));
        assertThat(r.portfolio().profile().nameVariants())
                .containsExactly("da Costa, Ana", "Ana Costa", "da Costa, A.", "A. Costa");
        AuthorNames owner = new AuthorNames(r.portfolio().profile());
        List<String> highlighted = r.portfolio().publications().stream()
                .filter(p -> p.authors().stream().anyMatch(owner::isResearcher)).map(Publication::citationKey).toList();
        assertThat(highlighted).containsExactly("dacosta2024rivers", "dacosta2023banks");
    }

    @Test
    void theOldestSitesSingleNameKeyIsSplitAtItsLastWord(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("_config.yml"), "name: Grace Brewster Hopper\n");
        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().profile().name()).isEqualTo(new PersonName("Grace Brewster", "", "Hopper"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString()).startsWith("_config.yml:1: the name is read from the older name key"));
    }
    @Test
    void aSiteOfTheFirstReleasesNamesItsOwnerInTheAboutPagesTitle(@TempDir Path site) throws Exception {
        // a real site of 2018: no name keys, a site title written "Ada - De la Cruz", the name as the home page's
        // heading in the about page's title, given name in bold; the profile was named after the site title
        Files.writeString(site.resolve("_config.yml"), "title: Ada - De la Cruz\nemail: ada@example.org\n");
        Files.createDirectories(site.resolve("_pages"));
        Files.writeString(site.resolve("_pages/about.md"), "---\nlayout: about\npermalink: /\n"
                + "title: <strong>Ada</strong> De la Cruz\ndescription: Learner\n---\n\nWelcome.\n");
        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().profile().name()).isEqualTo(new PersonName("Ada", "", "De la Cruz"));
        assertThat(r.portfolio().site().title()).isEqualTo("Ada - De la Cruz");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString()).startsWith("_pages/about.md:4: the researcher's name is"
                + " missing (first_name, middle_name and last_name in _config.yml); the about page's title"));
    }

    @Test
    void anAboutPagesTitleOfOtherWordsNamesNoOne(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("_config.yml"), "title: Tidal Lab\n");
        Files.createDirectories(site.resolve("_pages"));
        Files.writeString(site.resolve("_pages/about.md"), "---\nlayout: about\npermalink: /\ntitle: about\n---\n\nWelcome.\n");
        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().profile().name()).isEqualTo(new PersonName("", "", "Tidal Lab"));
    }
}
