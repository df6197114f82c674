package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;

/** A publication's own links written into an al-folio site, with a note, and read back from a layout that links them. */
class OwnLinksAlfolioTest {
    @Test
    void ownLinksAreFieldsOfPapersBibWithANoteAndALayoutLinkingThemReadsThemBack(@TempDir Path dir) throws Exception {
        Publication paper = Publication.builder("holt2023keys", "inproceedings").title("Short Keys").year(2023)
                .links(PublicationLinks.NONE.withOwn(List.of(OwnLink.of("Talk", "https://video.example.org/watch/1"),
                        OwnLink.of("Talk (long)", "https://video.example.org/watch/2")))).build();
        AlfolioSiteWriter.AlfolioSite site = AlfolioSiteWriter.write(Portfolio.empty().withPublications(List.of(paper)),
                dir.resolve("portfolio"));

        String papers = site.files().stream().filter(f -> f.path().equals("_bibliography/papers.bib"))
                .findFirst().orElseThrow().text();
        assertThat(papers).contains("  talk = {https://video.example.org/watch/1},\n").doesNotContain("watch/2");
        assertThat(site.notCarried()).anyMatch(n -> n.contains("links of your own") && n.contains("(talk)")
                && n.contains("_layouts/bib.liquid"));

        // the site as written, with the line the note asks for in its own layout
        Path out = dir.resolve("site");
        for (var file : site.files()) {
            Files.createDirectories(out.resolve(file.path()).getParent());
            Files.writeString(out.resolve(file.path()), file.text());
        }
        Files.createDirectories(out.resolve("_layouts"));
        Files.writeString(out.resolve("_layouts/bib.liquid"),
                "{% if entry.talk %}<a href=\"{{ entry.talk }}\" class=\"btn btn-sm z-depth-0\" role=\"button\">Talk</a>{% endif %}\n");
        Publication back = ImportedSite.withBibliography(out).paper("holt2023keys");

        assertThat(back.links().own()).containsExactly(OwnLink.of("Talk", "https://video.example.org/watch/1"));
        assertThat(back.bibtexFields()).doesNotContainKey("talk");
    }
}
