package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theBackupHoldsThePreviousBytesAndNoTemporaryFileIsLeft() throws Exception {
        Path target = dir.resolve("portfolio.json");
        AtomicFile.writeKeepingBackup(target, utf8("first"));
        AtomicFile.writeKeepingBackup(target, utf8("second"));
        AtomicFile.writeKeepingBackup(target, utf8("third"));

        assertThat(target).hasContent("third");
        assertThat(dir.resolve("portfolio.json.bak")).hasContent("second");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("portfolio.json",
                    "portfolio.json.bak");
        }
    }

    /** The backup is the old file under a second name; it must not share the new file's bytes. */
    @Test
    void writingIntoTheNewFileInPlaceLeavesTheBackupAlone() throws Exception {
        Path target = dir.resolve("portfolio.json");
        AtomicFile.writeKeepingBackup(target, utf8("old"));
        AtomicFile.writeKeepingBackup(target, utf8("new"));

        Files.write(target, utf8("changed in place"), StandardOpenOption.TRUNCATE_EXISTING);

        assertThat(dir.resolve("portfolio.json.bak")).hasContent("old");
        assertThat(Files.isSameFile(target, dir.resolve("portfolio.json.bak"))).isFalse();
    }

    /**
     * A portfolio.json that is a symbolic link (to a file kept in a synced or versioned folder) stays a
     * link: the file it leads to gets the new bytes, atomically, and keeps its backup beside it.
     */
    @Test
    void aSymbolicLinkIsKeptAndTheFileItLeadsToIsReplaced() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("synced"));
        Path real = Files.writeString(elsewhere.resolve("portfolio.json"), "old");
        Path folder = Files.createDirectories(dir.resolve("portfolio"));
        Path link = Files.createSymbolicLink(folder.resolve("portfolio.json"), Path.of("../synced/portfolio.json"));

        AtomicFile.writeKeepingBackup(link, utf8("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../synced/portfolio.json"));
        assertThat(real).hasContent("new");
        assertThat(elsewhere.resolve("portfolio.json.bak")).hasContent("old");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("portfolio.json");
        }
    }

    @Test
    void aBackupThatCannotBeWrittenRefusesTheSaveNamingTheBackup() throws Exception {
        Path target = Files.writeString(dir.resolve("portfolio.json"), "old");
        Files.createDirectories(dir.resolve("portfolio.json.bak").resolve("inside"));

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> AtomicFile.writeKeepingBackup(target, utf8("new")));

        assertThat(refused).isInstanceOf(DiskWriteException.class)
                .hasMessage("cannot keep the previous version of portfolio.json as " + dir.resolve("portfolio.json.bak")
                        + ": a folder has that name. Move or rename portfolio.json.bak and try again;"
                        + " portfolio.json was not replaced and is as it was");
        assertThat(target).hasContent("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("portfolio.json",
                    "portfolio.json.bak");
        }
    }
}
