package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.SparsePortfolio;

/** The editor's collector chosen by the size of the portfolio it starts on, by java -jar's relaunch and the launcher script. */
class LargePortfolioCollectorTest {
    private static final String JAR = "/opt/x/scholarfolio.jar";

    @TempDir
    Path dir;

    private Path portfolioOf(String name, long size) throws Exception {
        return SparsePortfolio.in(dir, name, size);
    }

    @Test
    void aPortfolioFileOfSixtyFourMegabytesOrMoreIsLargeWhetherItsFolderOrItsFileIsNamed() throws Exception {
        Path large = portfolioOf("large", LargePortfolioCollector.LARGE_BYTES);
        Path small = portfolioOf("small", LargePortfolioCollector.LARGE_BYTES - 1);

        assertThat(LargePortfolioCollector.large(large.toString())).isTrue();
        assertThat(LargePortfolioCollector.large(large.resolve("portfolio.json").toString())).isTrue();
        assertThat(LargePortfolioCollector.large(small.toString())).isFalse();
        assertThat(LargePortfolioCollector.large(dir.resolve("missing").toString())).isFalse();
        assertThat(LargePortfolioCollector.large("bad\0path")).isFalse();
    }

    @Test
    void onlyAnEditorOpeningALargePortfolioOnARuntimeWithShenandoahGetsIt() throws Exception {
        String large = portfolioOf("large", LargePortfolioCollector.LARGE_BYTES).toString();
        String small = portfolioOf("small", 1024).toString();
        AtomicInteger asked = new AtomicInteger();

        assertThat(LargePortfolioCollector.optionsFor(new String[] {"open", large}, () -> asked.incrementAndGet() > 0))
                .isEqualTo(LargePortfolioCollector.OPTIONS);
        assertThat(LargePortfolioCollector.optionsFor(new String[] {"open", large}, () -> false)).isEmpty();
        assertThat(LargePortfolioCollector.optionsFor(new String[] {"open", small}, () -> asked.incrementAndGet() > 0)).isEmpty();
        assertThat(LargePortfolioCollector.optionsFor(new String[0], () -> asked.incrementAndGet() > 0)).isEmpty();
        assertThat(LargePortfolioCollector.optionsFor(new String[] {"export", large}, () -> asked.incrementAndGet() > 0)).isEmpty();
        assertThat(asked).as("the runtime is asked only for a large portfolio").hasValue(1);
    }

    @Test
    void javaJarsSecondJvmTakesTheCollectorAfterTheLaunchersOptions() {
        List<String> command = EditorRelaunch.command(new String[] {"open", "big"}, List.of(), JAR, JAR + " open big", "true", Map.of(),
                LargePortfolioCollector.OPTIONS);

        List<String> expected = new ArrayList<>(EditorRelaunch.options(Runtime.version()));
        expected.addAll(LargePortfolioCollector.OPTIONS);
        expected.addAll(EditorRelaunch.CHOSEN);
        expected.addAll(List.of("-cp", JAR, EditorRelaunch.MAIN_CLASS, "open", "big"));
        assertThat(command.subList(1, command.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void anEditorOnTheOtherCollectorKeepsAClassArchiveOfItsOwn() {
        assertThat(EditorRelaunch.archiveKind(List.of())).isEqualTo("editor");
        assertThat(EditorRelaunch.archiveKind(LargePortfolioCollector.OPTIONS)).isNotEqualTo("editor");
    }

    @Test
    void theRuntimesAnswerIsWhetherAJvmOfItStartsOnShenandoah() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseShenandoahGC",
                "-version").redirectErrorStream(true).start();
        java.getInputStream().readAllBytes();

        assertThat(LargePortfolioCollector.runtimeHasShenandoah()).isEqualTo(java.waitFor() == 0);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theAppImagesLauncherScriptMakesTheSameChoice() throws Exception {
        assumeTrue(LargePortfolioCollector.runtimeHasShenandoah(), "this Java has no Shenandoah to start the probe with");
        AppImageScript image = AppImageScript.installIn(Files.createDirectory(dir.resolve("image")));
        Path large = portfolioOf("large folder", LargePortfolioCollector.LARGE_BYTES);
        Path small = portfolioOf("small", LargePortfolioCollector.LARGE_BYTES - 1);

        List<String> onLarge = image.run(Map.of(), "open", large.toString());
        List<String> onLargeFile = image.run(Map.of(), "open", large.resolve("portfolio.json").toString());
        List<String> onSmall = image.run(Map.of(), "open", small.toString());
        List<String> onNone = image.run(Map.of());

        assertThat(onLarge).containsSubsequence(LargePortfolioCollector.OPTIONS).contains("arg open", "arg " + large);
        assertThat(onLargeFile).containsSubsequence(LargePortfolioCollector.OPTIONS);
        assertThat(onSmall).noneMatch(line -> line.contains("Shenandoah")).contains("arg " + small);
        assertThat(onNone).noneMatch(line -> line.contains("Shenandoah"));
    }
}
