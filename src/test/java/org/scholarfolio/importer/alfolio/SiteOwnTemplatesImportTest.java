package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.SocialLink;

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

    @Test
    void linksToAPageWhoseAddressHasFoldersLeadToTheAddressItIsImportedAt() throws Exception {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nWe are hiring: see [postdocs](/join/postdocs/).\n");
        write("_pages/join.md", "---\nlayout: page\npermalink: /join/\ntitle: Join\nnav: true\n---\n"
                + "<a class=\"tile\" href=\"/join/postdocs/\">Postdocs</a>\n\n"
                + "[Students](/join/students#funding) and [a file](/join/postdocs/form.pdf)\n");
        write("_pages/join-postdocs.md", "---\nlayout: page\npermalink: /join/postdocs/\ntitle: Postdocs\n---\n"
                + "[Back to Join](/join/)\n");
        write("_pages/join-students.md", "---\nlayout: page\npermalink: /join/students/\ntitle: Students\n---\nApply.\n");
        write("_news/a1.md", "---\ndate: 2024-03-01\ninline: true\n---\nTwo [postdoc positions](/join/postdocs) open.\n");
        ImportedSite imported = ImportedSite.of(site);
        Portfolio p = imported.result().portfolio();

        assertThat(p.pages()).extracting(Page::slug).contains("join", "join-postdocs", "join-students");
        assertThat(p.profile().bio()).isEqualTo("We are hiring: see [postdocs](/join-postdocs/).");
        Page join = p.pages().stream().filter(pg -> pg.slug().equals("join")).findFirst().orElseThrow();
        assertThat(join.body()).contains("href=\"/join-postdocs/\"").contains("[Students](/join-students/#funding)")
                .contains("[a file](/join/postdocs/form.pdf)");
        assertThat(p.pages().stream().filter(pg -> pg.slug().equals("join-postdocs")).findFirst().orElseThrow().body())
                .isEqualTo("[Back to Join](/join/)");
        assertThat(p.news().get(0).body()).isEqualTo("Two [postdoc positions](/join-postdocs/) open.");
        assertThat(imported.warnings()).contains("_pages/join-postdocs.md:3: the address /join/postdocs/ is not one a"
                + " portfolio's page can have (each lives at /<name>/); the page is imported as /join-postdocs/ and the 3"
                + " links to it in the site's texts lead there (an address kept elsewhere, such as a bookmark, needs the new one)");
    }

    @Test
    void aLinkInsideAnHtmlCommentIsNotReportedAsAMissingFile() throws Exception {
        // a people page keeps, commented out, the tile to copy for the next member
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/people.md", "---\nlayout: page\npermalink: /people/\ntitle: People\n---\n"
                + "<img src=\"/assets/img/people/mira.jpg\" alt=\"Mira\">\n\n"
                + "<!--\n  For a new member:\n  <img src=\"/assets/img/people/<slug>.jpg\" alt=\"<Name>\">\n-->\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.warnings()).filteredOn(w -> w.contains("does not exist in the site"))
                .containsExactly("_pages/people.md:6: linked file assets/img/people/mira.jpg does not exist in the site; not copied");
    }

    @Test
    void aSocialKeyTheSitesOwnIncludeLinksBecomesACustomLink() throws Exception {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nsocial: true\n---\nHello.\n");
        write("_data/socials.yml", "github_username: mholt\nbehance_username: Mira Holt\nfoo_id: 42\n");
        write("_includes/social.liquid", """
                {% for social in site.data.socials %}
                  {% case social[0] %}
                    {% when 'github_username' %}
                      <a href="https://github.com/{{ social[1] }}" title="GitHub"><i class="fa-brands fa-github"></i></a>
                    {% when 'behance_username' %}
                      <a href="https://www.behance.net/{{ social[1] | cgi_escape }}" title="Behance"><i class="fa-brands fa-behance"></i></a>
                  {% endcase %}
                {% endfor %}
                """);
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().socialLinks()).extracting(SocialLink::kind, SocialLink::title,
                SocialLink::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("github_username", "", ""),
                org.assertj.core.groups.Tuple.tuple(SocialLink.CUSTOM, "Behance", "https://www.behance.net/Mira+Holt"));
        assertThat(imported.warnings()).contains("_data/socials.yml:2: behance_username is no al-folio key, but the site's"
                + " own _includes/social.liquid links it: imported as a custom link \"Behance\" to https://www.behance.net/Mira+Holt",
                "_data/socials.yml:3: unknown social key foo_id; skipped");
    }

    @Test
    void aPageCommentedOutWholeIsReportedAsSuch() throws Exception {
        // the template's repositories page taken out of the site by an HTML comment around all of it
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/repositories.md", "<!-- ---\nlayout: page\npermalink: /repositories/\ntitle: repositories\n---\n\n"
                + "My code. -->\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().pages()).isEmpty();
        assertThat(imported.warnings()).contains("_pages/repositories.md: has no front matter, so Jekyll copies it as it"
                + " is and makes no page of it (the page is commented out whole, <!-- before its front matter); not imported"
                + " as a page");
    }
}
