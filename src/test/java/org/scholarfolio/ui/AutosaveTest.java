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
        /** Concurrent: a test may look while the journal's thread writes. */
        final Map<Path, Portfolio> files = new java.util.concurrent.ConcurrentHashMap<>();
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
        public Autosave.Journal begin(Path file, Portfolio base, Portfolio current) throws IOException {
            files.put(file, current);
            bases.put(file, base);
            changes.put(file, 1);
            return new Autosave.Journal() {
                Path at = file;

                @Override
                public boolean record(Portfolio next) {
                    files.put(at, next);
                    changes.merge(at, 1, Integer::sum);
                    return true;
                }

                @Override
                public void moveTo(Path target) {
                    files.put(target, files.remove(at));
                    bases.put(target, bases.remove(at));
                    changes.put(target, changes.remove(at));
                    at = target;
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
        public List<Path> followOns(Path file) {
            return files.keySet().stream().filter(f -> Autosave.isFollowOnOf(file, f)).sorted().toList();
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

    /** A recovery file the disk refuses: said once, naming it once, and where the changes are now. */
    @Test
    void aRecoveryFileTheDiskRefusesIsReportedWithWhereTheChangesAre() {
        MemoryStore readOnly = new MemoryStore() {
            @Override
            public Autosave.Journal begin(Path file, Portfolio base, Portfolio current) throws IOException {
                throw org.scholarfolio.files.DiskWriteException.of(file,
                        new java.nio.file.FileSystemException(file.toString(), null, "Read-only file system"));
            }
        };
        Autosave refused = new Autosave(editor, readOnly, UNTITLED, Runnable::run);
        List<String> reported = new ArrayList<>();
        refused.onProblem(reported::add);
        rename("Ada");

        refused.writeIfDirty();

        assertThat(reported).singleElement().asString()
                .startsWith("No recovery file: your changes since the last save are only in this window until it saves them")
                .contains("cannot write " + RECOVERY + ": the disk holding " + RECOVERY + " is read-only")
                .doesNotContain("recovery file " + RECOVERY);
    }

    @Test
    void decliningDeletesTheRecoveryFile() {
        rename("Ada");
        autosave.writeIfDirty();

        autosave.decline(autosave.pending().orElseThrow());

        assertThat(store.files).doesNotContainKey(RECOVERY);
    }

    // While a crash's journal is checked and its question is open: a follow-on journal.

    private Portfolio crashed;

    /** A journal left by a crash (the position typed) and the check of it begun at the open. */
    private Optional<Autosave.Found> crashedAndChecking() {
        Portfolio p = Portfolio.empty();
        crashed = p.withProfile(p.profile().toBuilder().position("Kept by the crash").build());
        store.files.put(RECOVERY, crashed);
        List<Optional<Autosave.Found>> outcome = new ArrayList<>();
        autosave.checkPending(Runnable::run, outcome::add);
        return outcome.get(0);
    }

    private List<Path> followOns() {
        return store.followOns(RECOVERY);
    }

    @Test
    void anEditMadeWhileTheCheckRunsIsJournalledBesideTheCrashsJournalNotOverIt() {
        crashedAndChecking();

        rename("Ada");
        assertThat(autosave.writeIfDirty()).isTrue();

        assertThat(store.files.get(RECOVERY)).as("the crash's journal, untouched").isSameAs(crashed);
        assertThat(followOns()).singleElement().satisfies(f -> assertThat(store.files.get(f)).isEqualTo(editor.portfolio()));
        rename("Augusta");
        assertThat(autosave.writeIfDirty()).isTrue();
        assertThat(followOns()).singleElement().satisfies(f -> {
            assertThat(store.files.get(f)).isEqualTo(editor.portfolio());
            assertThat(store.changes.get(f)).as("appended to").isEqualTo(2);
        });
    }

    @Test
    void aSecondCrashWhileTheQuestionIsOpenLeavesBothJournalsAndTheNextOpenOffersThemTogether() throws IOException {
        crashedAndChecking();
        rename("Ada");
        autosave.writeIfDirty();
        Portfolio typedDuringTheQuestion = editor.portfolio();
        // The editor crashed again, the question unanswered; the next run opens the same file.
        EditorViewModel next = new EditorViewModel(portfolioFiles, Portfolio.empty(), null);
        Autosave nextAutosave = new Autosave(next, store, UNTITLED);
        next.open(FILE);

        Autosave.Recovery recovery = nextAutosave.pending().orElseThrow();

        assertThat(recovery.portfolio().profile().position()).isEqualTo("Kept by the crash");
        assertThat(recovery.portfolio().profile().name().first()).isEqualTo("Ada");
        assertThat(recovery.journals()).hasSize(2).first().isEqualTo(RECOVERY);
        assertThat(nextAutosave.summary(recovery)).contains("Profile \u203a name, position changed")
                .anyMatch(line -> line.contains("while an earlier recovery question was open"));
        nextAutosave.recover(recovery);
        assertThat(next.portfolio()).isEqualTo(recovery.portfolio());
        // Written to one journal, and only then the two it came from deleted.
        assertThat(nextAutosave.writeIfDirty()).isTrue();
        assertThat(store.files.get(RECOVERY)).isEqualTo(recovery.portfolio());
        assertThat(followOns()).isEmpty();
        // Each journal one Undo step: nothing either held is lost where both changed a field.
        next.history().undo();
        assertThat(next.portfolio()).isEqualTo(crashed);
        next.history().undo();
        assertThat(next.portfolio()).isEqualTo(Portfolio.empty());
        assertThat(typedDuringTheQuestion.profile().position()).isEmpty();
    }

    @Test
    void recoverPutsTheEditsMadeMeanwhileOnTopAndTheirJournalTakesTheCrashsPlace() {
        Autosave.Recovery recovery = crashedAndChecking().orElseThrow().recovery();
        rename("Ada");
        autosave.writeIfDirty();
        Portfolio mine = editor.portfolio();

        autosave.recover(recovery);
        autosave.endCheck();

        assertThat(editor.portfolio().profile().position()).isEqualTo("Kept by the crash");
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Ada");
        assertThat(store.files.get(RECOVERY)).isEqualTo(editor.portfolio());
        assertThat(followOns()).isEmpty();
        editor.history().undo();
        assertThat(editor.portfolio()).as("the recovered changes alone").isEqualTo(crashed);
        editor.history().undo();
        assertThat(editor.portfolio()).as("mine alone").isSameAs(mine);
    }

    @Test
    void discardDeletesTheCrashsJournalAndTheEditsMadeMeanwhileTakeItsPlace() {
        Autosave.Recovery recovery = crashedAndChecking().orElseThrow().recovery();
        rename("Ada");
        autosave.writeIfDirty();

        autosave.decline(recovery);
        autosave.endCheck();

        assertThat(store.files.get(RECOVERY)).isEqualTo(editor.portfolio());
        assertThat(store.changes.get(RECOVERY)).as("moved, not written again").isEqualTo(1);
        assertThat(followOns()).isEmpty();
    }

    @Test
    void aCheckThatFindsNothingHandsTheEditsMadeMeanwhileToTheDocumentsJournal() {
        List<Optional<Autosave.Found>> outcome = new ArrayList<>();
        autosave.checkPending(Runnable::run, outcome::add);
        rename("Ada");
        autosave.writeIfDirty();

        assertThat(outcome).containsExactly(Optional.empty());
        autosave.endCheck();

        assertThat(store.files.get(RECOVERY)).isEqualTo(editor.portfolio());
        assertThat(followOns()).isEmpty();
    }

    @Test
    void savingWhileTheQuestionIsOpenDeletesTheEditsJournalAndKeepsTheCrashs() throws IOException {
        crashedAndChecking();
        rename("Ada");
        autosave.writeIfDirty();

        editor.save();

        assertThat(followOns()).isEmpty();
        assertThat(store.files.get(RECOVERY)).isSameAs(crashed);
    }
}
