package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.Autosave;

class StoreRecoveryFilesTest {
    @TempDir
    Path dir;

    private final StoreRecoveryFiles store = new StoreRecoveryFiles();

    private static Portfolio named(String first) {
        Portfolio p = Portfolio.empty();
        return p.withProfile(p.profile().toBuilder().name(new PersonName(first, "", "Lovelace")).build());
    }

    @Test
    void journalReplaysOverTheSavedPortfolioAndLeavesNoTemporaryFiles() throws IOException {
        Path file = Autosave.recoveryFileFor(dir.resolve("portfolio.json"));

        try (Autosave.Journal journal = store.begin(file, Portfolio.empty(), named("Ada"))) {
            journal.record(named("Augusta"));
        }

        Autosave.Replayed replayed = store.replay(file, Portfolio.empty()).orElseThrow();
        assertThat(replayed.portfolio()).isEqualTo(named("Augusta"));
        assertThat(replayed.changes()).isEqualTo(2);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("portfolio.json.recovery");
        }
        store.delete(file);
        assertThat(store.replay(file, Portfolio.empty())).isEmpty();
    }

    @Test
    void anUnreadableFileIsSetAsideUnderANameOfItsOwn() throws IOException {
        Path file = Autosave.recoveryFileFor(dir.resolve("portfolio.json"));
        Files.writeString(file, "not a journal\n");

        assertThatThrownBy(() -> store.replay(file, Portfolio.empty())).isInstanceOf(IOException.class)
                .hasMessageContaining("portfolio.json.recovery");
        Path aside = store.setAside(file);

        assertThat(file).doesNotExist();
        assertThat(Files.readString(aside)).isEqualTo("not a journal\n");
        assertThat(aside.getFileName().toString()).startsWith("portfolio.json.recovery.unreadable-");
    }

    @Test
    void followOnJournalsAreFoundBesideTheirsOldestFirstAndNothingElseIs() throws IOException {
        Path file = Autosave.recoveryFileFor(dir.resolve("portfolio.json"));
        Path later = Autosave.followOnFileFor(file, Instant.parse("2026-12-06T17:00:00.250Z"));
        Path earlier = Autosave.followOnFileFor(file, Instant.parse("2026-12-06T09:30:00Z"));
        for (Path journal : List.of(later, earlier)) {
            store.begin(journal, Portfolio.empty(), named("Ada")).close();
        }
        Files.writeString(dir.resolve("portfolio.json.recovery.unreadable-20261206-093000"), "set aside");
        Files.writeString(dir.resolve("portfolio.json.recovery.1234"), "not a follow-on");
        Files.writeString(dir.resolve("other.json.recovery.20261206093000000"), "another portfolio's");

        assertThat(store.followOns(file)).containsExactly(earlier, later);
        assertThat(earlier.getFileName().toString()).isEqualTo("portfolio.json.recovery.20261206093000000");
        assertThat(store.followOns(dir.resolve("none/portfolio.json.recovery"))).isEmpty();
    }
}
