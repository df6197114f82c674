package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar carries THIRD-PARTY-NOTICES, made at build time from the dependencies: every jar
 * it is shipped with is named there, and so is the licence of the Twemoji shapes, which come from
 * no dependency of their own. Runs in {@code mvn verify} (failsafe, after {@code package}).
 */
class ThirdPartyNoticesIT {
    private static final Path JAR = Path.of("target", "scholarfolio.jar");

    @Test
    void theJarNamesEveryShippedLibraryAndTheTwemojiLicence() throws Exception {
        String notices;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            var entry = jar.getJarEntry("org/scholarfolio/THIRD-PARTY-NOTICES.txt");
            assertThat(entry).as("the notices in %s", JAR).isNotNull();
            notices = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(notices).contains("Twemoji").contains("CC-BY-4.0")
                .contains("https://creativecommons.org/licenses/by/4.0/")
                .contains("GNU General Public License version 2 with the Classpath Exception");
        List<String> shipped;
        try (Stream<Path> jars = Files.list(Path.of("target", "lib"))) {
            shipped = jars.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .filter(n -> !n.equals("scholarfolio-app.jar")) // the application's own classes, behind the jar
                    .sorted().toList();
        }
        assertThat(shipped).as("mvn package copies the runtime jars").isNotEmpty();
        for (String jar : shipped) {
            String artifactId = jar.replaceFirst("-\\d.*$", "");
            assertThat(notices).as("the notices name %s", jar).contains(":" + artifactId + ")");
        }
        assertThat(notices).contains("katex").contains("MIT");
    }
}
