package org.scholarfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.importer.csl.CslJsonWriter;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.store.PortfolioStore;

/** A publication's own links ("Talk", "Dataset") in the registry, the file, the validator, BibTeX and CSL-JSON. */
class OwnLinksFieldTest {
    private static final String SAVED = """
            {
              "schemaVersion": 1,
              "profile": {
                "name": {
                  "first": "Mira",
                  "last": "Holt"
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
                  "citationKey": "holt2023keys",
                  "entryType": "inproceedings",
                  "title": "Short Keys",
                  "authors": [
                    {
                      "given": "Mira",
                      "family": "Holt"
                    }
                  ],
                  "year": 2023,
                  "links": {
                    "pdf": "keys.pdf"
                  },
                  "ownLinks": [
                    {
                      "label": "Talk",
                      "url": "https://video.example.org/watch/1"
                    },
                    {
                      "label": "Data set",
                      "url": "data/keys.csv",
                      "addedBy": "a later version"
                    }
                  ],
                  "badges": {
                    "altmetric": "1"
                  },
                  "bibtexFields": {
                    "series": "LNCS"
                  }
                }
              ],
              "pages": []
            }
            """;

    private static Publication paper(OwnLink... own) {
        return Publication.builder("holt2023keys", "inproceedings").title("Short Keys").year(2023)
                .links(PublicationLinks.of(Map.of(LinkKind.PDF, "https://example.org/keys.pdf")).withOwn(List.of(own)))
                .build();
    }

    @Test
    void ownLinksAreReadInOrderAndSavedBackByteForByteWithTheirUnknownMembers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(PortfolioStore.FILE_NAME), SAVED);
        Portfolio loaded = PortfolioStore.load(dir).portfolio();

        assertThat(loaded.publications().get(0).links().own()).containsExactly(
                OwnLink.of("Talk", "https://video.example.org/watch/1"),
                new OwnLink("Data set", "data/keys.csv", new UnknownFields(Map.of("addedBy", "a later version"))));
        assertThat(new String(PortfolioStore.toJson(loaded), StandardCharsets.UTF_8).strip()).isEqualTo(SAVED.strip());
    }

    @Test
    void theRegistryDescribesOwnLinksAsAStructuredFieldKeptOutOfThePublicBibAndCrossref() {
        PublicationField own = PublicationField.OWN_LINKS;

        assertThat(own.kind()).isEqualTo(PublicationField.Kind.OWN_LINKS);
        assertThat(own.jsonKey()).isEqualTo("ownLinks");
        assertThat(own.bibtexKey()).isEmpty();
        assertThat(own.inherited()).isFalse();
        assertThat(own.inPublicBib()).isFalse();
        assertThat(own.merge()).isEqualTo(PublicationField.Merge.KEEP);
        assertThat(own.value(paper(OwnLink.of("Talk", "https://t")))).isEqualTo(List.of(OwnLink.of("Talk", "https://t")));
    }

    @Test
    void theValidatorNamesAnUnsafeOrMissingAddressAndAMissingLabel() {
        Portfolio p = Portfolio.empty().withPublications(List.of(paper(OwnLink.of("Talk", "javascript:alert(1)"),
                OwnLink.of("", "https://example.org/demo"), OwnLink.of("Demo", " "))));

        List<Diagnostic> problems = PortfolioValidator.validate(p, null);

        assertThat(problems).filteredOn(Diagnostic::isError).extracting(Diagnostic::path).contains(
                "publications[0].ownLinks[0].url", "publications[0].ownLinks[1].label", "publications[0].ownLinks[2].url");
        assertThat(problems).filteredOn(d -> d.path().equals("publications[0].ownLinks[0].url"))
                .extracting(Diagnostic::message).singleElement().asString().contains("javascript");
        assertThat(problems).filteredOn(d -> d.path().equals("publications[0].ownLinks[2].url"))
                .extracting(Diagnostic::message).containsExactly("the link \"Demo\" has no address");
    }

    @Test
    void aLabelThatGivesNoBibtexFieldIsAWarningAndASafeLinkNoProblem() {
        Portfolio p = Portfolio.empty().withPublications(List.of(paper(OwnLink.of("Talk", "https://t.example.org/1"),
                OwnLink.of("Talk (video)", "https://t.example.org/2"), OwnLink.of("talk", "https://t.example.org/3"))));

        List<Diagnostic> problems = PortfolioValidator.validate(p, null).stream()
                .filter(d -> d.path().contains("ownLinks")).toList();

        assertThat(problems).noneMatch(Diagnostic::isError);
        assertThat(problems).extracting(Diagnostic::path)
                .containsExactly("publications[0].ownLinks[1].label", "publications[0].ownLinks[2].label");
    }

    @Test
    void aLabelNamingOneOfTheKindsPointsToThatLink() {
        Portfolio p = Portfolio.empty().withPublications(List.of(paper(OwnLink.of("Dataset", "https://d.example.org/1"))));

        assertThat(PortfolioValidator.validate(p, null)).filteredOn(d -> d.path().equals("publications[0].ownLinks[0].label"))
                .extracting(Diagnostic::message).singleElement().asString()
                .contains("the Data link").contains("put its address in the Dataset link instead");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Talk,         talk
            Dataset-v2,   dataset-v2
            demo_site,    demo_site
            Talk (video), ''
            2nd talk,     ''
            Note,         ''
            PDF,          ''
            Data,         ''
            URL,          ''
            ePrint,       ''
            Citations,    ''
            """)
    void theBibtexNameIsTheLabelInLowerCaseWhenNoOtherFieldMeansSomethingByIt(String label, String name) {
        assertThat(OwnLink.of(label, "https://x.example.org").bibtexName()).isEqualTo(name);
    }

    @Test
    void bibtexWritesAFieldNamedAfterTheLabelAfterTheLinksAndThePublicCopyNone() {
        Publication p = paper(OwnLink.of("Talk", "https://video.example.org/watch?v=1&t=2"),
                OwnLink.of("Talk (video)", "https://video.example.org/2"));

        String bib = BibtexWriter.complete().write(p);

        assertThat(bib).contains("  pdf = {https://example.org/keys.pdf},\n  talk = {https://video.example.org/watch?v=1&t=2},\n");
        assertThat(bib).doesNotContain("video.example.org/2");
        assertThat(BibtexWriter.publicCopy().write(p)).doesNotContain("talk", "video.example.org");
        // read back, the field is kept among the entry's other BibTeX fields
        Publication back = new BibtexImporter().read(bib, "own.bib").publications().get(0);
        assertThat(back.bibtexFields()).containsEntry("talk", "https://video.example.org/watch?v=1&t=2");
    }

    @Test
    void aBibtexImportOverAPaperKeepsItsOwnLinks() {
        Publication old = paper(OwnLink.of("Talk", "https://t.example.org/1"));
        Publication in = Publication.builder("holt2023keys", "inproceedings").title("Short Keys, revised").build();

        assertThat(BibtexMerge.update(old, in).links().own()).containsExactly(OwnLink.of("Talk", "https://t.example.org/1"));
    }

    @Test
    void cslJsonWritesThemUnderCustomByTheirBibtexName() {
        String csl = new CslJsonWriter().write(List.of(paper(OwnLink.of("Talk", "https://t.example.org/1"),
                OwnLink.of("Talk (video)", "https://t.example.org/2"))));

        assertThat(csl).contains("\"custom\"").contains("\"talk\": \"https://t.example.org/1\"").doesNotContain("t.example.org/2");
    }
}
