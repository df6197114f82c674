package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.app.Launcher;
import org.scholarfolio.testing.ChildJvm;
import picocli.CommandLine;

/** The plain import commands run before picocli starts, exactly as picocli would have run them. */
class DirectImportTest {
    private static final String SITE = "src/test/resources/alfolio/current-site";

    @TempDir
    Path tmp;

    @Test
    void readsThePlainFormsAsPicocliDoesAndLeavesEveryOtherFormToIt() {
        List<List<String>> forms = List.of(
                List.of("import", "alfolio", "site", "--out", "p"),
                List.of("import", "alfolio", "--out=p", "site", "--force"),
                List.of("import", "alfolio", "--drop-template-leftovers", "site", "--out", "p", "--force"),
                List.of("import", "bibtex", "a.bib", "--into", "p"),
                List.of("import", "bibtex", "--dry-run", "--into=p", "a.bib"),
                // left to picocli: help, unknown, repeated or incomplete options, @files, two parameters
                List.of("import", "alfolio", "site"),
                List.of("import", "alfolio", "site", "--out", "p", "--help"),
                List.of("import", "alfolio", "site", "--out", "p", "--outs", "q"),
                List.of("import", "alfolio", "site", "--out", "p", "--out", "q"),
                List.of("import", "alfolio", "site", "--out", "p", "--force", "--force"),
                List.of("import", "alfolio", "site", "--out"),
                List.of("import", "alfolio", "site", "--out="),
                List.of("import", "alfolio", "site", "--out", "--force"),
                List.of("import", "alfolio", "@args"),
                List.of("import", "alfolio", "site", "other", "--out", "p"),
                List.of("import", "alfolio", "site", "--", "--out", "p"),
                List.of("import", "bibtex", "a.bib", "--into", "p", "--force"),
                List.of("import", "orcid", "0000-0002-1825-0097", "--into", "p"),
                List.of("export", "p", "--out", "s"));
        int direct = 0;
        for (List<String> form : forms) {
            Optional<DirectImport.Parsed> parsed = DirectImport.parse(form.toArray(String[]::new));
            if (parsed.isPresent()) {
                direct++;
                assertThat(parsed.get()).as(form.toString()).isEqualTo(picocliReading(form));
            }
        }
        assertThat(direct).isEqualTo(5);
    }

    @Test
    void printsWritesAndExitsAsTheCommandLineDoes() throws Exception {
        Path viaPicocli = tmp.resolve("picocli");
        Path direct = tmp.resolve("direct");
        CommandRun expected = CommandRun.of("import", "alfolio", SITE, "--out", viaPicocli.toString(), "--drop-template-leftovers");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt code = DirectImport.run(new String[] {"import", "alfolio", SITE, "--out", direct.toString(),
            "--drop-template-leftovers"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).hasValue(expected.code());
        assertThat(out.toString().replace(direct.toString(), "OUT")).isEqualTo(expected.out().replace(viaPicocli.toString(), "OUT"));
        assertThat(err.toString()).isEqualTo(expected.err());
        assertThat(Files.readString(direct.resolve("portfolio.json"))).isEqualTo(Files.readString(viaPicocli.resolve("portfolio.json")));

        CommandRun refused = CommandRun.of("import", "alfolio", SITE, "--out", direct.toString());
        StringWriter again = new StringWriter();
        assertThat(DirectImport.run(new String[] {"import", "alfolio", SITE, "--out", direct.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(again))).hasValue(refused.code());
        assertThat(again.toString()).isEqualTo(refused.err()).contains("--force");
    }

    @Test
    void aFreshProcessImportsWithoutLoadingPicocli() throws Exception {
        Path classes = tmp.resolve("classes.log");
        Process child = ChildJvm.start(Launcher.class.getName(), List.of("-Xlog:class+load:file=" + classes),
                tmp.resolve("out.txt"), tmp.resolve("err.txt"), "import", "alfolio", SITE, "--out", tmp.resolve("p").toString());
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains("Imported " + SITE);
        assertThat(Files.readString(classes)).contains("org.scholarfolio.cli.DirectImport ").doesNotContain("picocli.");
    }

    /** What picocli sets on the command's fields, in the shape of {@link DirectImport.Parsed}. */
    private static DirectImport.Parsed picocliReading(List<String> form) {
        String[] rest = form.subList(2, form.size()).toArray(String[]::new);
        if (form.get(1).equals("alfolio")) {
            ImportCommand.Alfolio c = new ImportCommand.Alfolio();
            new CommandLine(c).parseArgs(rest);
            Set<String> flags = new java.util.HashSet<>();
            if (c.dropTemplateLeftovers) {
                flags.add("--drop-template-leftovers");
            }
            if (c.force) {
                flags.add("--force");
            }
            return new DirectImport.Parsed("alfolio", c.siteDir.toString(), Map.of("--out", c.out.toString()), flags);
        }
        ImportBibtexCommand c = new ImportBibtexCommand();
        new CommandLine(c).parseArgs(rest);
        return new DirectImport.Parsed("bibtex", c.bibFile.toString(), Map.of("--into", c.portfolio.toString()),
                c.dryRun ? Set.of("--dry-run") : Set.of());
    }
}
