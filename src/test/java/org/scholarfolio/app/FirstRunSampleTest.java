package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunSampleTest {
    @TempDir
    Path tmp;

    private Path sampleIn(Path folder, String json) throws IOException {
        Path sample = folder.resolve("sample-data").resolve(FirstRunSample.SAMPLE);
        Files.createDirectories(sample.resolve("assets"));
        Files.writeString(sample.resolve("portfolio.json"), json);
        Files.writeString(sample.resolve("assets").resolve("avatar.svg"), "<svg/>");
        return sample;
    }

    @Test
    void aCheckoutOpensItsOwnSampleInPlace() throws IOException {
        Path checkout = sampleIn(tmp.resolve("repo"), "{}");
        FirstRunSample first = new FirstRunSample(tmp.resolve("repo"), null, tmp.resolve("data"), () -> null);

        assertThat(first.portfolio()).contains(checkout);
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void theBundledSampleIsCopiedOnceIntoTheUsersDataFolderAndTheCopyKeepsTheirChanges() throws IOException {
        sampleIn(tmp.resolve("app"), "{\"bundled\": true}");
        FirstRunSample first = new FirstRunSample(tmp.resolve("cwd"), tmp.resolve("app"), tmp.resolve("data"), () -> null);
        Path copy = tmp.resolve("data").resolve("sample-data").resolve(FirstRunSample.SAMPLE);

        assertThat(first.portfolio()).contains(copy);
        assertThat(copy.resolve("assets").resolve("avatar.svg")).hasContent("<svg/>");

        Files.writeString(copy.resolve("portfolio.json"), "{\"edited\": true}");
        assertThat(first.portfolio()).contains(copy);
        assertThat(copy.resolve("portfolio.json")).hasContent("{\"edited\": true}");
        try (var left = Files.list(copy.getParent())) {
            assertThat(left).containsExactly(copy); // no half-copied folder left behind
        }
    }

    @Test
    void aJarStartedFromAnyFolderCopiesTheSampleItCarries() throws Exception {
        // The sample as the build packs it: inside a jar, read through the jar's file system.
        Path jar = tmp.resolve("scholarfolio.jar");
        try (var zip = java.nio.file.FileSystems.newFileSystem(jar, java.util.Map.of("create", "true"))) {
            Path inside = zip.getPath("/org/scholarfolio/app/sample");
            Files.createDirectories(inside.resolve("assets"));
            Files.writeString(inside.resolve("portfolio.json"), "{\"shipped\": true}");
            Files.writeString(inside.resolve("assets").resolve("avatar.svg"), "<svg/>");
        }
        try (var zip = java.nio.file.FileSystems.newFileSystem(jar)) {
            FirstRunSample first = new FirstRunSample(tmp.resolve("anywhere"), tmp.resolve("no-app"), tmp.resolve("data"),
                    () -> zip.getPath("/org/scholarfolio/app/sample"));
            Path copy = tmp.resolve("data").resolve("sample-data").resolve(FirstRunSample.SAMPLE);

            assertThat(first.portfolio()).contains(copy);
            assertThat(copy.resolve("portfolio.json")).hasContent("{\"shipped\": true}");
            assertThat(copy.resolve("assets").resolve("avatar.svg")).hasContent("<svg/>");
        }
    }

    @Test
    void theBuildPutsTheSeedSampleInTheJar() {
        assertThat(FirstRunSample.class.getResource("sample/portfolio.json")).isNotNull();
        assertThat(FirstRunSample.class.getResource("sample/assets/avatar.svg")).isNotNull();
    }

    @Test
    void withoutAnySampleNothingIsOpened() {
        FirstRunSample first = new FirstRunSample(tmp.resolve("cwd"), tmp.resolve("app"), tmp.resolve("data"), () -> null);

        assertThat(first.portfolio()).isEmpty();
    }
}
