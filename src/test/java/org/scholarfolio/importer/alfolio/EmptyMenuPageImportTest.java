package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of the menu whose list its layout makes from a collection the portfolio does not import (a shelf of
 * films, a projects page with no projects) is empty once imported: a researcher wants no menu entry that opens an
 * empty page, so it is imported out of the menu, and the import says so.
 */
class EmptyMenuPageImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    @Test
    void aMenuPageThatShowsNothingOnceImportedIsImportedOutOfTheMenu() throws Exception {
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\ncollections:\n  films:\n    output: true\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nI study rivers.\n");
        write("_layouts/film-shelf.liquid", "{% for f in site.films %}<p>{{ f.title }}</p>{% endfor %}\n");
        write("_films/river.md", "---\ntitle: A river film\n---\nSeen twice.\n");
        write("_pages/films.md", """
                ---
                layout: film-shelf
                title: Films I watched
                permalink: /films/
                nav: true
                ---

                <!-- the shelf is written by the layout from _films -->
                """);
        write("_pages/talks.md", "---\nlayout: page\ntitle: Talks\npermalink: /talks/\nnav: true\n---\n\n");
        write("_pages/map.md", "---\nlayout: page\ntitle: Map\npermalink: /map/\nnav: true\n---\n<img src=\"/assets/img/map.png\" alt=\"\">\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.page("films").inMenu()).isFalse();
        assertThat(imported.page("films").body()).contains("<!-- the shelf is written by the layout");
        // an empty plain page is what its author made, and the live menu opens it too: kept as written (and so a
        // portfolio's empty menu page comes back from its own al-folio export as it was)
        assertThat(imported.page("talks").inMenu()).isTrue();
        assertThat(imported.page("map").inMenu()).isTrue();
        assertThat(imported.warnings()).contains("_pages/films.md:2: the page shows nothing of its own once imported"
                + " (what the live page lists, its layout \"film-shelf\" makes, which only Jekyll runs); imported out of the"
                + " menu, so that the menu opens no empty page: write its text and tick \"Show in the menu\" on the Pages screen");
        assertThat(imported.warnings()).noneSatisfy(w -> assertThat(w).startsWith("_pages/talks.md"));
    }
}
