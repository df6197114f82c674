package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.ChildJvm;

/**
 * Kills a process that saves a changing portfolio in a loop with SIGKILL at random moments; after
 * every kill {@code portfolio.json} and its backup must parse and be exactly one of the versions
 * saved, never older than the last save that finished. {@code -Dscholarfolio.crashKills=N} sets
 * the number of kills (the stress profile runs 1,000).
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("scholarfolio.crashKills", 10);

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewFileAndAnIntactBackup() throws Exception {
        Path folder = dir.resolve("homepage");
        Files.createDirectories(folder);
        Path json = folder.resolve(PortfolioStore.FILE_NAME);
        Random random = new Random(Long.getLong("scholarfolio.crashSeed", System.nanoTime()));
        int next = 0;
        int midWrite = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path log = dir.resolve("saved-" + kill + ".log");
            Files.createFile(log);
            Process saver = ChildJvm.start(SaveInALoop.class.getName(), List.of(), dir.resolve("out.txt"),
                    dir.resolve("err.txt"), folder.toString(), log.toString(), String.valueOf(next));
            try {
                waitForFirstSave(saver, log);
                Thread.sleep(random.nextInt(400));
            } finally {
                saver.destroyForcibly(); // SIGKILL on Linux and macOS
                saver.waitFor(30, TimeUnit.SECONDS);
            }
            List<String> saved = Files.readAllLines(log);
            int lastFinished = Integer.parseInt(saved.get(saved.size() - 1));

            LoadedPortfolio onDisk = PortfolioStore.load(json);
            int version = SaveInALoop.versionOf(onDisk.portfolio());
            assertThat(version).as("kill %d: the file is the last finished save or the one in flight", kill)
                    .isBetween(lastFinished, lastFinished + 1);
            assertThat(Files.readAllBytes(json)).isEqualTo(PortfolioStore.toJson(SaveInALoop.version(version)));

            Path bak = folder.resolve(PortfolioStore.FILE_NAME + ".bak");
            assertThat(Files.exists(bak) || version == 0).as("kill %d: every save but the first keeps a backup", kill).isTrue();
            int backup = !Files.exists(bak) ? -1
                    : SaveInALoop.versionOf(PortfolioStore.load(bak).portfolio());
            if (backup >= 0) {
                assertThat(Files.readAllBytes(bak)).isEqualTo(PortfolioStore.toJson(SaveInALoop.version(backup)));
            }
            assertThat(backup).as("kill %d: the backup is an earlier save", kill).isLessThanOrEqualTo(version);

            if (leftovers(folder) > 0) {
                midWrite++;
            }
            next = version + 1;
            if ((kill + 1) % 25 == 0) {
                System.out.printf("CrashSafetyTest: %d kills so far, %d mid-write, 0 torn files%n", kill + 1, midWrite);
            }
        }
        System.out.printf("CrashSafetyTest: %d kills, %d of them in the middle of writing a file, 0 torn files%n",
                KILLS, midWrite);
        if (KILLS >= 100) {
            // A few kills may all land between writes; a long run that never hit a write tests nothing.
            assertThat(midWrite).as("some kills landed mid-write, so the test tests something").isPositive();
        }
    }

    private static void waitForFirstSave(Process saver, Path log) throws Exception {
        // A hang guard only: on a machine shared by many builds a JVM can take minutes to start.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (Files.size(log) == 0) {
            assertThat(saver.isAlive()).as("the saving process runs").isTrue();
            assertThat(System.nanoTime()).as("the first save finishes in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Temporary files a killed save left behind; the next save removes them. */
    private static long leftovers(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
