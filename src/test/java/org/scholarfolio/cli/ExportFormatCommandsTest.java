package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.importer.alfolio.AlfolioImport;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;
import org.scholarfolio.importer.alfolio.BibtexBibliographyReader;
import org.scholarfolio.importer.bibtex.BibtexImportResult;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.store.PortfolioStore;

class ExportFormatCommandsTest {
    private static final String TURING = "sample-data/alan-turing";

    @TempDir
    Path tmp;

    /** Author pages and JSON-only fields are Scholarfolio's; BibTeX has no place for them. */
    private static List<Publication> bibtexPart(List<Publication> publications) {
        return publications.stream().map(p -> p.toBuilder().unknownFields(UnknownFields.NONE)
                .authors(p.authors().stream().map(a -> new Author(a.given(), a.von(), a.family(), a.jr(),
                        a.equalContribution(), a.corresponding(), a.otherMarks(), "", UnknownFields.NONE)).toList())
                .build()).toList();
    }

    @Test
    void exportBibtexWritesEveryPublicationSoThatItReadsBackEqual() throws Exception {
        Path out = tmp.resolve("turing.bib");
        CommandRun r = CommandRun.of("export-bibtex", TURING, "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 8 entries");
        BibtexImportResult back = new BibtexImporter().read(Files.readString(out), "turing.bib");
        assertThat(back.warnings()).isEmpty();
        Portfolio original = PortfolioStore.load(Path.of(TURING)).portfolio();
        assertThat(back.publications()).isEqualTo(bibtexPart(original.publications()));
    }

