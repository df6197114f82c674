package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;

/** The save streams record by record; the bytes must be those of the canonical form all the same. */
class StreamingSaveTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesAreWrittenBackByteForByte() throws Exception {
        for (String sample : new String[] {"alan-turing", "yihua-zhang"}) {
            Path file = Path.of("sample-data", sample, "portfolio.json");
            Portfolio p = PortfolioStore.load(file).portfolio();
            assertThat(new String(PortfolioStore.toJson(p), java.nio.charset.StandardCharsets.UTF_8))
                    .as(sample).isEqualTo(Files.readString(file));
        }
    }

    @Test
    void aSavedFileLoadsAsItWasAndItsHashIsTheFilesHash() throws Exception {
        Portfolio p = PortfolioGenerator.generate(300, 120, 7L);
        String hash = PortfolioStore.save(dir, p);
        Path file = dir.resolve(PortfolioStore.FILE_NAME);
        assertThat(hash).isEqualTo(ChangeCheck.ofFile(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(PortfolioStore.toJson(p));
        LoadedPortfolio loaded = PortfolioStore.load(dir);
        assertThat(loaded.portfolio()).isEqualTo(p);
        assertThat(loaded.contentHash()).isEqualTo(hash);

        Portfolio changed = p.withPublications(p.publications().subList(1, p.publications().size()));
        String next = PortfolioStore.saveOver(loaded, changed);
        assertThat(next).isEqualTo(ChangeCheck.ofFile(file));
        assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(changed);
        assertThat(Files.readAllBytes(dir.resolve("portfolio.json.bak"))).isEqualTo(PortfolioStore.toJson(p));
    }
}
