package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The file is read in chunks into one array: every byte, at every size around a chunk's. */
class ReadFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 3 * 65_536 + 17})
    void everyByteIsReadInOrder(int size) throws Exception {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        Path file = Files.write(dir.resolve("portfolio.json"), content);
        assertThat(PortfolioStore.readFile(file)).isEqualTo(content);
    }

    @Test
    void aMissingFileIsSaidSo() {
        assertThatThrownBy(() -> PortfolioStore.readFile(dir.resolve("none.json"))).isInstanceOf(NoSuchFileException.class);
    }
}
