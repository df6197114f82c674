package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;

class AutosaveTest {
    /** Recovery files in memory, with a clock that moves one second per write. */
    static final class MemoryStore implements Autosave.Store {
        final Map<Path, Portfolio> files = new HashMap<>();
        final Map<Path, Instant> times = new HashMap<>();
        Instant now = Instant.parse("2026-11-24T10:00:00Z");

        @Override
        public void write(Path file, Portfolio portfolio) {
            now = now.plusSeconds(1);
            files.put(file, portfolio);
            times.put(file, now);
        }

        @Override
        public Portfolio read(Path file) throws IOException {
            Portfolio p = files.get(file);
            if (p == null) {
                throw new NoSuchFileException(file.toString());
            }
            return p;
        }

        @Override
        public void delete(Path file) {
            files.remove(file);
            times.remove(file);
        }

        @Override
        public Optional<Instant> modified(Path file) {
            return Optional.ofNullable(times.get(file));
        }
    }

    private static final Path FILE = Path.of("/home/ada/site/portfolio.json");
    private static final Path RECOVERY = Path.of("/home/ada/site/portfolio.json.recovery");
    private static final Path UNTITLED = Path.of("/home/ada/.local/share/scholarfolio/untitled.recovery.json");

    private final InMemoryPortfolioFiles portfolioFiles = new InMemoryPortfolioFiles();
    private final MemoryStore store = new MemoryStore();
    private EditorViewModel editor;
    private Autosave autosave;

    @BeforeEach
    void openPortfolio() throws IOException {
        portfolioFiles.files.put(FILE, Portfolio.empty());
        store.write(FILE, Portfolio.empty());
        editor = new EditorViewModel(portfolioFiles, Portfolio.empty(), null);
        autosave = new Autosave(editor, store, UNTITLED);
        editor.open(FILE);
    }

    private void rename(String first) {
        editor.edit("name", p -> p.withProfile(p.profile().toBuilder().name(new PersonName(first, "", "Lovelace")).build()));
    }

    @Test
    void recoveryFileSitsBesideThePortfolio() {
        assertThat(autosave.recoveryFile()).isEqualTo(RECOVERY);
        editor.newPortfolio();
        assertThat(autosave.recoveryFile()).isEqualTo(UNTITLED);
    }

    @Test
    void writesOnlyUnsavedChangesAndOnlyOnce() throws IOException {
        assertThat(autosave.writeIfDirty()).isFalse();
        rename("Ada");

        assertThat(autosave.writeIfDirty()).isTrue();
        assertThat(autosave.writeIfDirty()).isFalse();
        assertThat(store.files.get(RECOVERY)).isEqualTo(editor.portfolio());
    }

    @Test
    void savingDeletesTheRecoveryFile() throws IOException {
        rename("Ada");
        autosave.writeIfDirty();

        editor.save();

        assertThat(store.files).doesNotContainKey(RECOVERY);
    }

    @Test
    void droppingTheChangesDeletesTheRecoveryFile() throws IOException {
        rename("Ada");
        autosave.writeIfDirty();

        editor.newPortfolio();

        assertThat(store.files).doesNotContainKey(RECOVERY);
    }

    @Test
    void aRecoveryFileNewerThanThePortfolioIsOfferedAndRecoveredAsAnUndoableChange() throws IOException {
        rename("Ada");
        autosave.writeIfDirty();
        Portfolio unsaved = editor.portfolio();
        // The editor crashed; the next run opens the same file.
        EditorViewModel next = new EditorViewModel(portfolioFiles, Portfolio.empty(), null);
        Autosave nextAutosave = new Autosave(next, store, UNTITLED);
        next.open(FILE);

        Autosave.Recovery recovery = nextAutosave.pending().orElseThrow();
        nextAutosave.recover(recovery);

        assertThat(next.portfolio()).isEqualTo(unsaved);
        assertThat(next.history().isDirty()).isTrue();
        next.history().undo();
        assertThat(next.portfolio()).isEqualTo(Portfolio.empty());
    }

    @Test
    void aRecoveryFileOlderThanThePortfolioIsNotOffered() throws IOException {
        rename("Ada");
        autosave.writeIfDirty();
        store.write(FILE, Portfolio.empty());

        assertThat(autosave.pending()).isEmpty();
    }

    @Test
    void decliningDeletesTheRecoveryFile() throws IOException {
        rename("Ada");
        autosave.writeIfDirty();

        autosave.decline(autosave.pending().orElseThrow());

        assertThat(store.files).doesNotContainKey(RECOVERY);
    }
}
