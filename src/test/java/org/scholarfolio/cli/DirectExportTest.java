package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.app.Launcher;
import org.scholarfolio.testing.ChildJvm;

/** A full export in its plain form runs before picocli starts, exactly as picocli would have run it. */
class DirectExportTest {
    private static final String SAMPLE = "sample-data/alan-turing";

    @TempDir
    Path tmp;

    @Test
    void printsWritesAndExitsAsTheCommandLineDoes() throws Exception {
        Path viaPicocli = tmp.resolve("picocli");
        Path direct = tmp.resolve("direct");
        CommandRun expected = CommandRun.of("export", SAMPLE, "--out", viaPicocli.toString(), "--base-url", "https://a.example/");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt code = DirectExport.run(new String[] {"export", SAMPLE, "--out", direct.toString(), "--base-url",
            "https://a.example/"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).hasValue(expected.code()).hasValue(0);
        assertThat(withoutTime(out.toString()).replace(direct.toString(), "OUT"))
                .isEqualTo(withoutTime(expected.out()).replace(viaPicocli.toString(), "OUT"));
        assertThat(err.toString()).isEqualTo(expected.err());
        FolderContents.assertUnchanged(FolderContents.of(viaPicocli), direct);
    }

    @Test
    void anUnreadablePortfolioAnswersAsTheCommandLineDoes() {
        Path missing = tmp.resolve("no-such-portfolio");
        CommandRun expected = CommandRun.of("export", missing.toString(), "--out", tmp.resolve("a").toString());
        StringWriter err = new StringWriter();
        OptionalInt code = DirectExport.run(new String[] {"export", missing.toString(), "--out", tmp.resolve("a").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).hasValue(expected.code()).hasValue(ScholarfolioCommand.EXIT_UNREADABLE);
        assertThat(err.toString()).isEqualTo(expected.err());
    }

    @Test
    void leavesEveryOtherShapeToPicocli() {
        for (String[] args : List.of(new String[] {"export", SAMPLE, "--out"}, new String[] {"export", "--help"},
                new String[] {"export", SAMPLE, "--out", "o", "--verbose"}, new String[] {"validate", SAMPLE},
                new String[] {"export", "@args.txt"})) {
            StringWriter out = new StringWriter();
            assertThat(DirectExport.run(args, new PrintWriter(out), new PrintWriter(out))).as(String.join(" ", args)).isEmpty();
            assertThat(out.toString()).isEmpty();
        }
    }

    @Test
    void aFreshProcessExportsWithoutLoadingPicocli() throws Exception {
        Path classes = tmp.resolve("classes.log");
        Process child = ChildJvm.start(Launcher.class.getName(),
                List.of("-Xlog:class+load:file=" + classes, "-Dscholarfolio.cacheHome=" + System.getProperty("scholarfolio.cacheHome")),
                tmp.resolve("out.txt"), tmp.resolve("err.txt"), "export", SAMPLE, "--out", tmp.resolve("site").toString());
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains(" 0 unchanged, ");
        assertThat(Files.readString(classes)).contains("org.scholarfolio.cli.DirectExport ").contains("org.scholarfolio.site.SiteExporter ")
                .doesNotContain("picocli.");
    }

    private static String withoutTime(String report) {
        return report.replaceAll(" in \\d+ ms:", " in _ ms:");
    }
}
