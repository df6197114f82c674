package org.scholarfolio.store;

import static org.scholarfolio.testing.PortfolioEdits.withBio;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scholarfolio.model.Portfolio;

/**
 * Any sequence of edits to a long text, journalled as splices, replays to exactly the text last
 * recorded; a journal cut off anywhere (a kill in the middle of an append) replays to one of the
 * recorded texts, never to another one.
 */
class ChangeJournalProperties {
    /** Letters, a line break, a quote and characters of two and four UTF-8 bytes (an emoji is a surrogate pair). */
    private static final List<String> PIECES = List.of("a", "b", "Z", " ", "\n", "\"", "\\", "ü", "中", "😀", "👍🏽");

    /** One edit: at a fraction of the text, so many characters removed, the pieces inserted. */
    record Edit(double at, int remove, String insert, boolean recordAfter) {
        String applyTo(String text) {
            int offset = (int) (at * text.length());
            // Edits in the editor never split an emoji; keep whole code points like it.
            if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))) {
                offset--;
            }
            int end = Math.min(text.length(), offset + remove);
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            return text.substring(0, offset) + insert + text.substring(end);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> insert = Arbitraries.of(PIECES).list().ofMaxSize(6).map(p -> String.join("", p));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 3).edgeCases(c -> c.includeOnly(0)),
                insert, Arbitraries.of(true, false)).as(Edit::new);
        // Now and then a big cut, so the text crosses the length below which it is written whole.
        Arbitrary<Edit> cut = Arbitraries.doubles().between(0, 1).map(at -> new Edit(at, 900, "", true));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, edit), net.jqwik.api.Tuple.of(1, cut))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> bios() {
        return Arbitraries.of(PIECES).list().ofMinSize(600).ofMaxSize(2500).map(p -> String.join("", p));
    }

    @Property
    void randomEditsReplayToTheLastRecordedTextAndATornTailToAnEarlierOne(@ForAll("bios") String bio,
            @ForAll("edits") List<Edit> edits, @ForAll @IntRange(min = 1, max = 400) int cutBytes) throws IOException {
        Path dir = Files.createTempDirectory("journal-property");
        try {
            Path file = dir.resolve("portfolio.json.recovery");
            Portfolio saved = withBio(Portfolio.empty(), bio);
            List<Portfolio> recorded = new ArrayList<>();
            recorded.add(saved);
            Portfolio p = saved;
            try (ChangeJournal journal = ChangeJournal.begin(file, saved, saved)) {
                for (Edit edit : edits) {
                    p = withBio(p, edit.applyTo(p.profile().bio()));
                    if (edit.recordAfter() && journal.record(p)) {
                        recorded.add(p);
                    }
                }
                if (journal.record(p)) {
                    recorded.add(p);
                }
            }

            JournalReplay.Replayed whole = JournalReplay.replay(file, saved).orElseThrow();
            assertThat(whole.portfolio().profile().bio()).isEqualTo(p.profile().bio());
            assertThat(whole.skippedLines()).isZero();

            byte[] bytes = Files.readAllBytes(file);
            int headerEnd = indexOf(bytes, (byte) '\n') + 1;
            int keep = Math.max(headerEnd, bytes.length - cutBytes);
            Files.write(file, Arrays.copyOf(bytes, keep));
            JournalReplay.Replayed torn = JournalReplay.replay(file, saved).orElseThrow();
            assertThat(recorded).contains(torn.portfolio());
            assertThat(torn.portfolio()).isEqualTo(recorded.get(torn.changes()));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
