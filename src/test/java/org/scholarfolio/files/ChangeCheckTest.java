package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

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

    @Test
    void theFingerprintIsBothChecksumsInEightHexDigitsEachAndTheLength() {
        // as manifests and export states written before kept it: "%08x%08x-%d", leading zeros kept
        Random random = new Random(11);
        for (int n = 0; n < 300; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            CRC32C c = new CRC32C();
            c.update(bytes);
            CRC32 d = new CRC32();
            d.update(bytes);
            assertThat(new ChangeCheck().update(bytes).hex())
                    .isEqualTo(String.format("%08x%08x-%d", c.getValue(), d.getValue(), bytes.length));
        }
        assertThat(new ChangeCheck().hex()).isEqualTo("0000000000000000-0");
    }

    @Test
    void aFingerprintTellsTheLengthItWasMadeFrom() {
        assertThat(ChangeCheck.lengthOf(new ChangeCheck().update(new byte[123_456]).hex())).isEqualTo(123_456);
        assertThat(ChangeCheck.lengthOf(new ChangeCheck().hex())).isZero();
        assertThat(ChangeCheck.lengthOf("not-a-check")).isEqualTo(-1);
        assertThat(ChangeCheck.lengthOf("0123456789abcdef-x")).isEqualTo(-1);
    }
}
