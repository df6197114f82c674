package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChangeWatchTest {

    @TempDir
    Path dir;

    private static long watchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("portfolio-file-watch") && t.isAlive()).count();
    }

    @Test
    void aWriteOfTheFileIsTold() throws Exception {
        Path file = Files.writeString(dir.resolve("portfolio.json"), "{}");
        CountDownLatch told = new CountDownLatch(1);
        try (FileChangeWatch watch = FileChangeWatch.start(file, told::countDown, () -> true)) {
            assertThat(watch).isNotNull();
            Files.writeString(dir.resolve("other.json"), "{}"); // another file: not told
            Files.writeString(file, "{\"a\": 1}");
            assertThat(told.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theThreadEndsOnceItsCallerNoLongerWantsToHearWithoutBeingClosed() throws Exception {
        // A window dropped without being closed: its watch's thread kept the whole window (and a file descriptor).
        Path file = Files.writeString(dir.resolve("portfolio.json"), "{}");
        long before = watchThreads();
        AtomicBoolean wanted = new AtomicBoolean(true);
        FileChangeWatch watch = FileChangeWatch.start(file, () -> { }, wanted::get);
        assertThat(watch).isNotNull();
        assertThat(watchThreads()).isEqualTo(before + 1);

        wanted.set(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (watchThreads() > before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(watchThreads()).isEqualTo(before);
    }
}
