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
 * What {@code java -jar}'s first JVM loads on its way to starting the editor's: no class it spins at run time from our
 * code (a lambda's), no directory-stream pattern, no process handles (set up once the editor's JVM is started). Each
 * of those was on that way, before the second JVM could start; the first JVM maps no archive of our classes. On Linux,
 * where the process's id and arguments are read from {@code /proc}.
 */
@EnabledOnOs(OS.LINUX)
class FirstJvmClassesTest {
    @TempDir
    Path tmp;

    @Test
    void theFirstJvmsDecisionsSpinNoLambdaOfOursAndSetUpNoProcessHandles() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("portfolio"));
        Files.writeString(portfolio.resolve("portfolio.json"), "{}");
        Path jar = Files.writeString(tmp.resolve("scholarfolio.jar"), "a file standing for the jar");
        Path log = tmp.resolve("classes.log");
        Path out = tmp.resolve("out");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", location(EditorRelaunch.class) + java.io.File.pathSeparator
                        + location(FirstJvmProbe.class), FirstJvmProbe.class.getName(), portfolio.toString(),
                tmp.resolve("archives").toString(), jar.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(probe.waitFor()).as(Files.readString(out)).isZero();
        assertThat(Files.readString(out)).startsWith("relaunched false, archive options 4");
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(loaded).as("the log names the decision's classes").anyMatch(line -> line.contains("org.scholarfolio.cli.EditorRelaunch "))
                .anyMatch(line -> line.contains("org.scholarfolio.cli.SoftwareRendering "))
                .anyMatch(line -> line.contains("org.scholarfolio.cli.LargePortfolioCollector "))
                .anyMatch(line -> line.contains("org.scholarfolio.cli.ClassArchive "));
        assertThat(loaded).noneMatch(line -> line.contains("org.scholarfolio.") && line.contains("$$Lambda"))
                .noneMatch(line -> line.contains("sun.nio.fs.Globs "))
                .noneMatch(line -> line.contains("java.lang.ProcessHandleImpl "));
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
