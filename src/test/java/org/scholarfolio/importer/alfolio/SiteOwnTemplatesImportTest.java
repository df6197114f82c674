package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sites whose owners wrote into the theme's own files (a home layout of their own, a social key their
 * include links, pages at addresses with folders), as lab and personal al-folio sites of 2025-26 do.
 */
class SiteOwnTemplatesImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    @Test
    void aHomePageWhoseTextIsAllInALayoutOfTheSitesOwnIsReported() throws Exception {
        // a lab's home page: front matter only, the hero, mission and research cards written into _layouts/home.liquid
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: home\ntitle: Home\npermalink: /\n---\n");
        write("_layouts/home.liquid", """
                ---
                layout: default
                ---
                <style>.hero { background: #123; }</style>
                <section class="hero">
                  <h1>Tides, marshes and the <em>sediment</em> they carry</h1>
                  <p>The Holt Lab studies how coastal wetlands trap sediment, how storms move it, and how
                  marshes keep pace with the rising sea. We build instruments, run field campaigns on three
                  coasts and write open models that planners use to decide where to restore a marsh.</p>
                  <a href="{{ '/join/' | relative_url }}">Join the lab</a>
                </section>
                """);
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().bio()).isEmpty();
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("_layouts/home.liquid: the site's home page's layout, home, holds text of its own (")
                .contains("\"Tides marshes and the sediment they carry The Holt Lab studies")
                .endsWith("copy into the bio what should stay"));
    }

    @Test
    void aHomePageOfALayoutWithoutTextOfItsOwnIsNotReported() throws Exception {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: home\ntitle: Home\npermalink: /\n---\nHello, I study tides.\n");
        write("_layouts/home.liquid", "---\nlayout: default\n---\n<div class=\"post\">\n{{ content }}\n</div>\n");

        assertThat(ImportedSite.of(site).warnings()).noneMatch(w -> w.contains("text of its own"));
    }
}
