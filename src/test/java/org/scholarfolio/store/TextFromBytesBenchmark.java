package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The stream reading of one {@code portfolio.json} with its texts taken from the file's bytes
 * ({@link TextPool} given the bytes) against the same reading with every text decoded by the
 * parser, in one JVM, alternating, so both see the same compiler and the same machine. Prints the
 * reading thread's processor time. Not a test; figures in BENCHMARKS.md (session 13, open7).
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat target/bench-classpath.txt) \
 *     org.scholarfolio.store.TextFromBytesBenchmark PORTFOLIO_JSON ROUNDS
 * java ... TextFromBytesBenchmark PORTFOLIO_JSON first bytes|parser [SMALL_PORTFOLIO_JSON]</pre>
 * The second form times one reading in a fresh JVM (the editor's open), after reading a small
 * portfolio first when one is named (its classes then loaded, its code barely run).
 */
public final class TextFromBytesBenchmark {
    private TextFromBytesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(file);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (args[1].equals("first")) {
            boolean fromBytes = args[2].equals("bytes");
            if (args.length > 3) {
                read(file, Files.readAllBytes(Path.of(args[3])), fromBytes);
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            read(file, bytes, fromBytes);
            System.out.printf("first reading, texts from the %s: thread cpu %d ms, wall %d ms%n", args[2],
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
            return;
        }
        int rounds = Integer.parseInt(args[1]);
        List<Long> fromBytes = new ArrayList<>();
        List<Long> fromParser = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < 2; k++) {
                boolean useBytes = (i + k) % 2 == 0;
                long cpu = threads.getCurrentThreadCpuTime();
                read(file, bytes, useBytes);
                long ms = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                if (i >= 2) { // the first two rounds warm the code up
                    (useBytes ? fromBytes : fromParser).add(ms);
                }
            }
        }
        Collections.sort(fromBytes);
        Collections.sort(fromParser);
        System.out.printf("rounds 3-%d, thread cpu: texts decoded by the parser median %d ms (best %d);"
                        + " texts from the bytes median %d ms (best %d)%n", rounds,
                fromParser.get(fromParser.size() / 2), fromParser.get(0),
                fromBytes.get(fromBytes.size() / 2), fromBytes.get(0));
    }

    private static void read(Path file, byte[] bytes, boolean fromBytes) throws Exception {
        try (JsonParser p = LocatedJson.streamParser(bytes)) {
            p.nextToken();
            PortfolioJsonReader.read(file, LocatedJson.positionsOnly(bytes), p, fromBytes ? bytes : null);
        }
    }
}
