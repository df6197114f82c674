package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} into a folder holding a site made from another portfolio: refused unless --replace-other-site. */
class ExportOverAnotherPortfoliosSiteTest {
    private static final String TURING = "sample-data/alan-turing";
    private static final String ZHANG = "sample-data/yihua-zhang";

    @TempDir
    Path tmp;

    private static CommandRun direct(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt code = DirectExport.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("the plain shape runs before picocli").isPresent();
        return new CommandRun(code.getAsInt(), out.toString(), err.toString());
    }

    @Test
    void refusesNamingTheFolderAndWhatToDoAndLeavesTheOldSiteAsItWas() throws Exception {
        Path site = tmp.resolve("site");
        assertThat(CommandRun.of("export", TURING, "--out", site.toString()).code()).isZero();
        Map<Path, byte[]> before = FolderContents.of(site);

        // Through picocli (an @file of arguments) and before it (the plain shape): the same answer.
        Path args = Files.write(tmp.resolve("args"), List.of("export", ZHANG, "--out", site.toString()));
        for (CommandRun r : List.of(CommandRun.of("@" + args), direct("export", ZHANG, "--out", site.toString()))) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains(site + " holds a site made from another portfolio", "--replace-other-site",
                    "another folder with --out", site + " is as it was");
            FolderContents.assertUnchanged(before, site);
        }
    }

    @Test
    void replaceOtherSiteReplacesItAndThePortfolioItCameFromIsRefusedFromThenOn() throws Exception {
        Path site = tmp.resolve("site");
        assertThat(CommandRun.of("export", TURING, "--out", site.toString()).code()).isZero();
        assertThat(site.resolve("publications/turing1950computing.html")).exists();

        CommandRun replaced = direct("export", ZHANG, "--out", site.toString(), "--replace-other-site");

        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(Files.readString(site.resolve("index.html"))).contains("Yihua").doesNotContain("Turing");
        // Wholesale: the other portfolio's pages are gone with it.
        assertThat(site.resolve("publications/turing1950computing.html")).doesNotExist();
        assertThat(CommandRun.of("export", ZHANG, "--out", site.toString()).code()).isZero();
        assertThat(CommandRun.of("export", TURING, "--out", site.toString()).code()).isEqualTo(1);
        assertThat(CommandRun.of("export", TURING, "--out", site.toString(), "--replace-other-site").code()).isZero();
    }

    @Test
    void aSiteExportedBeforeManifestsNamedTheirPortfolioIsReplacedAsBefore() throws Exception {
        Path site = tmp.resolve("site");
        assertThat(CommandRun.of("export", TURING, "--out", site.toString()).code()).isZero();
        Path manifest = site.resolve(".scholarfolio-manifest");
        Files.write(manifest, Files.readAllLines(manifest).stream().filter(l -> !l.startsWith("# made from")).toList());

        CommandRun r = CommandRun.of("export", ZHANG, "--out", site.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(site.resolve("index.html"))).contains("Yihua");
        assertThat(Files.readAllLines(manifest).get(1)).startsWith("# made from portfolio ");
    }

    @Test
    void theSamePortfolioExportedAgainIsNotAskedAboutAndTheHelpNamesTheOption() throws Exception {
        Path site = tmp.resolve("site");
        assertThat(CommandRun.of("export", TURING, "--out", site.toString()).code()).isZero();
        assertThat(direct("export", TURING, "--out", site.toString()).code()).isZero();
        assertThat(CommandRun.of("export", Path.of(TURING).toAbsolutePath().resolve("portfolio.json").toString(), "--out",
                site.toString()).code()).isZero();
        assertThat(CommandRun.of("export", "--help").out()).contains("--replace-other-site");
    }
}
