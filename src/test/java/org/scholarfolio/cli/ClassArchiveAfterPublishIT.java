package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM that writes a class archive at exit, as {@code java -jar}'s editor does on its first run
 * ({@link ClassArchive}), after publishing with JGit from the packaged jar's {@code lib/}: Java 17
 * crashed while writing it (SIGSEGV, an {@code hs_err} file in the working folder, exit 134)
 * as long as JGit's jars were signed, since it leaves their classes out but not all of their lambdas.
 * Runs in {@code mvn verify} (failsafe, after {@code package}, which ships them unsigned).
 */
class ClassArchiveAfterPublishIT {
    private static final Path JAR = Path.of("target", "scholarfolio.jar").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theArchiveIsWrittenAfterAPublishAndTheJvmEndsWell() throws Exception {
        assertThat(JAR).as("mvn package builds the jar first").isRegularFile();
        Path portfolio = Files.createDirectories(tmp.resolve("turing"));
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), portfolio.resolve("portfolio.json"));
        Path remote = tmp.resolve("site.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        Path archive = tmp.resolve("publish.jsa");

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dscholarfolio.relaunch=false", "-jar", JAR.toString(), "publish", portfolio.toString(),
                "--git=" + remote.toUri(), "--base-url=https://example.org/")
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile());
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("data").toString());
        Process publish = pb.start();
        assertThat(publish.waitFor(240, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);

        assertThat(publish.exitValue()).as(out).isZero();
        try (Git site = Git.open(remote.toFile())) {
            assertThat(site.getRepository().resolve("refs/heads/gh-pages")).as("the site was pushed").isNotNull();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            List<String> crashLogs = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("hs_err")).toList();
            assertThat(crashLogs).isEmpty();
        }
        assertThat(archive).isRegularFile();
    }
}
