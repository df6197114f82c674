package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The file is read in pieces into one array, or, above a size, into chunks: every byte, at every
 * size around a piece's and a chunk's, and a file that grew after its size was asked for.
 */
class ReadFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 3 * 65_536 + 17})
    void everyByteIsReadInOrder(int size) throws Exception {
        byte[] content = content(size);
        Path file = Files.write(dir.resolve("portfolio.json"), content);
        FileBytes read = PortfolioStore.readFile(file);
        assertThat(read.whole()).isEqualTo(content);
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 127, 128, 129, 200, 65_536 + 1_000})
    void aFileOverTheLimitIsReadIntoChunksOfOneSize(int size) throws Exception {
        byte[] content = content(size);
        Path file = Files.write(dir.resolve("portfolio.json"), content);
        FileBytes read = PortfolioStore.readFile(file, 100, 64);
        assertThat(read.whole()).isNull();
        assertThat(read.length()).isEqualTo(size);
        assertThat(read.toArray()).isEqualTo(content);
        byte[][] chunks = read.chunks();
        assertThat(chunks.length).isEqualTo((size + 63) / 64);
        for (int i = 0; i < chunks.length - 1; i++) {
            assertThat(chunks[i]).hasSize(64);
        }
        for (int at : new int[] {0, 63, 64, size - 1}) {
            assertThat(read.byteAt(at)).isEqualTo(content[at]);
        }
        assertThat(read.from(size - 70).readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, size - 70, size));
    }

    @Test
    void aFileThatGrewAfterItsSizeWasAskedForIsReadToItsEnd() throws Exception {
        byte[] content = content(1_000);
        Path file = Files.write(dir.resolve("portfolio.json"), content);
        try (FileChannel channel = FileChannel.open(file)) {
            // Asked when it had 10 bytes: one array, grown as the bytes keep coming.
            assertThat(PortfolioStore.readFile(channel, 10, 100, 64).whole()).isEqualTo(content);
        }
        try (FileChannel channel = FileChannel.open(file)) {
            // Asked when it had 150 bytes: chunks, as many as the bytes fill.
            FileBytes read = PortfolioStore.readFile(channel, 150, 100, 64);
            assertThat(read.toArray()).isEqualTo(content);
            assertThat(read.chunks().length).isEqualTo(16);
        }
    }

    @Test
    void aMissingFileIsSaidSo() {
        assertThatThrownBy(() -> PortfolioStore.readFile(dir.resolve("none.json"))).isInstanceOf(NoSuchFileException.class);
    }

    private static byte[] content(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return content;
    }
}
