package org.scholarfolio.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.JournalReplay;

/**
 * Coverage-guided fuzzing of the recovery journal's replay: any bytes in {@code portfolio.json.recovery}
 * (cut off, bytes flipped, from a newer version, made for another portfolio) give the saved portfolio
 * with the changes that fit, or an {@link IOException} naming the file, never another exception. The
 * default suite replays the inputs kept in {@code ChangeJournalFuzzTestInputs}; {@code mvn -Pstress verify}
 * fuzzes (docs/security.md).
 */
class ChangeJournalFuzzTest {
    private static final Path FILE = FuzzSites.scratchFolder("fuzz-journal").resolve("portfolio.json.recovery");
    /** Small, with a long bio so that splices have a text to land on. */
    private static final Portfolio SAVED = withLongBio(PortfolioGenerator.generate(3, 2, 7));

    private static Portfolio withLongBio(Portfolio p) {
        return p.withProfile(p.profile().toBuilder().bio("A long biography, written out. ".repeat(64)).build());
    }

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "2h")
    void anyJournalReplaysOrIsSetAsideWithItsName(byte[] input) throws IOException {
        Files.write(FILE, input);
        try {
            JournalReplay.replay(FILE, SAVED);
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains(FILE.toString())) {
                throw new AssertionError("the error does not name the journal: " + e.getMessage(), e);
            }
        }
    }
}
