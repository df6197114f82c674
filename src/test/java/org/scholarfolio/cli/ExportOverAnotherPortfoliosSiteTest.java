package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.app.Launcher;
import org.scholarfolio.testing.ChildJvm;

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

    @Test
    void runsShareOneKeyKeptForItsOwnerAndOneMadeAnewMakesTheOldSiteAskOnce() throws Exception {
        Path site = tmp.resolve("site");
        Path data = tmp.resolve("data");
        Path key = data.resolve("scholarfolio/site-origin.key");
        assertThat(child(data, "export", TURING, "--out", site.toString()).code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        // Another process, the same key: the same portfolio, nothing to write.
        assertThat(child(data, "export", TURING, "--out", site.toString()).out()).contains(" 0 pages written");

        Files.delete(key);
        CommandRun asked = child(data, "export", TURING, "--out", site.toString());

        assertThat(asked.code()).isEqualTo(1);
        assertThat(asked.err()).contains(site + " holds a site made from another portfolio", "--replace-other-site");
        assertThat(child(data, "export", TURING, "--out", site.toString(), "--replace-other-site").code()).isZero();
        assertThat(child(data, "export", TURING, "--out", site.toString()).code()).isZero();
    }

    /** The command line in a JVM of its own whose data folder is {@code data}. */
    private CommandRun child(Path data, String... args) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = ChildJvm.start(Launcher.class.getName(), List.of(), Map.of("XDG_DATA_HOME", data.toString()), out,
                err, args);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the export finishes").isTrue();
        return new CommandRun(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
