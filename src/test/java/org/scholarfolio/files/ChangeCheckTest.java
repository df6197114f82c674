package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeCheckTest {
    @TempDir
    Path temp;

    @Test
    void aFileReadInChunksChecksAsItsBytesDo() throws IOException {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(temp.resolve("portfolio.json"), bytes);
        assertThat(ChangeCheck.ofFile(file)).isEqualTo(new ChangeCheck().update(bytes).hex()).endsWith("-200000");
    }

    @Test
    void oneChangedByteOrALengthChangesTheCheck() {
        byte[] bytes = "{\"title\": \"A study\"}".getBytes(StandardCharsets.UTF_8);
        String before = new ChangeCheck().update(bytes).hex();
        bytes[12] = 'B';
        assertThat(new ChangeCheck().update(bytes).hex()).isNotEqualTo(before);
        assertThat(new ChangeCheck().update(new byte[1]).hex()).isNotEqualTo(new ChangeCheck().update(new byte[2]).hex());
        assertThat(new ChangeCheck().update(new byte[1]).value()).isNotEqualTo(new ChangeCheck().update(new byte[2]).value());
    }
}
