package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watch on an output folder tells each entry anything happened to since it was last asked, in
 * folders it watched from the start and in folders made or put back since; and says "not known"
 * when it may have missed something.
 */
class FolderWatchTest {
    @TempDir
    Path temp;

    @Test
    void tellsTheFilesChangedMadeOrRemovedSinceItWasLastAsked() throws IOException {
        Path site = site();
        try (FolderWatch watch = FolderWatch.start(site, List.of("a", "a/b", "c"), temp.resolve("markers"))) {
            assertThat(watch).isNotNull();
            assertThat(watch.changes().entries()).isEmpty();

            Files.writeString(site.resolve("a/b/index.html"), "changed");
            Files.delete(site.resolve("c/index.html"));
            Files.writeString(site.resolve("new.html"), "made");
            FolderWatch.Changes changes = watch.changes();
            assertThat(changes.entries()).contains("a/b/index.html", "c/index.html", "new.html");
            assertThat(watch.changes().entries()).as("told once").isEmpty();
        }
    }

    @Test
    void aFolderMadeOrPutBackIsWatchedFromTheNextAnswerOnAndNamedWhole() throws IOException {
        Path site = site();
        try (FolderWatch watch = FolderWatch.start(site, List.of("a", "a/b", "c"), temp.resolve("markers"))) {
            Files.createDirectories(site.resolve("d/e"));
            Files.writeString(site.resolve("d/e/index.html"), "new");
            assertThat(watch.changes().folders()).contains("d");
            Files.writeString(site.resolve("d/e/index.html"), "changed");
            assertThat(watch.changes().entries()).contains("d/e/index.html");

            // Removed whole, then made again: named whole, and watched again.
            Files.delete(site.resolve("c/index.html"));
            Files.delete(site.resolve("c"));
            assertThat(watch.changes().folders()).contains("c");
            Files.createDirectories(site.resolve("c"));
            Files.writeString(site.resolve("c/index.html"), "again");
            assertThat(watch.changes().folders()).contains("c");
            Files.writeString(site.resolve("c/index.html"), "changed");
            assertThat(watch.changes().entries()).contains("c/index.html");

            // Moved away: what happens in the moved folder is no longer told under the old name.
            Files.move(site.resolve("a"), temp.resolve("away"));
            assertThat(watch.changes().folders()).contains("a");
            Files.writeString(temp.resolve("away/b/index.html"), "elsewhere");
            assertThat(watch.changes().entries()).doesNotContain("a/b/index.html");
        }
    }

    @Test
    void moreEventsThanAFolderHoldsOrTheFolderReplacedIsNotKnown() throws IOException {
        Path site = site();
        FolderWatch watch = FolderWatch.start(site, List.of("a", "a/b", "c"), temp.resolve("markers"));
        for (int i = 0; i < 600; i++) {
            Files.delete(Files.writeString(site.resolve("c/scratch-" + i), "x"));
        }
        assertThat(watch.changes()).isNull();
        assertThat(watch.isOpen()).as("events lost: the watch goes on").isTrue();
        Files.writeString(site.resolve("c/index.html"), "changed");
        assertThat(watch.changes().entries()).contains("c/index.html");

        Path old = Files.move(site, temp.resolve("old-site"));
        Files.createDirectories(site);
        assertThat(watch.changes()).isNull();
        assertThat(watch.isOpen()).as("another folder now: the watch gave up").isFalse();
        assertThat(old).exists();
    }

    @Test
    void closingRemovesItsMarker() throws IOException {
        Path site = site();
        Path markers = temp.resolve("markers");
        FolderWatch watch = FolderWatch.start(site, List.of("a"), markers);
        try (var listed = Files.list(markers)) {
            assertThat(listed.count()).isEqualTo(1);
        }
        watch.close();
        try (var listed = Files.list(markers)) {
            assertThat(listed.count()).isZero();
        }
        assertThat(watch.changes()).isNull();
    }

    private Path site() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.createDirectories(site.resolve("a/b"));
        Files.createDirectories(site.resolve("c"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("a/b/index.html"), "b");
        Files.writeString(site.resolve("c/index.html"), "c");
        return site;
    }

    @Test
    void onlyAKernelToldWatchIsUsed() {
        // Linux's watch service is inotify; macOS's polls every folder, so there the exporter looks at every file.
        assertThat(FolderWatch.toldByTheKernel("Linux")).isTrue();
        assertThat(FolderWatch.toldByTheKernel("Mac OS X")).isFalse();
        assertThat(FolderWatch.toldByTheKernel("Windows 11")).isFalse();
    }
}
