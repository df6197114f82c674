package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;

/**
 * An older al-folio site whose publications page lists a {@code _publications} collection, one page a paper,
 * while its configured .bib holds only the references its blog posts cite.
 */
class PublicationsCollectionImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    private void aSiteListingItsPaperPages() throws IOException {
        write("_config.yml", "name: Ines Okafor\ncollections:\n  news:\n    output: true\n  publications:\n    output: true\n"
                + "    permalink: /publications/:path/\nscholar:\n  last_name: Okafor\n  bibliography: reading.bib\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/publications.md", "---\nlayout: page\npermalink: /publications/\ntitle: publications\n---\n"
                + "<ul>\n{% for paper in site.publications reversed %}\n<li>{{ paper.title }}</li>\n{% endfor %}\n</ul>\n");
        write("_publications/2004-03-02-quiet-rivers.md", "---\nlayout: paper\ntitle: Quiet rivers and loud deltas\n"
                + "authors: I. Okafor, M. J. van Dyke and P. Lund\nyear: 2004\nref: \tGeo. Lett. 12, 301 (2004)\n"
                + "journal: Geophysical Letters\ndoi: \t10.1000/geo.12.301\npdf: /assets/pdfs/quiet-rivers.pdf\n"
                + "image: /assets/images/rivers.png\n---\n\n# Abstract\n\nWe measure *sediment* in slow rivers.\n");
        write("_publications/2010-07-01-sand.md", "---\nlayout: paper\ntitle: Sand\nauthors: P. Lund, I. Okafor\n"
                + "arxiv: 1007.00001\n---\nA short note.\n");
        write("assets/pdfs/quiet-rivers.pdf", "%PDF-1.4\n");
        write("_bibliography/reading.bib", "@article{other2001, title = {Someone else's paper}, author = {Roe, Jan}, year = 2001}\n");
        write("_posts/2018-01-01-notes.md", "---\nlayout: post\ntitle: notes\n---\nAs {% cite other2001 %} says.\n\n{% bibliography --cited %}\n");
    }

    @Test
    void thePaperPagesTheSiteListsAreThePublicationsAndTheBlogsBibIsNot() throws Exception {
        aSiteListingItsPaperPages();
        ImportedSite imported = ImportedSite.withBibliography(site);

        assertThat(imported.result().portfolio().publications()).extracting(Publication::citationKey)
                .containsExactly("2004-03-02-quiet-rivers", "2010-07-01-sand");
        Publication rivers = imported.result().portfolio().publications().get(0);
        assertThat(rivers.title()).isEqualTo("Quiet rivers and loud deltas");
        assertThat(rivers.authors()).containsExactly(Author.of("I.", "Okafor"), Author.of("M. J. van", "Dyke"),
                Author.of("P.", "Lund"));
        assertThat(rivers.year()).isEqualTo(2004);
        assertThat(rivers.journal()).isEqualTo("Geophysical Letters");
        assertThat(rivers.doi()).isEqualTo("10.1000/geo.12.301");
        assertThat(rivers.text(org.scholarfolio.model.PublicationField.ABSTRACT)).isEqualTo("We measure *sediment* in slow rivers.");
        assertThat(rivers.links().pdf()).endsWith("quiet-rivers.pdf").doesNotStartWith("/"); // the site's file, copied
        assertThat(imported.result().assets()).anyMatch(a -> a.toString().contains("quiet-rivers.pdf"));
        assertThat(rivers.bibtexFields()).containsExactly(Map.entry("ref", "Geo. Lett. 12, 301 (2004)"),
                Map.entry("image", "/assets/images/rivers.png"));
        Publication sand = imported.result().portfolio().publications().get(1);
        assertThat(sand.year()).isEqualTo(2010); // from the file name
        assertThat(sand.arxiv()).isEqualTo("1007.00001");
        assertThat(imported.warnings()).anyMatch(w -> w.contains("_bibliography/reading.bib")
                && w.contains("no published page shows this file; not read"));
        assertThat(imported.warnings()).noneMatch(w -> w.contains("publication pages not imported"));
    }
}
