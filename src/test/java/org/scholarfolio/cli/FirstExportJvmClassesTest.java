package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code java -jar}'s first JVM loads of the export before it starts the export's second JVM: none of its classes.
 * The one question it asks of the folder exported into, whether it holds an export's manifest, named the manifest
 * through the exporter's {@code MANIFEST} object, and so loaded and verified the exporter and what its verification
 * needs, in a JVM that maps no archive of our classes, before the second JVM could start.
 */
@EnabledOnOs(OS.LINUX)
class FirstExportJvmClassesTest {
    @TempDir
    Path tmp;

    @Test
    void theFirstJvmsQuestionsBeforeANewFoldersExportLoadNoClassOfTheSitesExport() throws Exception {
        assertThat(probe()).startsWith("unchanged false, imported false, relaunched false, options true");
        List<String> loaded = Files.readAllLines(tmp.resolve("classes.log"), StandardCharsets.UTF_8);
        assertThat(loaded).as("the log names the questions' classes").anyMatch(line -> line.contains("org.scholarfolio.cli.UnchangedExport "))
                .anyMatch(line -> line.contains("org.scholarfolio.cli.ExportRelaunch "));
        assertThat(loaded).noneMatch(line -> line.contains("org.scholarfolio.site."));
    }

    /**
     * Nor the process handles: the relaunch's question whether this JVM was given options of its own read the program and
     * its arguments through them, and their set-up (the reaper's pool, six classes spun at run time) came before the second
     * JVM was started, not after, where starting it needs them.
     */
    @Test
    void theFirstJvmsQuestionOfItsOwnOptionsSetsUpNoProcessHandles() throws Exception {
        probe();
        List<String> loaded = Files.readAllLines(tmp.resolve("classes.log"), StandardCharsets.UTF_8);
        assertThat(loaded).as("the log names the question's class").anyMatch(line -> line.contains("org.scholarfolio.cli.ThisProcess "));
        assertThat(loaded).noneMatch(line -> line.contains("java.lang.ProcessHandleImpl "));
    }

    /**
     * The launcher itself, given an export: the relaunch is decided before anything loads the quick compiler's class (its
     * verification and its {@code AtomicBoolean} load some twenty classes), and the import's parser does not load at all.
     * Here the class path is no plain jar, so the export runs in this JVM and asks for the compiler later, as it should.
     */
    @Test
    void theLauncherDecidesAnExportsRelaunchBeforeLoadingTheQuickCompilersClass() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        Files.writeString(portfolio.resolve("portfolio.json"), "{}");
        Path log = tmp.resolve("launcher-classes.log");
        Process launcher = org.scholarfolio.testing.ChildJvm.start("org.scholarfolio.app.Launcher",
                List.of("-Xlog:class+load=info:file=" + log), java.util.Map.of("HOME", tmp.toString(), "XDG_CONFIG_HOME",
                        tmp.resolve("config").toString(), "XDG_CACHE_HOME", tmp.resolve("cache").toString(), "XDG_DATA_HOME",
                        tmp.resolve("data").toString()), tmp.resolve("launcher.out"), tmp.resolve("launcher.err"),
                "export", portfolio.toString(), "--out", tmp.resolve("site").toString());
        assertThat(launcher.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        int relaunch = indexOf(loaded, "org.scholarfolio.cli.JvmRelaunch ");
        int quick = indexOf(loaded, "org.scholarfolio.cli.QuickCompilation ");
        assertThat(relaunch).as("the relaunch's question is asked").isNotNegative();
        assertThat(quick < 0 || quick > relaunch).as("QuickCompilation at line %d, the relaunch at %d", quick, relaunch).isTrue();
        assertThat(loaded).noneMatch(line -> line.contains("org.scholarfolio.cli.DirectImport"));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs the probe (the first JVM's questions of a new folder's export) in a JVM of its own, its class loads logged to
     * classes.log; what it printed.
     */
    private String probe() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        Files.writeString(portfolio.resolve("portfolio.json"), "{}");
        Path log = tmp.resolve("classes.log");
        Path out = tmp.resolve("out");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", location(UnchangedExport.class) + java.io.File.pathSeparator
                        + location(FirstExportJvmProbe.class), FirstExportJvmProbe.class.getName(), portfolio.toString(),
                tmp.resolve("site").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(probe.waitFor()).as(Files.readString(out)).isZero();
        return Files.readString(out);
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
