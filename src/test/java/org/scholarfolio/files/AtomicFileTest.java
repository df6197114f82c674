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
}
