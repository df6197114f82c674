package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that quotes what it read (a title, a key, a year as typed, a file or folder name)
 * shows an escape sequence or a directional control in it escaped, never raw on the person's terminal.
 */
class ControlCharactersOnTheTerminalTest {
    /** Clears the screen, sets the window's title, starts a C1 sequence, reverses the rest of the line. */
    private static final String HOSTILE = "\u001b[2J\u001b]0;owned\u0007\u009b8m\u202eevil\u2067";
    private static final String SHOWN = "\\e[2J\\e]0;owned\\u0007\\u009B8m\\u202Eevil\\u2067";

    @TempDir
    Path tmp;

    private Path portfolio(String folder) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        String json = """
                {
                  "schemaVersion": 1,
                  "profile": {"name": {"first": "Ada", "last": "Lovelace"}},
                  "publications": [
                    {"citationKey": "k\\u001b[2Jx", "entryType": "article", "title": "T\\u001b]0;owned\\u0007",
                     "authors": [{"given": "Ada", "family": "Lovelace"}], "year": "HOSTILE"}
                  ]
                }
                """.replace("HOSTILE", "\\u001b[2J\\u001b]0;owned\\u0007\\u009b8m\\u202eevil\\u2067");
        Files.writeString(dir.resolve("portfolio.json"), json, StandardCharsets.UTF_8);
        return dir;
    }

    private static void assertShownEscaped(CommandRun r) {
        String all = r.out() + r.err();
        assertThat(all).as(all).contains(SHOWN);
        assertNoSteering(all);
    }

    private static void assertNoSteering(String all) {
        for (char c : all.toCharArray()) {
            assertThat(TerminalText.steers(c) && c != '\r').as("U+%04X in %s", (int) c, all).isFalse();
        }
    }

    @Test
    void validateQuotesAYearAsTypedEscaped() throws Exception {
        CommandRun r = CommandRun.of("validate", portfolio("p").toString());
        assertShownEscaped(r);
    }

    @Test
    void formatNamesAFolderEscaped() throws Exception {
        CommandRun r = CommandRun.of("format", portfolio("p" + HOSTILE).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertShownEscaped(r);
    }

    @Test
    void exportWarnsOfTheYearAndNamesTheFoldersEscaped() throws Exception {
        CommandRun r = CommandRun.of("export", portfolio("p" + HOSTILE).toString(), "--out", tmp.resolve("site" + HOSTILE).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertShownEscaped(r);
        assertThat(r.err()).contains("warning: ");
    }

    @Test
    void exportBibtexAndAlfolioNameTheirFilesEscaped() throws Exception {
        Path p = portfolio("p");
        assertShownEscaped(CommandRun.of("export-bibtex", p.toString(), "--out", tmp.resolve("o" + HOSTILE + ".bib").toString()));
        assertShownEscaped(CommandRun.of("export-alfolio", p.toString(), "--out", tmp.resolve("s" + HOSTILE).toString()));
    }

    @Test
    void importBibtexQuotesKeysTitlesAndTheFileEscaped() throws Exception {
        Path p = portfolio("p");
        Path bib = tmp.resolve("refs" + HOSTILE + ".bib");
        Files.writeString(bib, "@article{new" + HOSTILE + ", title = {A " + HOSTILE + " title}, year = 2020}\n"
                + "@article{broken, title = {no closing brace, year = 1900\n", StandardCharsets.UTF_8);
        CommandRun r = CommandRun.of("import", "bibtex", bib.toString(), "--into", p.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertShownEscaped(r);
        assertThat(r.out()).contains("added    new" + SHOWN);
    }

    @Test
    void importAlfolioQuotesTheSiteAndItsFilesEscaped() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site" + HOSTILE));
        Files.writeString(site.resolve("_config.yml"), "first_name: Ada\nlast_name: Lovelace\n");
        Files.createDirectories(site.resolve("_bibliography"));
        Files.writeString(site.resolve("_bibliography/papers.bib"),
                "@article{lovelace1843, title={Notes}, author={Lovelace, Ada}, journal={Memoirs}, year={1843}, pdf={" + HOSTILE + ".pdf}}\n",
                StandardCharsets.UTF_8);
        CommandRun r = CommandRun.of("import", "alfolio", site.toString(), "--out", tmp.resolve("imported").toString());
        assertThat(r.out()).startsWith("Imported ");
        assertShownEscaped(r);
    }

    /**
     * The launcher's own paths, taken before picocli (an import in its plain form, an export), print
     * through the same escaping: run as a person runs them, in a process of their own.
     */
    @Test
    void theLaunchersPathsBeforePicocliEscapeToo() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site" + HOSTILE));
        Files.writeString(site.resolve("_config.yml"), "first_name: Ada\nlast_name: Lovelace\n");
        String imported = launch("import", "alfolio", site.toString(), "--out", tmp.resolve("imported").toString());
        assertThat(imported).contains("Imported ").contains(SHOWN);
        assertNoSteering(imported);
        String exported = launch("export", portfolio("p" + HOSTILE).toString(), "--out", tmp.resolve("out").toString());
        assertThat(exported).contains("Exported ").contains(SHOWN);
        assertNoSteering(exported);
    }

    private String launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dscholarfolio.relaunch=false", "-cp", System.getProperty("java.class.path"), "org.scholarfolio.app.Launcher"));
        command.addAll(List.of(args));
        Path output = tmp.resolve("launched.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }
}
