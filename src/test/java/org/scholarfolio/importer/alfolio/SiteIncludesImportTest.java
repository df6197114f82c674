package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code {% include name %}} of a snippet the site keeps in its own {@code _includes} (a list of link
 * definitions every news item includes, a paragraph written once for several pages): Jekyll puts the
 * file's text in the tag's place, so the import does too; a template of the theme is still taken out.
 */
class SiteIncludesImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    @Test
    void aListOfLinkDefinitionsIncludedByEveryNewsItemKeepsItsLinks() throws Exception {
        // a researcher names collaborators once, as Markdown link definitions, and each item includes the list
        write("_config.yml", "first_name: Mira\nlast_name: Holt\nurl: https://holt.example.io\n");
        write("_includes/people_links.md", """
                [AnnaKeel]: https://keel.example.org/
                [BoTran]: https://tran.example.net/~bo
                [OakUni]: {{ site.url }}/oak/
                """);
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\n{% include people_links.md %}\n\n"
                + "I work at [Oak University][OakUni] with [Anna Keel][AnnaKeel].\n");
        write("_news/a1.md", "---\ndate: 2024-03-01\ninline: true\n---\n{% include people_links.md %}\n\n"
                + "Talk with [Bo Tran][BoTran] accepted.\n");
        write("_news/a2.md", "---\ndate: 2024-04-01\ninline: true\n---\n{% include people_links.md %}\n\nA quiet month.\n");
        ImportedSite imported = ImportedSite.of(site);

        String bio = imported.result().portfolio().profile().bio();
        assertThat(bio).contains("[OakUni]: https://holt.example.io/oak/", "[AnnaKeel]: https://keel.example.org/",
                "I work at [Oak University][OakUni]").doesNotContain("[BoTran]:", "{%");
        assertThat(imported.result().portfolio().news()).extracting(n -> n.body())
                .anySatisfy(b -> assertThat(b).startsWith("[BoTran]: https://tran.example.net/~bo\n")
                        .doesNotContain("[AnnaKeel]:"))
                .anySatisfy(b -> assertThat(b).isEqualTo("A quiet month."));
        assertThat(imported.warnings()).noneMatch(w -> w.contains("people_links"));
    }

    @Test
    void aParagraphWrittenOnceForSeveralPagesIsPutInEachAndATemplateIsStillTakenOut() throws Exception {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_includes/funding.html", "<p>Funded by the Example Trust, grant {{ page.grant }}.</p>\n");
        write("_includes/talk_list.liquid", "{% for t in site.talks %}<li>{{ t.title }}</li>{% endfor %}\n");
        write("_includes/tracker.html", "<script src=\"https://counter.example.com/c.js\"></script>\n");
        write("_pages/research.md", """
                ---
                layout: page
                title: Research
                permalink: /research/
                grant: X-42
                ---
                Our group studies tidal flats.

                {% include funding.html %}

                {% include talk_list.liquid %}
                {% include tracker.html %}
                {% include funding.html grant=post.grant %}
                {% include ../_config.yml %}
                """);
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.body("research")).contains("<p>Funded by the Example Trust, grant X-42.</p>")
                .doesNotContain("{%", "<li>", "script", "first_name");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/research.md:11:") && w.contains("talk_list.liquid"))
                .anyMatch(w -> w.startsWith("_pages/research.md:12:") && w.contains("tracker.html"))
                .anyMatch(w -> w.startsWith("_pages/research.md:13:") && w.contains("grant=post.grant"))
                .anyMatch(w -> w.startsWith("_pages/research.md:14:") && w.contains("_config.yml"))
                .noneMatch(w -> w.startsWith("_pages/research.md:9:"));
    }
}
