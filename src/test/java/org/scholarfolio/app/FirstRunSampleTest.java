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
        FirstRunSample first = new FirstRunSample(tmp.resolve("repo"), null, tmp.resolve("data"));

        assertThat(first.portfolio()).contains(checkout);
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void theBundledSampleIsCopiedOnceIntoTheUsersDataFolderAndTheCopyKeepsTheirChanges() throws IOException {
        sampleIn(tmp.resolve("app"), "{\"bundled\": true}");
        FirstRunSample first = new FirstRunSample(tmp.resolve("cwd"), tmp.resolve("app"), tmp.resolve("data"));
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
    void withoutAnySampleNothingIsOpened() {
        FirstRunSample first = new FirstRunSample(tmp.resolve("cwd"), tmp.resolve("app"), tmp.resolve("data"));

        assertThat(first.portfolio()).isEmpty();
    }
}
