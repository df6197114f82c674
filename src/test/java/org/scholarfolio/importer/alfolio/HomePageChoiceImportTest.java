package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Page;

/** Which page of an al-folio site becomes the portfolio's home page: the one the live site shows at {@code /}. */
class HomePageChoiceImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    @Test
    void aHomePageOfItsOwnWinsOverAnAboutPageMovedToAnotherAddress() throws Exception {
        // a lab's site: its home is a page of its own at /, about.md moved to /about/ and forwards to the People page
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\n");
        write("_pages/about.md", "---\nlayout: page\ntitle: about\npermalink: /about/\nnav: false\nredirect: /people/\n"
                + "---\n\nThe about page now lives at [people]({{ '/people/' | relative_url }}).\n");
        write("_pages/home.md", "---\nlayout: home\ntitle: home\npermalink: /\n---\n"
                + "We study how tidal flats store carbon.\n");
        write("_pages/people.md", "---\nlayout: page\ntitle: people\npermalink: /people/\nnav: true\n---\nAna and Li.\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().bio()).isEqualTo("We study how tidal flats store carbon.");
        assertThat(imported.result().portfolio().pages()).extracting(Page::slug).containsExactly("people");
        assertThat(imported.warnings()).contains("_pages/about.md:6: a redirect from /about/ to /people/, not a page;"
                + " skipped (link to /people/ where it is needed)");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("also has permalink /"));
    }

    @Test
    void anAboutPageAtItsUsualAddressStaysTheHomePageOverAPageJekyllWritesBeforeIt() throws Exception {
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nAna studies tidal flats.\n");
        write("_pages/a-welcome.md", "---\nlayout: page\ntitle: welcome\npermalink: /\n---\nWelcome.\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().bio()).isEqualTo("Ana studies tidal flats.");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/a-welcome.md:4: also has permalink /;"));
    }

    @Test
    void ofTwoPagesAtTheRootTheOneJekyllWritesLastIsTheHomePage() throws Exception {
        // a real site of 2026: about.md left with the first address lines and no text, the bio moved into
        // about_ana.md, also at /. Jekyll sorts the pages by file name and writes about_ana.md over about.md,
        // so the live home page is about_ana.md's
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\n");
        write("_pages/about.md", "---\nlayout: about\ntitle: About\npermalink: /\nprofile:\n  more_info: >\n"
                + "    <p>University</p>\n---\n");
        write("_pages/about_ana.md", "---\nlayout: about\ntitle: About\npermalink: /\nprofile:\n  more_info: >\n"
                + "    <p>Tidal Lab, University</p>\n    <p>Coast City</p>\n---\n\nAna studies tidal flats.\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().bio()).isEqualTo("Ana studies tidal flats.");
        assertThat(imported.result().portfolio().profile().addressLines()).containsExactly("Tidal Lab, University", "Coast City");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/about.md:4: also has permalink /;")
                && w.contains("so the live site shows _pages/about_ana.md"));
    }

    @Test
    void anAboutPageAtAnotherAddressIsStillTheHomePageWhenNothingIsServedAtTheRoot() throws Exception {
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /about/\n---\nAna studies tidal flats.\n");
        write("_pages/people.md", "---\nlayout: page\ntitle: people\npermalink: /people/\n---\nAna and Li.\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().bio()).isEqualTo("Ana studies tidal flats.");
        assertThat(imported.result().portfolio().pages()).extracting(Page::slug).containsExactly("people");
    }
}
