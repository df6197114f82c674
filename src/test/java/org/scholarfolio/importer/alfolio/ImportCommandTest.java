package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.cli.CommandRun;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;

/** {@code scholarfolio import alfolio SITE_DIR --out DIR}. */
class ImportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void importsTheSiteCopiesThePhotoAndPrintsTheReport() throws Exception {
        Path out = tmp.resolve("ada");
        CommandRun r = CommandRun.of("import", "alfolio", CurrentSiteImportTest.SITE.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("news items: 6 imported, 0 skipped")
                .contains("pages: 2 imported, 2 skipped")
                .contains("social links: 6")
                .contains("files copied into assets: 1")
                .contains("template leftovers: 1 found, 0 dropped")
                .contains("_news/leap.md:3: date ")
                .contains("_pages/projects.md:12: the body is Liquid machinery")
                .contains("validation of the new portfolio: 0 errors");

        Portfolio saved = PortfolioStore.load(out).portfolio();
        Portfolio expected = AlfolioSiteImporter.importSite(CurrentSiteImportTest.SITE,
                AlfolioSiteImporter.Options.defaults()).portfolio();
        assertThat(saved).isEqualTo(expected);
        assertThat(out.resolve("assets/prof_pic.jpg")).hasSameBinaryContentAs(
                CurrentSiteImportTest.SITE.resolve("assets/img/prof_pic.jpg"));
    }

    @Test
    void refusesAnExistingPortfolioUnlessForced() throws Exception {
        Path out = tmp.resolve("existing");
        Files.createDirectories(out);
        Files.writeString(out.resolve("portfolio.json"), "{\"keep\": true}");

        CommandRun refused = CommandRun.of("import", "alfolio", CurrentSiteImportTest.SITE.toString(), "--out", out.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out.resolve("portfolio.json"))).isEqualTo("{\"keep\": true}");

        CommandRun forced = CommandRun.of("import", "alfolio", CurrentSiteImportTest.SITE.toString(), "--out", out.toString(),
                "--force", "--drop-template-leftovers");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("template leftovers: 1 found, 1 dropped");
        assertThat(PortfolioStore.load(out).portfolio().news()).hasSize(5);
    }

    @Test
    void aMissingSiteFolderExitsTwo() {
        CommandRun r = CommandRun.of("import", "alfolio", tmp.resolve("missing").toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a folder");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aPortfolioThatDoesNotValidateSaysWhichFieldsOnItsLastLineAndExitsWithThree() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("_pages"));
        Files.writeString(site.resolve("_config.yml"), "first_name: Ada\nlast_name: Lovelace\nemail: ada at the engine\n");
        CommandRun r = CommandRun.of("import", "alfolio", site.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(3);
        String[] lines = r.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("The new portfolio does not validate; fix profile.email, profile.socialLinks[0].value (exit code 3)");
        assertThat(Files.exists(tmp.resolve("out/portfolio.json"))).as("written all the same, to be fixed").isTrue();
    }

    @Test
    void theSummaryCountsThePapersThatShowTheOwnerAndWarnsAtNone() throws Exception {
        CommandRun mine = CommandRun.of("import", "alfolio", OwnerNamesImportTest.SITE.toString(), "--out",
                tmp.resolve("mine").toString());
        assertThat(mine.out()).contains("publications: 3 (2 show you among the authors)")
                .doesNotContain("no publication shows you");

        Path site = tmp.resolve("other");
        Files.createDirectories(site.resolve("_bibliography"));
        Files.writeString(site.resolve("_config.yml"), "first_name: Ana\nlast_name: Silva\n");
        Files.copy(OwnerNamesImportTest.SITE.resolve("_bibliography/papers.bib"), site.resolve("_bibliography/papers.bib"));
        CommandRun none = CommandRun.of("import", "alfolio", site.toString(), "--out", tmp.resolve("none").toString());
        assertThat(none.out()).contains("publications: 3 (0 show you among the authors)")
                .contains("warning: no publication shows you among the authors");
    }
}
