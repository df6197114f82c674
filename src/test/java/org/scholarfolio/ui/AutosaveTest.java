package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;

class AutosaveTest {
    /** Journals in memory: the state each one has reached, and how many changes it was given. */
    static class MemoryStore implements Autosave.Store {
        final Map<Path, Portfolio> files = new HashMap<>();
        final Map<Path, Integer> changes = new HashMap<>();
        final Map<Path, Portfolio> bases = new HashMap<>();
        final Set<Path> unreadable = new HashSet<>();
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        int prepared;

        @Override
        public void prepare() {
            prepared++;
        }

        @Override
        public Autosave.Journal begin(Path file, Portfolio base, Portfolio current) {
            files.put(file, current);
            bases.put(file, base);
            changes.put(file, 1);
            return new Autosave.Journal() {
                @Override
                public boolean record(Portfolio next) {
                    files.put(file, next);
                    changes.merge(file, 1, Integer::sum);
                    return true;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Optional<Autosave.Replayed> replay(Path file, Portfolio saved) throws IOException {
            if (unreadable.contains(file)) {
                throw new IOException("line 1 is not a change");
            }
            Portfolio p = files.get(file);
            return p == null ? Optional.empty() : Optional.of(new Autosave.Replayed(p, changes.getOrDefault(file, 1), now, false, 0));
        }

        @Override
        public void delete(Path file) {
            files.remove(file);
        }

        @Override
        public Path setAside(Path file) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            files.put(aside, files.remove(file));
            unreadable.remove(file);
            return aside;
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
        editor = new EditorViewModel(portfolioFiles, Portfolio.empty(), null);
        autosave = new Autosave(editor, store, UNTITLED);
        editor.open(FILE);
    }

    private void rename(String first) {
        editor.edit("name", p -> p.withProfile(p.profile().toBuilder().name(new PersonName(first, "", "Lovelace")).build()));
    }

    @Test
    void theJournalsCodeIsReadiedOnTheWriterAndNothingIsWritten() {
        List<Runnable> writer = new ArrayList<>();
        Autosave onAThread = new Autosave(editor, store, UNTITLED, writer::add);

        onAThread.prepareJournal();

        assertThat(store.prepared).as("not on the caller").isZero();
        assertThat(writer).hasSize(1);
        writer.get(0).run();
        assertThat(store.prepared).isEqualTo(1);
        assertThat(store.files).isEmpty();
    }

    @Test
    void recoveryFileSitsBesideThePortfolio() {
        assertThat(autosave.recoveryFile()).isEqualTo(RECOVERY);
        editor.newPortfolio();
        assertThat(autosave.recoveryFile()).isEqualTo(UNTITLED);
    }

    @Test
    void aKeyStillOnItsWayToTheSnapshotIsJournalled() {
        editor.takePendingEditsWith(PendingTyping.once(() -> rename("Ada")));

        assertThat(autosave.writeIfDirty()).isTrue();

        assertThat(store.files.get(RECOVERY).profile().name().first()).isEqualTo("Ada");
    }

    @Test
    void writesOnlyUnsavedChangesAndOnlyOnce() {
        assertThat(autosave.writeIfDirty()).isFalse();
        rename("Ada");

        assertThat(autosave.writeIfDirty()).isTrue();
        assertThat(autosave.writeIfDirty()).isFalse();
        rename("Augusta");
        assertThat(autosave.writeIfDirty()).isTrue();

        assertThat(store.files.get(RECOVERY)).isEqualTo(editor.portfolio());
        assertThat(store.changes.get(RECOVERY)).as("one journal, two changes").isEqualTo(2);
    }

    @Test
    void theFirstChangeAfterAnOpenOrASaveIsJournalledWithoutWaitingForTheInterval() throws IOException {
        List<Runnable> soon = new ArrayList<>();
        autosave.journalFirstChangeAtOnce(soon::add);

        rename("Ada");
        assertThat(soon).hasSize(1);
        soon.remove(0).run();
        assertThat(store.files.get(RECOVERY)).isEqualTo(editor.portfolio());

        rename("Augusta");
        assertThat(soon).as("later changes wait for the interval").isEmpty();

        editor.save();
        rename("Augustine");
        assertThat(soon).hasSize(1);
    }

    @Test
    void aSaveThatRanWhileEditingWentOnStartsTheJournalAfreshFromTheSavedSnapshot() throws IOException {
        rename("Ada");
        autosave.writeIfDirty();
        Portfolio snapshot = editor.portfolio();
        rename("Augusta"); // typed while the save of "Ada" was running
        editor.write(FILE, snapshot);
        editor.markWritten(FILE, snapshot);

        assertThat(editor.history().isDirty()).isTrue();
        assertThat(autosave.writeIfDirty()).isTrue();
        assertThat(store.bases.get(RECOVERY)).isSameAs(snapshot);
        assertThat(store.files.get(RECOVERY)).isEqualTo(editor.portfolio());
        assertThat(store.changes.get(RECOVERY)).as("a new journal").isEqualTo(1);
    }

    @Test
    void savingDeletesTheRecoveryFile() throws IOException {
        rename("Ada");
        autosave.writeIfDirty();

        editor.save();

        assertThat(store.files).doesNotContainKey(RECOVERY);
    }

    @Test
    void droppingTheChangesDeletesTheRecoveryFile() {
        rename("Ada");
        autosave.writeIfDirty();

        editor.newPortfolio();

        assertThat(store.files).doesNotContainKey(RECOVERY);
    }

    @Test
    void aJournalThatChangesSomethingIsOfferedAndRecoveredAsAnUndoableChange() throws IOException {
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
        assertThat(nextAutosave.summary(recovery)).containsExactly("Profile \u203a name changed");
        // The recovered state is journalled afresh, so a second crash loses nothing either.
        assertThat(nextAutosave.writeIfDirty()).isTrue();
        assertThat(store.files.get(RECOVERY)).isEqualTo(unsaved);
        next.history().undo();
        assertThat(next.portfolio()).isEqualTo(Portfolio.empty());
    }

    @Test
    void aJournalThatEndsWhereTheFileIsIsNotOffered() {
        rename("Ada");
        autosave.writeIfDirty();
        store.files.put(RECOVERY, Portfolio.empty());

        assertThat(autosave.pending()).isEmpty();
    }

    @Test
    void anUnreadableJournalIsSetAsideAndReported() {
        rename("Ada");
        autosave.writeIfDirty();
        store.unreadable.add(RECOVERY);
        List<String> reported = new ArrayList<>();
        autosave.onProblem(reported::add);

        assertThat(autosave.pending()).isEmpty();

        assertThat(reported).singleElement().asString().contains("could not be read", "portfolio.json.recovery.unreadable");
        assertThat(store.files).containsKey(RECOVERY.resolveSibling("portfolio.json.recovery.unreadable"));
    }

    @Test
    void decliningDeletesTheRecoveryFile() {
        rename("Ada");
        autosave.writeIfDirty();

        autosave.decline(autosave.pending().orElseThrow());

        assertThat(store.files).doesNotContainKey(RECOVERY);
    }
}
