package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PublishTarget;

class PublishTargetStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSavedTargetLoadsBackAndHoldsNoSecret() throws IOException {
        var target = new PublishTarget("https://ada:ghp_secret@github.com/ada/notes.git", "pages", "https://ada.github.io/notes/", "");

        PublishTargetStore.save(dir, target);

        String json = Files.readString(dir.resolve("publish.json"));
        assertThat(json).doesNotContain("ghp_secret").doesNotContain("ada:");
        assertThat(PublishTargetStore.load(dir)).contains(target.withRemote("https://github.com/ada/notes.git"));
    }

    @Test
    void anSshAddressKeepsItsUser() throws IOException {
        PublishTargetStore.save(dir, PublishTarget.NONE.withRemote("git@github.com:ada/notes.git"));

        assertThat(PublishTargetStore.load(dir).orElseThrow().remote()).isEqualTo("git@github.com:ada/notes.git");
    }

    @Test
    void noFileMeansNoTarget() throws IOException {
        assertThat(PublishTargetStore.load(dir)).isEmpty();
    }

    @Test
    void brokenJsonNamesTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("publish.json"), "{\n  \"remote\": \"x\",\n  \"branch\": \n}");

        assertThatThrownBy(() -> PublishTargetStore.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("publish.json, line 4");
    }
}
