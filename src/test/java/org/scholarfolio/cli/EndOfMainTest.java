package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.ChildJvm;

/** A command that succeeded ends its process by returning from main; any other ends it with System.exit, as before. */
class EndOfMainTest {
    private static final String SAMPLE = "sample-data/alan-turing";

    @TempDir
    Path tmp;

    @Test
    void aSuccessfulExportEndsByReturningFromMainNotBySystemExit() throws Exception {
        Process child = probe("export", SAMPLE, "--out", tmp.resolve("site").toString());

        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
        assertThat(Files.readString(tmp.resolve("err.txt"))).contains("main alive at shutdown: false");
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains(" 0 unchanged, ");
    }

    @Test
    void aFailedExportStillEndsWithItsExitCode() throws Exception {
        Process child = probe("export", tmp.resolve("no-such-portfolio").toString(), "--out", tmp.resolve("site").toString());

        assertThat(child.exitValue()).isEqualTo(ScholarfolioCommand.EXIT_UNREADABLE);
        assertThat(Files.readString(tmp.resolve("err.txt"))).contains("main alive at shutdown: true");
    }

    @Test
    void onlyCodeZeroIsEndedByReturning() {
        Thread main = Thread.currentThread();
        assertThat(EndOfMain.mayReturn(0, main, List.of(main))).isTrue();
        assertThat(EndOfMain.mayReturn(1, main, List.of(main))).isFalse();
        assertThat(EndOfMain.mayReturn(2, main, List.of(main))).isFalse();
    }

    @Test
    void aLiveThreadThatIsNoDaemonKeepsSystemExit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "end-of-main-test-worker");
        Thread daemon = new Thread(worker::isAlive, "end-of-main-test-daemon");
        daemon.setDaemon(true);
        worker.start();
        try {
            Thread main = Thread.currentThread();
            assertThat(EndOfMain.liveThreads()).contains(worker);
            assertThat(EndOfMain.mayReturn(0, main, List.of(main, worker))).isFalse();
            assertThat(EndOfMain.mayReturn(0, main, List.of(main, daemon))).isTrue();
        } finally {
            release.countDown();
            worker.join();
        }
        assertThat(EndOfMain.mayReturn(0, Thread.currentThread(), List.of(Thread.currentThread(), worker))).isTrue();
    }

    private Process probe(String... args) throws Exception {
        Process child = ChildJvm.start(EndOfMainProbe.class.getName(),
                List.of("-Dscholarfolio.cacheHome=" + System.getProperty("scholarfolio.cacheHome")),
                tmp.resolve("out.txt"), tmp.resolve("err.txt"), args);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return child;
    }
}
