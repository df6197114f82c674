package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;

/** The hand-written current site with a papers.bib and the files its entries name. */
class SiteBibliographyImportTest {
    @TempDir
    Path site;

    private static final String PAPERS = """
            ---
            ---
            @string{icml = {International Conference on Machine Learning}}

            @proceedings{icml2024, title = {Proceedings of the 41st } # icml, year = 2024, publisher = {PMLR}}

            @inproceedings{lovelace2024notes,
              title = {Notes on the {Analytical Engine}: $O(n^2)$ tables for {B}ernoulli numbers},
              author = {Lovelace*, Ada and Babbage\\textdagger, Charles and M{\\"u}ller, J{\\"o}rg},
              crossref = {icml2024},
              month = jul,
              pdf = {notes.pdf},
              preview = {engine.png},
              selected = {true}
            }

            @article{broken2023, title = {No closing brace, year = 2023

            @article{lovelace2023tables,
              title = {Tables},
              author = {Lovelace, Ada},
              journal = {Scientific Memoirs},
              year = {2023},
              supp = {missing-supplement.pdf},
              code = {https://github.com/ada/tables}
            }

            @article{einstein1905movement,
              title = {Über die von der molekularkinetischen Theorie der Wärme geforderte Bewegung},
              author = {Einstein, Albert}, journal = {Annalen der Physik}, year = {1905}
            }
            """;

    @BeforeEach
    void copySiteAndAddBibliography() throws IOException {
        Path from = CurrentSiteImportTest.SITE;
        try (var files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = site.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Files.createDirectories(site.resolve("_bibliography"));
        Files.writeString(site.resolve("_bibliography/papers.bib"), PAPERS);
        Files.createDirectories(site.resolve("assets/pdf"));
        Files.writeString(site.resolve("assets/pdf/notes.pdf"), "%PDF-1.4");
        Files.createDirectories(site.resolve("assets/img/publication_preview"));
        Files.writeString(site.resolve("assets/img/publication_preview/engine.png"), "png");
    }

    private AlfolioImport run(boolean drop) throws IOException {
        return AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults()
                .withDropTemplateLeftovers(drop).withBibliographyReader(new BibtexBibliographyReader()));
    }

