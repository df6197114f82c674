package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.ChildJvm;

class PortfolioLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterInAnotherThreadWaitsThenRefusesNamingTheHolder() throws Exception {
        Path json = dir.resolve("portfolio.json");
        try (PortfolioLock held = PortfolioLock.acquire(json, "import bibtex")) {
            var second = CompletableFuture.supplyAsync(() -> {
                try (PortfolioLock l = PortfolioLock.acquire(json, "format", Duration.ofMillis(300))) {
                    return "acquired";
                } catch (Exception e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }).get(10, TimeUnit.SECONDS);
            assertThat(second).startsWith("PortfolioLockedException")
                    .contains("is being written by import bibtex (process " + ProcessHandle.current().pid())
                    .contains("it was not changed").contains("portfolio.json.lock");
        }
    }

    @Test
    void aWaitingWriterGetsTheLockOnceTheHolderHasFinished() throws Exception {
        Path json = dir.resolve("portfolio.json");
        CountDownLatch holding = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> {
            try (PortfolioLock l = PortfolioLock.acquire(json, "first")) {
                holding.countDown();
                Thread.sleep(300);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holding.await();
        try (PortfolioLock second = PortfolioLock.acquire(json, "second", Duration.ofSeconds(20))) {
            assertThat(first).isDone();
            assertThat(second.takeover()).isEmpty();
        }
    }

    @Test
    void theHoldingThreadMayTakeItAgainAndTheFileGoesWhenTheOuterHoldEnds() throws Exception {
        Path json = dir.resolve("portfolio.json");
        Path lockFile = PortfolioLock.lockFileOf(json);
        try (PortfolioLock outer = PortfolioLock.acquire(json, "outer")) {
            try (PortfolioLock inner = PortfolioLock.acquire(json, "inner", Duration.ZERO)) {
                assertThat(inner).isSameAs(outer);
            }
            assertThat(Files.readString(lockFile)).contains("owner=outer").contains("pid=" + ProcessHandle.current().pid());
        }
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void aLockFileNobodyHoldsIsTakenOverWithANoteNamingItsWriter() throws Exception {
        Path json = dir.resolve("portfolio.json");
        Files.writeString(PortfolioLock.lockFileOf(json),
                "owner=import bibtex\npid=999999\nhost=lab-pc\nsince=2026-01-02T03:04:05Z\n", StandardCharsets.UTF_8);
        try (PortfolioLock lock = PortfolioLock.acquire(json, "format", Duration.ZERO)) {
            assertThat(lock.takeover()).hasValue("took over a stale lock: import bibtex (process 999999 on host lab-pc,"
                    + " since 2026-01-02T03:04:05Z) is no longer running");
        }
    }

    @Test
    void anotherProcessHoldingTheLockIsNamedAndItsLockIsTakenOverOnceItIsKilled() throws Exception {
        Path json = dir.resolve("portfolio.json");
        Path out = dir.resolve("holder.out");
        Process holder = ChildJvm.start(HoldPortfolioLock.class, out, dir.resolve("holder.err"), json.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(out) && Files.readString(out).contains("locked"))) {
                assertThat(holder.isAlive()).as("holder still running").isTrue();
                assertThat(System.nanoTime()).as("holder took the lock in time").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThatThrownBy(() -> PortfolioLock.acquire(json, "format", Duration.ofMillis(300)))
                    .isInstanceOf(PortfolioLockedException.class)
                    .hasMessageContaining("the holding test process (process " + holder.pid());
            holder.destroyForcibly().waitFor(); // SIGKILL: no chance to clean up
            try (PortfolioLock lock = PortfolioLock.acquire(json, "format", Duration.ofSeconds(5))) {
                assertThat(lock.takeover()).get().asString()
                        .contains("the holding test process (process " + holder.pid()).endsWith("is no longer running");
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