    @Test
    void exportToAnExistingFileIsRefusedWithoutForce() throws Exception {
        Path out = tmp.resolve("refs.bib");
        Files.writeString(out, "my own notes");
        CommandRun refused = CommandRun.of("export-bibtex", TURING, "--out", out.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains(out.toString()).contains("--force");
        assertThat(out).hasContent("my own notes");
        CommandRun forced = CommandRun.of("export-bibtex", TURING, "--out", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).startsWith("@");
        assertThat(tmp.resolve("refs.bib.bak")).doesNotExist();
    }

    @Test
    void anUnreadablePortfolioExitsWithTwo() {
        CommandRun r = CommandRun.of("export-csl", tmp.resolve("none").toString(), "--out", tmp.resolve("x.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("portfolio.json");
        assertThat(tmp.resolve("x.json")).doesNotExist();
    }

    @Test
    void exportCslWritesAnArrayOfCslItems() throws Exception {
        Path out = tmp.resolve("turing.json");
        CommandRun r = CommandRun.of("export-csl", TURING, "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode items = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(8);
        JsonNode mind = null;
        for (JsonNode item : items) {
            assertThat(item.get("id").isTextual()).isTrue();
            assertThat(item.get("type").asText()).isIn("article-journal", "paper-conference", "book", "chapter",
                    "thesis", "report", "manuscript", "patent", "webpage", "document", "pamphlet");
            if (item.get("id").asText().equals("turing1950computing")) {
                mind = item;
            }
        }
        assertThat(mind).isNotNull();
        assertThat(mind.get("type").asText()).isEqualTo("article-journal");
        assertThat(mind.get("title").asText()).isEqualTo("Computing Machinery and Intelligence");
        assertThat(mind.get("container-title").asText()).isEqualTo("Mind");
        assertThat(mind.get("author").get(0).get("family").asText()).isEqualTo("Turing");
        assertThat(mind.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(1950);
        assertThat(mind.get("DOI").asText()).isEqualTo("10.1093/mind/LIX.236.433");
    }

    @Test
    void exportAlfolioWritesTheCurrentLayoutThatImportsBack() throws Exception {
        Path site = tmp.resolve("site");
        CommandRun r = CommandRun.of("export-alfolio", TURING, "--out", site.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(site.resolve("_config.yml")).exists();
        assertThat(site.resolve("_pages/about.md")).content().contains("more_info:").contains("announcements:");
        assertThat(site.resolve("_news/mind-1950.md")).content().contains("date: '1950-10-01 09:00:00'");
        assertThat(site.resolve("_pages/cv.md")).exists();
        assertThat(site.resolve("_bibliography/papers.bib")).content().startsWith("---\n---\n");
        assertThat(site.resolve("_data/socials.yml")).content().contains("wikidata_id: Q7251");
        assertThat(site.resolve("assets/img/turing.svg")).exists();
        assertThat(site.resolve("assets/pdf/on-computable-numbers.pdf")).exists();
        assertThat(site.resolve("assets/img/publication_preview/morphogenesis.svg")).exists();
        assertThat(r.err()).contains("note: native name, position and affiliation");

        AlfolioImport back = AlfolioSiteImporter.importSite(site,
                AlfolioSiteImporter.Options.defaults().withBibliographyReader(new BibtexBibliographyReader()));
        assertThat(back.warnings()).isEmpty();
        Portfolio original = PortfolioStore.load(Path.of(TURING)).portfolio();
        assertThat(back.portfolio().publications()).isEqualTo(bibtexPart(original.publications()));
        assertThat(back.portfolio().pages()).isEqualTo(original.pages());
        assertThat(back.portfolio().profile().bio()).isEqualTo(original.profile().bio());
    }

    /**
     * Text with control characters and half a surrogate pair in the front matter's and the
     * configuration's values (a title pasted from a word processor, a damaged .bib): before,
     * {@code export-alfolio} stopped with SnakeYAML's "invalid string value has occurred" and a stack
     * trace, and a control character alone was written as {@code !!binary}. Half a pair cannot be
     * written in UTF-8 at all; the export goes through.
     */
    @Test
    void exportAlfolioWritesTextWithControlCharactersAsTextThatImportsBack() throws Exception {
        String odd = "Notes\u0001 on \u0007the\u0085 engine \uFFFE end";
        Portfolio original = PortfolioStore.load(Path.of(TURING)).portfolio();
        Portfolio p = original.withSite(original.site().toBuilder().title(odd).description("half a pair \uD800 cannot be UTF-8").build())
                .withNews(List.of(original.news().get(0).withTitle(odd).withInline(false)))
                .withPages(List.of(original.pages().get(0).withTitle(odd)));
        Path folder = Files.createDirectories(tmp.resolve("odd"));
        PortfolioStore.save(folder, p);
        Path site = tmp.resolve("site");

        CommandRun r = CommandRun.of("export-alfolio", folder.toString(), "--out", site.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(site.resolve("_config.yml")).content().doesNotContain("!!binary");
        AlfolioImport back = AlfolioSiteImporter.importSite(site,
                AlfolioSiteImporter.Options.defaults().withBibliographyReader(new BibtexBibliographyReader()));
        assertThat(back.portfolio().site().title()).isEqualTo(odd);
        assertThat(back.portfolio().news()).extracting(n -> n.title()).contains(odd);
        assertThat(back.portfolio().pages().get(0).title()).isEqualTo(odd);
    }

    @Test
    void exportAlfolioRefusesAForeignFolderButRewritesItsOwn() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("Gemfile"), "source 'https://rubygems.org'\n");
        CommandRun refused = CommandRun.of("export-alfolio", TURING, "--out", site.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains(site.toString()).contains("--force");
        assertThat(site.resolve("_config.yml")).doesNotExist();

        CommandRun forced = CommandRun.of("export-alfolio", TURING, "--out", site.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(site.resolve("Gemfile")).hasContent("source 'https://rubygems.org'");

        CommandRun again = CommandRun.of("export-alfolio", TURING, "--out", site.toString());
        assertThat(again.code()).as(again.err()).isZero();
    }

    @Test
    void exportAlfolioNeverWritesIntoThePortfolio() throws Exception {
        Path portfolio = tmp.resolve("p");
        Files.createDirectories(portfolio);
        Files.copy(Path.of(TURING, "portfolio.json"), portfolio.resolve("portfolio.json"));
        CommandRun r = CommandRun.of("export-alfolio", portfolio.toString(), "--out", portfolio.toString(), "--force");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("holds the portfolio itself");
        assertThat(portfolio.resolve("_config.yml")).doesNotExist();
    }

    @Test
    void reExportRemovesNewsItDeletedButNotFilesSomeoneChanged() throws Exception {
        Path portfolio = tmp.resolve("p");
        Files.createDirectories(portfolio);
        Files.copy(Path.of(TURING, "portfolio.json"), portfolio.resolve("portfolio.json"));
        Path site = tmp.resolve("site");
        assertThat(CommandRun.of("export-alfolio", portfolio.toString(), "--out", site.toString()).code()).isZero();
        assertThat(site.resolve(".scholarfolio-export")).content().contains("_news/kings-1931.md");
        Files.writeString(site.resolve("_news/phd-1938.md"), "edited by hand\n");

        Portfolio p = PortfolioStore.load(portfolio).portfolio();
        PortfolioStore.save(portfolio, p.withNews(p.news().stream()
                .filter(n -> !n.id().equals("kings-1931") && !n.id().equals("phd-1938")).toList()));
        CommandRun again = CommandRun.of("export-alfolio", portfolio.toString(), "--out", site.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("removed 1 file");
        assertThat(site.resolve("_news/kings-1931.md")).doesNotExist();
        assertThat(site.resolve("_news/phd-1938.md")).hasContent("edited by hand");
        assertThat(site.resolve(".scholarfolio-export")).content().doesNotContain("kings-1931");
    }
}
