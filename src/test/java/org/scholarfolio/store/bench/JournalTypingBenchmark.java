package org.scholarfolio.store.bench;

import static org.scholarfolio.testing.PortfolioEdits.withBio;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.ChangeJournal;
import org.scholarfolio.store.JournalReplay;

/**
 * Typing into a long bio with the recovery journal kept as the editor keeps it: a person types ten
 * keys a second and the journal records every half second ({@code Autosave.INTERVAL}), so each record
 * holds five keys. Prints the bytes and the time the journal writes per second of typing, and the time
 * the replay takes at the end. Uses only the journal's public methods, so the same class runs against
 * an older build's classes for a side-by-side figure.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/bench-classpath.txt) \
 *     org.scholarfolio.store.bench.JournalTypingBenchmark [MB of bio] [seconds of typing]</pre>
 */
public final class JournalTypingBenchmark {
    private static final int KEYS_PER_SECOND = 10;
    private static final int RECORDS_PER_SECOND = 2;

    private JournalTypingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        StringBuilder text = new StringBuilder(megabytes << 20);
        for (int i = 0; text.length() < megabytes << 20; i++) {
            text.append("Paragraph ").append(i).append(" of a long biography, typed into the editor.\n");
        }
        Portfolio base = withBio(Portfolio.empty(), text.toString());
        Path dir = Files.createTempDirectory("journal-typing");
        Path file = dir.resolve("portfolio.json.recovery");
        Portfolio p = base;
        int caret = text.length() / 2;
        long writeNanos = 0;
        long worstNanos = 0;
        try (ChangeJournal journal = ChangeJournal.begin(file, base, base)) {
            long startWritten = bytesWritten();
            for (int r = 0; r < seconds * RECORDS_PER_SECOND; r++) {
                for (int k = 0; k < KEYS_PER_SECOND / RECORDS_PER_SECOND; k++) {
                    String bio = p.profile().bio();
                    p = withBio(p, bio.substring(0, caret) + (char) ('a' + k) + bio.substring(caret));
                    caret++;
                }
                long t0 = System.nanoTime();
                journal.record(p);
                long took = System.nanoTime() - t0;
                writeNanos += took;
                worstNanos = Math.max(worstNanos, took);
            }
            long bytes = bytesWritten() - startWritten;
            System.out.printf("%d MB bio, %d s typed at %d keys/s, a record every %d ms: wrote %,d bytes"
                    + " (%,d bytes/s; file now %,d bytes), writing took %,d ms/s of typing, worst record %,d ms%n",
                    megabytes, seconds, KEYS_PER_SECOND, 1000 / RECORDS_PER_SECOND, bytes, bytes / seconds,
                    Files.size(file), writeNanos / 1_000_000 / seconds, worstNanos / 1_000_000);
        }
        long t0 = System.nanoTime();
        JournalReplay.Replayed replayed = JournalReplay.replay(file, base).orElseThrow();
        long replayMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("  replay: %,d ms, %d changes, equal to the last state: %s%n", replayMs, replayed.changes(),
                replayed.portfolio().profile().bio().equals(p.profile().bio()));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** What this process handed to write calls so far (compactions included), from Linux's /proc/self/io. */
    private static long bytesWritten() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
            if (line.startsWith("wchar:")) {
                return Long.parseLong(line.substring(6).trim());
            }
        }
        throw new IllegalStateException("no wchar in /proc/self/io");
    }
}
