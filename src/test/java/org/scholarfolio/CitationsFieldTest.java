package org.scholarfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.store.PortfolioStore;

/** The citation count is a structured registry field that stays where it always stood in the file. */
class CitationsFieldTest {
    /** A file as the writer wrote it before the count was in the registry: after links and badges, before bibtexFields. */
    private static final String SAVED = """
            {
              "schemaVersion": 1,
              "profile": {
                "name": {
                  "first": "Ada",
                  "last": "Lovelace"
                },
                "socialLinks": []
              },
              "site": {
                "language": "en",
                "showNews": true,
                "newsLimit": 5,
                "newsScrollable": true,
                "showSelectedPapers": true,
                "showMetricBadges": true,
                "showSocials": true,
                "showMadeWith": true,
                "theme": {
                  "accentColor": "#b509ac",
                  "darkMode": "auto",
                  "showDarkModeToggle": true
                }
              },
              "news": [],
              "publications": [
                {
                  "citationKey": "lovelace1843notes",
                  "entryType": "article",
                  "title": "Notes on the Analytical Engine",
                  "authors": [
                    {
                      "given": "Ada",
                      "family": "Lovelace"
                    }
                  ],
                  "year": 1843,
                  "links": {
                    "pdf": "notes.pdf"
                  },
                  "badges": {
                    "altmetric": "1"
                  },
                  "citations": {
                    "count": 4242,
                    "source": "OpenAlex",
                    "fetched": "2026-11-30"
                  },
                  "bibtexFields": {
                    "series": "Scientific Memoirs"
                  }
                }
              ],
              "pages": []
            }
            """;

    @Test
    void aFileWithACitationCountIsSavedBackByteForByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(PortfolioStore.FILE_NAME);
        Files.writeString(file, SAVED);
        Portfolio loaded = PortfolioStore.load(dir).portfolio();

        assertThat(loaded.publications().get(0).citations())
                .isEqualTo(new CitationCount(4242, "OpenAlex", LocalDate.of(2026, 11, 30)));
        assertThat(new String(PortfolioStore.toJson(loaded), StandardCharsets.UTF_8).strip()).isEqualTo(SAVED.strip());
    }

    @Test
    void theRegistryDescribesTheCountAsAStructuredFieldKeptOutOfBibtexAndTheForm() {
        PublicationField count = PublicationField.CITATIONS;

        assertThat(count.kind()).isEqualTo(PublicationField.Kind.CITATION_COUNT);
        assertThat(count.jsonKey()).isEqualTo("citations");
        assertThat(count.bibtexKey()).isEmpty();
        assertThat(count.cslVariable()).isEmpty();
        assertThat(count.inherited()).isFalse();
        assertThat(count.inPublicBib()).isFalse();
        assertThat(count.inForm()).isFalse();
        assertThat(count.merge()).isEqualTo(PublicationField.Merge.KEEP);
        assertThat(Arrays.stream(PublicationField.values()).filter(f -> f.kind() == PublicationField.Kind.CITATION_COUNT))
                .containsExactly(count);
    }

    @Test
    void aBibtexImportOverAPaperKeepsItsCountAndTheBibtexHasNone() {
        CitationCount counted = new CitationCount(17, "OpenAlex", LocalDate.of(2026, 1, 2));
        Publication old = Publication.builder("k", "article").title("Old").citations(counted).build();
        Publication in = Publication.builder("k", "article").title("New").build();

        Publication merged = BibtexMerge.update(old, in);

        assertThat(merged.citations()).isEqualTo(counted);
        assertThat(PublicationField.CITATIONS.value(merged)).isEqualTo(java.util.Optional.of(counted));
        assertThat(BibtexWriter.complete().write(merged)).doesNotContain("17", "citations", "OpenAlex");
    }
}
