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

/** The unchanged export told from the raw arguments, before picocli starts. */
class UnchangedExportTest {
    @TempDir
    Path tmp;

    @Test
    void takesOnlyTheExportCommandsPlainShapes() {
        assertThat(UnchangedExport.Arguments.parse(new String[] {"export", "p", "--out", "s"}))
                .contains(new UnchangedExport.Arguments(Path.of("p"), Path.of("s"), null, false));
        assertThat(UnchangedExport.Arguments.parse(new String[] {"export", "--out=s", "--base-url", "https://a.org/", "p"}))
                .contains(new UnchangedExport.Arguments(Path.of("p"), Path.of("s"), "https://a.org/", false));
        assertThat(UnchangedExport.Arguments.parse(new String[] {"export", "p", "--replace-other-site", "--out", "s"}))
                .contains(new UnchangedExport.Arguments(Path.of("p"), Path.of("s"), null, true));
        for (List<String> other : List.of(List.of("export", "p"), List.of("validate", "p", "--out", "s"),
                List.of("export", "p", "--out", "s", "--help"), List.of("export", "p", "q", "--out", "s"),
                List.of("export", "p", "--out", "s", "--out", "t"), List.of("export", "@args", "--out", "s"),
                List.of("export", "p", "--out", "--base-url"), List.of("export", "p", "--outs", "s"),
                List.of("export", "p", "--out="), List.of("export", "p", "--out", "s", "--base-url"),
                List.of("export", "p", "--out", "s", "--replace-other-site", "--replace-other-site"),
                List.of("export", "p", "--out", "s", "--replace-other-site=true"))) {
            assertThat(UnchangedExport.Arguments.parse(other.toArray(String[]::new))).as(other.toString()).isEmpty();
        }
    }

    @Test
    void answersAsTheCommandDoesWhenNothingChangedAndStaysSilentOtherwise() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("p"));
        Path file = portfolio.resolve("portfolio.json");
        Files.copy(Path.of("sample-data/yihua-zhang/portfolio.json"), file);
        Path out = tmp.resolve("s");
        String[] args = {"export", portfolio.toString(), "--out", out.toString()};
        Run before = run(args);
        assertThat(before.code()).as("nothing exported yet").isEmpty();
        assertThat(before.out() + before.err()).isEmpty();
        CommandRun first = CommandRun.of(args);
        assertThat(first.code()).as(first.err()).isZero();

        Run again = run(args);
        CommandRun command = CommandRun.of(args);
        assertThat(again.code()).hasValue(0);
        assertThat(again.err()).isEqualTo(command.err()).isEqualTo(first.err()).contains("warning: ");
        assertThat(withoutTime(again.out())).isEqualTo(withoutTime(command.out())).contains(" 0 pages written, ");

        Files.writeString(file, Files.readString(file).replace("Yihua", "Yihuaa"));
        Run edited = run(args);
        assertThat(edited.code()).isEmpty();
        assertThat(edited.out() + edited.err()).isEmpty();
    }

    @Test
    void onlyAFolderWithAnExportsManifestIsLookedUp() throws Exception {
        Path out = tmp.resolve("s");
        assertThat(UnchangedExport.mayBeUnchanged(out)).as("no folder").isFalse();
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "by hand");
        assertThat(UnchangedExport.mayBeUnchanged(out)).as("no manifest").isFalse();
        Path other = tmp.resolve("t");
        assertThat(CommandRun.of("export", "sample-data/alan-turing", "--out", other.toString()).code()).isZero();
        assertThat(UnchangedExport.mayBeUnchanged(other)).isTrue();
    }

    @Test
    void aFreshProcessAnswersAnUnchangedExportWithoutLoadingPicocli() throws Exception {
        Path out = tmp.resolve("s");
        assertThat(CommandRun.of("export", "sample-data/alan-turing", "--out", out.toString()).code()).isZero();
        Path classes = tmp.resolve("classes.log");
        Process child = ChildJvm.start(Launcher.class.getName(),
                List.of("-Xlog:class+load:file=" + classes, "-Dscholarfolio.cacheHome=" + System.getProperty("scholarfolio.cacheHome")),
                tmp.resolve("out.txt"), tmp.resolve("err.txt"), "export", "sample-data/alan-turing", "--out", out.toString());
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains(" 0 pages written, ");
        String loaded = Files.readString(classes);
        assertThat(loaded).contains("org.scholarfolio.cli.UnchangedExport ")
                .doesNotContain("picocli.").doesNotContain("org.scholarfolio.store.").doesNotContain("com.fasterxml.");
    }

    private static String withoutTime(String report) {
        return report.replaceAll(" in \\d+ ms:", " in _ ms:");
    }

    private record Run(OptionalInt code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt code = UnchangedExport.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
