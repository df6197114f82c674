package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.Autosave;

class StoreRecoveryFilesTest {
    @TempDir
    Path dir;

    @Test
    void recoveryFileRoundTripsAndLeavesNoTemporaryFiles() throws IOException {
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
        Path file = Autosave.recoveryFileFor(dir.resolve("portfolio.json"));
        StoreRecoveryFiles store = new StoreRecoveryFiles();

        store.write(file, p);

        assertThat(store.read(file)).isEqualTo(p);
        assertThat(store.modified(file)).isPresent();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("portfolio.json.recovery");
        }
        store.delete(file);
        assertThat(store.modified(file)).isEmpty();
    }
}
