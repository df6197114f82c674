package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor started again and again, each time in a fresh JVM, as a person starts it on a
 * portfolio: every start draws its first content and quits. Several threads set up toolkit classes
 * during a start (the theme's and the icons' head starts beside the JavaFX thread, the portfolio
 * read ahead); a start that deadlocked on two classes' initialisation, or waited for an outcome
 * that never came, would hang here instead.
 * {@code -Dscholarfolio.editorStarts=N} sets how many (the stress profile runs 100).
 */
class EditorStartsTest {
    private static final int STARTS = Integer.getInteger("scholarfolio.editorStarts", 3);

    @TempDir
    Path dir;

    @Test
    void everyStartDrawsItsFirstContentAndQuits() throws Exception {
        Path sample = dir.resolve("sample");
        copy(Path.of("sample-data", "alan-turing"), sample);
        for (int i = 0; i < STARTS; i++) {
            Path home = Files.createDirectories(dir.resolve("home-" + i));
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), "-Dscholarfolio.relaunch=false",
                    "-Dscholarfolio.firstContent=exit", "-Djava.util.prefs.userRoot=" + home.resolve("prefs")));
            for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
                if (System.getProperty(property) != null) {
                    command.add("-D" + property + "=" + System.getProperty(property));
                }
            }
            command.addAll(List.of(Launcher.class.getName(), "open", sample.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("start-" + i + ".log").toFile());
            Map<String, String> env = builder.environment();
            env.put("HOME", home.toString());
            env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
            env.put("XDG_DATA_HOME", home.resolve("data").toString());
            env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
            Process start = builder.start();
            boolean quit = start.waitFor(180, TimeUnit.SECONDS);
            if (!quit) {
                // Where each thread waits, for the report, before the hung start is ended.
                new ProcessBuilder("jstack", Long.toString(start.pid())).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("start-" + i + ".stacks").toFile()).start().waitFor(30, TimeUnit.SECONDS);
                start.destroyForcibly();
            }
            String log = Files.readString(dir.resolve("start-" + i + ".log"), StandardCharsets.UTF_8);
            assertThat(quit).as("start %d quit (%s)", i, log).isTrue();
            assertThat(log).as("start %d", i).contains("first content drawn at");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
