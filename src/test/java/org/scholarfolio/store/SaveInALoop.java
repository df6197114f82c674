package org.scholarfolio.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.generator.PortfolioGenerator;

/**
 * The process {@link CrashSafetyTest} kills: saves version after version of a changing portfolio
 * (its size changes too), logging each finished save, until it is killed.
 */
public final class SaveInALoop {
    private static final Portfolio BASE = PortfolioGenerator.generate(200, 20, PortfolioGenerator.DEFAULT_SEED);

    private SaveInALoop() {
    }

    /** Version {@code n}, the same in every process: a different name and 100 to 199 publications. */
    static Portfolio version(int n) {
        List<Publication> pubs = BASE.publications().subList(0, 100 + Math.floorMod(n * 37, 100));
        return BASE.withPublications(pubs)
                .withProfile(BASE.profile().toBuilder().name(new PersonName("Version", "", String.valueOf(n))).build());
    }

    static int versionOf(Portfolio p) {
        return Integer.parseInt(p.profile().name().last());
    }

    /** Args: portfolio folder, log file, first version to save, and optionally how many saves before stopping. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int stopAfter = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        try (FileChannel log = FileChannel.open(Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            int first = Integer.parseInt(args[2]);
            for (int n = first; n - first < stopAfter; n++) {
                PortfolioStore.save(folder, version(n));
                // One write system call per line: the kernel keeps it even when the process is killed next.
                log.write(ByteBuffer.wrap((n + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
