package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.files.ContentHash;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;

class ChangeJournalTest {
    @TempDir
    Path dir;

    private final Portfolio saved = PortfolioGenerator.generate(20, 5, 7);

    private Path journalFile() {
        return dir.resolve("portfolio.json.recovery");
    }

    private static Portfolio position(Portfolio p, String position) {
        return p.withProfile(p.profile().toBuilder().position(position).build());
    }

    private static Portfolio retitle(Portfolio p, int index, String title) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.set(index, pubs.get(index).toBuilder().title(title).build());
        return p.withPublications(pubs);
    }

    private JournalReplay.Replayed replay() throws IOException {
        return JournalReplay.replay(journalFile(), saved).orElseThrow();
    }

    @Test
    void everyKindOfEditReplaysToTheSamePortfolio() throws IOException {
        List<Portfolio> states = new ArrayList<>();
        Portfolio p = position(saved, "Reader");
        states.add(p);
        p = retitle(p, 3, "On Computable Numbers");
        states.add(p);
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.add(0, pubs.remove(10));
        pubs.remove(5);
        p = p.withPublications(pubs);
        states.add(p);
        p = p.withNews(List.of());
        states.add(p);
        p = p.withNews(saved.news().subList(0, 2));
        states.add(p);
        p = new Portfolio(p.schemaVersion(), p.profile(), p.site().toBuilder().title("A/b ~ site").build(),
                p.news(), p.publications(), p.pages(), new UnknownFields(Map.of("x/y~z", "kept")));
        states.add(p);

        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            for (Portfolio state : states) {
                assertThat(journal.record(state)).isTrue();
            }
            assertThat(journal.record(p)).isFalse();
        }

        JournalReplay.Replayed replayed = replay();
        assertThat(replayed.portfolio()).isEqualTo(p);
        assertThat(replayed.changes()).isEqualTo(states.size());
        assertThat(replayed.baseChanged()).isFalse();
        assertThat(replayed.skippedLines()).isZero();
    }

    @Test
    void aChangeWritesOnlyWhatChangedNotThePortfolio() throws IOException {
        long whole = PortfolioStore.toJson(saved).length;
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            long before = Files.size(journalFile());
            journal.record(retitle(saved, 7, "A new title"));
            long line = Files.size(journalFile()) - before;
            assertThat(line).isLessThan(whole / 20);
            assertThat(Files.readString(journalFile())).contains("\"path\":\"/publications/7/title\"");
        }
    }

    @Test
    void aTornLastLineIsLeftOutAndTheRestRecovered() throws IOException {
        Portfolio first = position(saved, "Reader");
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            journal.record(first);
            journal.record(position(first, "Professor"));
        }
        byte[] bytes = Files.readAllBytes(journalFile());
        // The crash came in the middle of writing the second change.
        Files.write(journalFile(), java.util.Arrays.copyOf(bytes, bytes.length - 15));

        JournalReplay.Replayed replayed = replay();

        assertThat(replayed.portfolio()).isEqualTo(first);
        assertThat(replayed.changes()).isEqualTo(1);
        assertThat(replayed.skippedLines()).isEqualTo(1);
    }

    @Test
    void aLineThatIsNotAChangeStopsTheReplayWithoutHalfApplyingIt() throws IOException {
        Portfolio first = position(saved, "Reader");
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            journal.record(first);
        }
        Files.writeString(journalFile(), "{\"at\":\"2026-12-03T10:00:00Z\",\"ops\":["
                + "{\"op\":\"add\",\"path\":\"/profile/position\",\"value\":\"Half\"},"
                + "{\"op\":\"remove\",\"path\":\"/publications/999\"}]}\nnot json\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        JournalReplay.Replayed replayed = replay();

        assertThat(replayed.portfolio()).isEqualTo(first);
        assertThat(replayed.skippedLines()).isEqualTo(2);
    }

    @Test
    void changesToAFileAnotherProgramChangedAreAppliedToItAndSaySo() throws IOException {
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            journal.record(position(saved, "Reader"));
        }
        Portfolio changedOnDisk = retitle(saved, 0, "Changed by git pull");

        JournalReplay.Replayed replayed = JournalReplay.replay(journalFile(), changedOnDisk).orElseThrow();

        assertThat(replayed.baseChanged()).isTrue();
        assertThat(replayed.portfolio()).isEqualTo(position(changedOnDisk, "Reader"));
    }

    @Test
    void aLongSessionIsCompactedAndStillReplaysToTheLastState() throws IOException {
        Portfolio p = saved;
        String bio = "x".repeat(20_000);
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            for (int i = 0; i < 300; i++) {
                bio = bio + i;
                p = p.withProfile(p.profile().toBuilder().bio(bio).build());
                journal.record(p);
            }
        }
        assertThat(Files.size(journalFile())).isLessThan(300L * 20_000 / 4);
        assertThat(replay().portfolio()).isEqualTo(p);
    }

    private static Portfolio bio(Portfolio p, String bio) {
        return p.withProfile(p.profile().toBuilder().bio(bio).build());
    }

    private static String longBio(int chars) {
        StringBuilder b = new StringBuilder(chars);
        for (int i = 0; b.length() < chars; i++) {
            b.append("Paragraph ").append(i).append(" of a long biography.\n");
        }
        return b.toString();
    }

    @Test
    void aKeyTypedIntoALongBioWritesTheKeyNotTheBio() throws IOException {
        String text = longBio(200_000);
        Portfolio base = bio(saved, text);
        Portfolio typed = bio(base, text.substring(0, 1000) + "X" + text.substring(1000));
        Path file = journalFile();
        try (ChangeJournal journal = ChangeJournal.begin(file, base, base)) {
            long before = Files.size(file);
            journal.record(typed);
            long line = Files.size(file) - before;
            assertThat(line).isLessThan(300);
            assertThat(Files.readString(file)).contains("\"op\":\"splice\"", "\"offset\":1000", "\"text\":\"X\"");
        }
        assertThat(JournalReplay.replay(file, base).orElseThrow().portfolio()).isEqualTo(typed);
    }

    /** Bytes flipped on the disk can make a change that fits the tree but not a portfolio: the changes before it are kept. */
    @Test
    void aChangeThatLeavesNoPortfolioEndsTheReplayAndTheChangesBeforeItAreRecovered() throws IOException {
        Portfolio first = position(saved, "Reader");
        Portfolio second = position(first, "Professor");
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            journal.record(first);
            journal.record(second);
        }
        Files.writeString(journalFile(), "{\"at\":\"2026-12-03T10:00:00Z\",\"ops\":["
                + "{\"op\":\"add\",\"path\":\"/publications/0/year\",\"value\":true}]}\n"
                + "{\"at\":\"2026-12-03T10:00:01Z\",\"ops\":[{\"op\":\"add\",\"path\":\"/profile/position\",\"value\":\"Dean\"}]}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        JournalReplay.Replayed replayed = replay();

        assertThat(replayed.portfolio()).isEqualTo(second);
        assertThat(replayed.changes()).isEqualTo(2);
        assertThat(replayed.skippedLines()).isEqualTo(2);
    }

    /** A change that adds a record and one that then edits it: the edit must not leak into the record's own line. */
    @Test
    void aRecordAddedThenEditedReplaysOnceEvenWhenALaterLineDoesNotFit() throws IOException {
        List<Publication> pubs = new ArrayList<>(saved.publications());
        pubs.add(0, Publication.builder("fresh2026", "article").title("Fresh").build());
        Portfolio added = saved.withPublications(pubs);
        Portfolio edited = retitle(added, 0, "Fresh, edited");
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            journal.record(added);
            journal.record(edited);
        }
        Files.writeString(journalFile(), "{\"at\":\"2026-12-03T10:00:00Z\",\"ops\":["
                + "{\"op\":\"remove\",\"path\":\"/publications/999\"}]}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(replay().portfolio()).isEqualTo(edited);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2147483647, 1
            1, 2147483647
            -1, 0
            """)
    void aSpliceWithPlacesBeyondItsTextIsLeftOutNotThrown(int offset, int remove) throws IOException {
        String text = longBio(2_000);
        Portfolio base = bio(saved, text);
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), base, base)) {
            journal.record(position(base, "Reader"));
        }
        Files.writeString(journalFile(), "{\"at\":\"2026-12-03T10:00:00Z\",\"ops\":[{\"op\":\"splice\",\"path\":\"/profile/bio\","
                + "\"offset\":" + offset + ",\"remove\":" + remove + ",\"text\":\"x\",\"length\":" + text.length()
                + ",\"hash\":1}]}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        JournalReplay.Replayed replayed = JournalReplay.replay(journalFile(), base).orElseThrow();

        assertThat(replayed.portfolio()).isEqualTo(position(base, "Reader"));
        assertThat(replayed.skippedLines()).isEqualTo(1);
    }

    /** The journal's reader had the JSON library's limit of 20,000,000 characters: such a paste was left out of the recovery. */
    @Test
    void aPasteOfMoreThanTwentyMillionCharactersIsRecovered() throws IOException {
        Portfolio pasted = bio(saved, "word ".repeat(4_000_001));
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, saved)) {
            journal.record(pasted);
        }

        JournalReplay.Replayed replayed = replay();

        assertThat(replayed.portfolio()).isEqualTo(pasted);
        assertThat(replayed.skippedLines()).isZero();
    }

    @Test
    void aSpliceMadeOnAnotherTextIsLeftOutNotAppliedWrongly() throws IOException {
        String text = longBio(5_000);
        Portfolio base = bio(saved, text);
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), base, base)) {
            journal.record(position(base, "Reader"));
            journal.record(bio(position(base, "Reader"), text.substring(0, 10) + "typed" + text.substring(10)));
        }
        // Another program changed the bio's first letter: same length, other text.
        Portfolio changedOnDisk = bio(saved, "p" + text.substring(1));

        JournalReplay.Replayed replayed = JournalReplay.replay(journalFile(), changedOnDisk).orElseThrow();

        assertThat(replayed.baseChanged()).isTrue();
        assertThat(replayed.portfolio()).isEqualTo(position(changedOnDisk, "Reader"));
        assertThat(replayed.skippedLines()).isEqualTo(1);
    }

    @Test
    void longTypingIntoALongBioIsCompactedToOneSpliceFromTheBase() throws IOException {
        String text = longBio(2_000_000);
        Portfolio base = bio(saved, text);
        Portfolio p = base;
        int keys = 40;
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), base, base)) {
            for (int i = 0; i < keys; i++) {
                String now = p.profile().bio();
                p = bio(p, now.substring(0, 5000 + i) + (char) ('a' + i % 26) + now.substring(5000 + i));
                journal.record(p);
            }
        }
        JournalReplay.Replayed replayed = replay(base);
        assertThat(replayed.portfolio()).isEqualTo(p);
        // 40 splices of 2 MB copy 80 M characters: past the budget, so the journal started again from the base.
        assertThat(replayed.changes()).isLessThan(keys);
        assertThat(Files.size(journalFile())).isLessThan(20_000);
    }

    private JournalReplay.Replayed replay(Portfolio base) throws IOException {
        return JournalReplay.replay(journalFile(), base).orElseThrow();
    }

    @Test
    void beginningAgainReplacesTheJournalWithOneChangeFromTheBase() throws IOException {
        Portfolio recovered = position(saved, "Reader");
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, recovered)) {
            assertThat(replay().portfolio()).isEqualTo(recovered);
            assertThat(replay().changes()).isEqualTo(1);
        }
    }

    @Test
    void aJournalMovedInPlaceOfAnotherReplacesItAndGoesOnAppendingThere() throws IOException {
        Path beside = dir.resolve("portfolio.json.recovery.20261206101500000");
        Files.writeString(journalFile(), "the journal a crash left\n");
        try (ChangeJournal journal = ChangeJournal.begin(beside, saved, position(saved, "Reader"))) {
            journal.moveTo(journalFile());
            journal.record(retitle(position(saved, "Reader"), 2, "Appended after the move"));
        }

        assertThat(beside).doesNotExist();
        JournalReplay.Replayed replayed = replay();
        assertThat(replayed.portfolio()).isEqualTo(retitle(position(saved, "Reader"), 2, "Appended after the move"));
        assertThat(replayed.changes()).isEqualTo(2);
    }

    @Test
    void anUntitledPortfolioIsJournalledFromTheEmptyOne() throws IOException {
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), Portfolio.empty(), saved)) {
            journal.record(position(saved, "Reader"));
        }
        assertThat(JournalReplay.replay(journalFile(), Portfolio.empty()).orElseThrow().portfolio())
                .isEqualTo(position(saved, "Reader"));
    }

    @Test
    void aWholePortfolioRecoveryFileFromAnEarlierVersionIsStillRead() throws IOException {
        Files.write(journalFile(), PortfolioStore.toJson(position(saved, "Reader")));

        assertThat(replay().portfolio()).isEqualTo(position(saved, "Reader"));
    }

    @Test
    void theBaseIsTheFingerprintOfTheBytesItsSaveWrote() throws IOException {
        String written = PortfolioStore.save(dir, saved);
        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), saved, position(saved, "Reader"))) {
            String header = Files.readAllLines(journalFile()).get(0);
            assertThat(header).contains("\"base\":\"" + written + "\"");
            assertThat(written).isEqualTo(ChangeCheck.ofFile(dir.resolve(PortfolioStore.FILE_NAME)));
        }
        Portfolio equalButNotTheSaved = saved.withPublications(new ArrayList<>(saved.publications()));
        JournalReplay.Replayed replayed = JournalReplay.replay(journalFile(), equalButNotTheSaved).orElseThrow();
        assertThat(replayed.baseChanged()).isFalse();
        assertThat(replayed.portfolio()).isEqualTo(position(saved, "Reader"));
    }

    @Test
    void theBaseOfAnOpenedFileIsTheFingerprintOfTheBytesRead() throws IOException, PortfolioLoadException {
        // Written by hand, not as a save writes it: its bytes are not the canonical ones.
        Path file = dir.resolve(PortfolioStore.FILE_NAME);
        Files.writeString(file, new String(PortfolioStore.toJson(saved), StandardCharsets.UTF_8).replace("\n", "\r\n"));
        LoadedPortfolio opened = PortfolioStore.load(file);
        assertThat(opened.contentHash()).isNotEqualTo(new ChangeCheck().update(PortfolioStore.toJson(saved)).hex());

        try (ChangeJournal journal = ChangeJournal.begin(journalFile(), opened.portfolio(), position(opened.portfolio(), "Reader"))) {
            assertThat(Files.readAllLines(journalFile()).get(0)).contains("\"base\":\"" + opened.contentHash() + "\"");
        }
        JournalReplay.Replayed overTheSameFile = JournalReplay.replay(journalFile(), PortfolioStore.load(file).portfolio())
                .orElseThrow();
        assertThat(overTheSameFile.baseChanged()).isFalse();
        assertThat(overTheSameFile.portfolio()).isEqualTo(position(saved, "Reader"));

        Files.writeString(file, new String(PortfolioStore.toJson(retitle(saved, 0, "Changed")), StandardCharsets.UTF_8));
        assertThat(JournalReplay.replay(journalFile(), PortfolioStore.load(file).portfolio()).orElseThrow().baseChanged())
                .isTrue();
    }

    @Test
    void aJournalThatNamesItsBaseBySha256IsStillRead() throws IOException {
        Files.writeString(journalFile(), "{\"journal\":\"scholarfolio change journal\",\"version\":1,\"base\":\""
                + ContentHash.of(PortfolioStore.toJson(saved)) + "\",\"started\":\"2026-12-03T10:00:00Z\"}\n"
                + "{\"at\":\"2026-12-03T10:00:01Z\",\"ops\":[{\"op\":\"add\",\"path\":\"/profile/position\","
                + "\"value\":\"Reader\"}]}\n", StandardCharsets.UTF_8);

        JournalReplay.Replayed replayed = replay();

        assertThat(replayed.baseChanged()).isFalse();
        assertThat(replayed.portfolio()).isEqualTo(position(saved, "Reader"));
        assertThat(JournalReplay.replay(journalFile(), retitle(saved, 0, "Changed")).orElseThrow().baseChanged()).isTrue();
    }

    @Test
    void noFileNoJournal() throws IOException {
        assertThat(JournalReplay.replay(journalFile(), saved)).isEmpty();
    }
}