    private static Publication byKey(AlfolioImport r, String key) {
        return r.portfolio().publications().stream().filter(p -> p.citationKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void everyMappedFieldIsReadAndTheBrokenEntryIsReportedWithItsLine() throws IOException {
        AlfolioImport r = run(false);
        assertThat(r.portfolio().publications()).extracting(Publication::citationKey)
                .containsExactly("icml2024", "lovelace2024notes", "lovelace2023tables", "einstein1905movement");
        Publication notes = byKey(r, "lovelace2024notes");
        assertThat(notes.title()).isEqualTo("Notes on the {Analytical Engine}: $O(n^2)$ tables for {B}ernoulli numbers");
        assertThat(notes.authors()).extracting(Author::family).containsExactly("Lovelace", "Babbage", "Müller");
        assertThat(notes.authors().get(0).equalContribution()).isTrue();
        assertThat(notes.authors().get(1).corresponding()).isTrue();
        assertThat(notes.authors().get(2).given()).isEqualTo("Jörg");
        assertThat(notes.booktitle()).isEqualTo("Proceedings of the 41st International Conference on Machine Learning");
        assertThat(notes.publisher()).isEqualTo("PMLR");
        assertThat(notes.year()).isEqualTo(2024);
        assertThat(notes.month()).isEqualTo(7);
        assertThat(notes.selected()).isTrue();
        assertThat(byKey(r, "lovelace2023tables").links().get(org.scholarfolio.model.LinkKind.CODE)).isEqualTo("https://github.com/ada/tables");
        assertThat(r.warnings()).extracting(Diagnostic::toString)
                .anySatisfy(w -> assertThat(w).startsWith("_bibliography/papers.bib:17: The @article entry starting here was skipped"));
    }

    @Test
    void pdfsAndPreviewsNamedByBareFileNameAreCopiedIntoAssets() throws IOException {
        AlfolioImport r = run(false);
        Publication notes = byKey(r, "lovelace2024notes");
        assertThat(notes.links().pdf()).isEqualTo("notes.pdf");
        assertThat(notes.preview()).isEqualTo("engine.png");
        assertThat(r.assets()).contains(
                new AssetCopy(site.toAbsolutePath().normalize().resolve("assets/pdf/notes.pdf"), "assets/notes.pdf"),
                new AssetCopy(site.toAbsolutePath().normalize().resolve("assets/img/publication_preview/engine.png"), "assets/engine.png"));
    }

    @Test
    void aMissingFileIsReportedWithTheLineThatNamesIt() throws IOException {
        AlfolioImport r = run(false);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().file()).isEqualTo("_bibliography/papers.bib");
            assertThat(w.source().line()).isEqualTo(24);
            assertThat(w.kind()).isEqualTo(Diagnostic.Kind.MISSING);
            assertThat(w.message()).contains("assets/pdf/missing-supplement.pdf");
        });
        assertThat(byKey(r, "lovelace2023tables").links().get(org.scholarfolio.model.LinkKind.SUPP)).isEqualTo("missing-supplement.pdf");
    }

    @Test
    void theTemplatesExamplePapersAreListedAndDroppedOnRequest() throws IOException {
        AlfolioImport kept = run(false);
        assertThat(kept.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(Diagnostic.Kind.TEMPLATE_LEFTOVER);
            assertThat(w.source().line()).isEqualTo(28);
        });
        AlfolioImport dropped = run(true);
        assertThat(dropped.portfolio().publications()).extracting(Publication::citationKey)
                .doesNotContain("einstein1905movement").contains("lovelace2023tables");
        assertThat(dropped.counts().templateLeftoversDropped()).isEqualTo(kept.counts().templateLeftovers());
        assertThat(List.of(dropped.counts().publications())).containsExactly(3);
    }

    @Test
    void aPreviewClimbingOutOfItsFolderIsTheFileTheBrowserShowsCopiedAtItsOwnPath() throws IOException {
        Files.writeString(site.resolve("_bibliography/papers.bib"), """
                @article{lovelace2022maps, title = {Maps}, author = {Lovelace, Ada}, journal = {J}, year = {2022},
                  preview = {../figures/orbit map.jpg}}
                @article{lovelace2021gone, title = {Gone}, author = {Lovelace, Ada}, journal = {J}, year = {2021},
                  preview = {../../../../figures/absent.png}}
                """);
        Files.createDirectories(site.resolve("assets/img/figures"));
        Files.writeString(site.resolve("assets/img/figures/orbit map.jpg"), "jpg");
        AlfolioImport r = run(false);
        assertThat(byKey(r, "lovelace2022maps").preview()).isEqualTo("assets/img/figures/orbit map.jpg");
        assertThat(r.assets()).contains(new AssetCopy(
                site.toAbsolutePath().normalize().resolve("assets/img/figures/orbit map.jpg"), "assets/img/figures/orbit map.jpg"));
        // a browser stops at the site's root: the missing file is reported, and the portfolio never names a path outside itself
        assertThat(byKey(r, "lovelace2021gone").preview()).isEqualTo("assets/figures/absent.png");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().file()).isEqualTo("_bibliography/papers.bib");
            assertThat(w.source().line()).isEqualTo(4);
            assertThat(w.kind()).isEqualTo(Diagnostic.Kind.MISSING);
            assertThat(w.message()).contains("figures/absent.png");
        });
        assertThat(org.scholarfolio.model.validation.PortfolioValidator.validate(r.portfolio(), null))
                .noneMatch(p -> p.severity() == Diagnostic.Severity.ERROR);
    }
}
