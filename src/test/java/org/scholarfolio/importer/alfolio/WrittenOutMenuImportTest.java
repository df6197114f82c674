package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Page;

/**
 * A menu written out as links in the site's own {@code _includes/header.html}, as al-folio's releases of
 * 2018-19 and the course sites built on them wrote it: no page says {@code nav:}, the header links each page by
 * its address. The live site's menu shows those pages in the header's order; the portfolio's menu must too.
 */
class WrittenOutMenuImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    private void courseSite(String header) throws IOException {
        write("_config.yml", "name: 11-485 Optics\n");
        write("_includes/header.html", header);
        write("_pages/about.md", "---\nlayout: about\npermalink: /\ntitle: Optics\n---\nA course on lenses.\n");
        write("_pages/syllabus.md", "---\nlayout: page\npermalink: /syllabus/\ntitle: Syllabus\n---\nWeekly readings.\n");
        write("_pages/labs.md", "---\nlayout: page\npermalink: /labs/\ntitle: Lab Sessions\n---\nBring goggles.\n");
        write("_pages/faq.md", "---\nlayout: page\npermalink: /faq/\ntitle: FAQ\n---\nAsk on the forum.\n");
    }

    @Test
    void thePagesAWrittenOutMenuLinksAreInTheMenuInItsOrder() throws Exception {
        courseSite("""
                <header class="site-header">
                  <a class="site-title" href="{{ site.baseurl | prepend: site.url }}/">{{ site.name }}</a>
                  <nav class="site-nav">
                    <a class="page-link" href="{{ '/labs/' | relative_url }}">labs</a>
                    <a class="page-link" href="{{ site.baseurl }}/schedule/">schedule</a>
                    <a class="page-link" href="/syllabus/">syllabus</a>
                    <a class="page-link" href="{{ '/assets/pdf/rules.pdf' | relative_url }}">rules</a>
                  </nav>
                </header>
                """);
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.page("labs").inMenu()).isTrue();
        assertThat(imported.page("syllabus").inMenu()).isTrue();
        assertThat(imported.page("labs").menuOrder()).isLessThan(imported.page("syllabus").menuOrder());
        assertThat(imported.page("faq").inMenu()).isFalse();
        assertThat(imported.warnings()).contains("_includes/header.html:4: this site's menu is written out as links, not"
                + " read from the pages' \"nav:\"; the pages it links are in the portfolio's menu in its order: Lab Sessions,"
                + " Syllabus; /schedule/ is no page imported here, left out of the menu")
                .noneMatch(w -> w.contains("tick \"Show in the menu\""));
    }

    @Test
    void aHeaderThatLoopsOverThePagesStillDecidesByTheirFlags() throws Exception {
        courseSite("""
                <nav>
                {% for p in site.pages %}{% if p.nav %}<a href="{{ p.url | relative_url }}">{{ p.title }}</a>{% endif %}{% endfor %}
                <a href="/labs/">labs</a>
                </nav>
                """);
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().pages()).noneMatch(Page::inMenu);
        assertThat(imported.warnings()).anyMatch(w -> w.contains("tick \"Show in the menu\""));
    }

    @Test
    void aHeaderThatListsEveryPageWithATitlePutsThemAllInTheMenu() throws Exception {
        // al-folio's first releases: the menu is each page of site.pages that has a title, the home page aside
        courseSite("""
                <nav class="site-nav">
                  {% for p in site.pages %}
                    {% if p.title and p.url != "/" %}
                      <a class="page-link" href="{{ p.url | prepend: site.baseurl }}">{{ p.title }}</a>
                    {% endif %}
                  {% endfor %}
                </nav>
                """);
        write("_pages/notes.md", "---\nlayout: page\npermalink: /notes/\n---\nUntitled notes.\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.page("syllabus").inMenu()).isTrue();
        assertThat(imported.page("labs").inMenu()).isTrue();
        assertThat(imported.page("faq").inMenu()).isTrue();
        assertThat(imported.page("notes").inMenu()).isFalse();
        assertThat(imported.warnings()).contains("_includes/header.html:3: this site's menu lists the pages with a"
                + " \"title\" in place of al-folio's \"nav: true\"; those pages are in the portfolio's menu")
                .noneMatch(w -> w.contains("tick \"Show in the menu\""));
    }
}
