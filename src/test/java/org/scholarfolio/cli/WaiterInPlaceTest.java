package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A real first JVM replaced by the waiter: the same process ends with its second's exit code, and passes a stop on. */
@EnabledOnOs(OS.LINUX)
class WaiterInPlaceTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void needsPerl() {
        Assumptions.assumeTrue(WaiterInPlace.perl() != null, "no perl here: the first JVM waits itself");
    }

    @Test
    void theReplacedProcessEndsWithTheSecondsExitCode() throws Exception {
        Path go = tmp.resolve("go");
        Process first = probe("now", "sh", "-c", "while [ ! -e '" + go + "' ]; do sleep 0.1; done; exit 7");

        awaitWaiter(first);
        Files.createFile(go);

        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(7);
    }

    @Test
    void aStoppedWaiterStopsTheSecondAndEndsAsAStoppedJvmWould() throws Exception {
        Process first = probe("now", "sh", "-c", "trap 'exit 5' TERM; while :; do sleep 0.1; done");
        awaitWaiter(first);
        ProcessHandle second = first.toHandle().children().findFirst().orElseThrow();

        first.destroy(); // TERM, as a desktop session's end or kill sends it

        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(128 + 15);
        assertThat(second.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void aStopTheMomentTheWaiterStartsIsPassedOnToo() throws Exception {
        Process first = probe("now", "sh", "-c", "trap 'exit 5' TERM; while :; do sleep 0.1; done");
        // as soon as the process runs perl, before its handlers are in place: the stop must wait for them, not end perl
        for (int i = 0; i < 120_000 && !first.toHandle().info().command().orElse("").endsWith("perl"); i++) {
            assertThat(first.isAlive()).as("the probe still runs").isTrue();
            Thread.sleep(1);
        }
        ProcessHandle second = first.toHandle().children().findFirst().orElseThrow();

        first.destroy();

        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(first.exitValue()).isEqualTo(128 + 15);
    }

    @Test
    void theWaiterNamesItselfInTheProcessList() throws Exception {
        Process first = probe("now", "sh", "-c", "sleep 60");
        awaitWaiter(first);
        Path cmdline = Path.of("/proc", Long.toString(first.pid()), "cmdline");
        String shown = "";
        for (int i = 0; i < 300 && !shown.startsWith("scholarfolio ("); i++) {
            shown = Files.readString(cmdline).replace('\0', ' ');
            Thread.sleep(100);
        }
        long second = first.toHandle().children().findFirst().orElseThrow().pid();
        first.destroy();
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(shown).startsWith("scholarfolio (waiting for its editor, process " + second + ")");
    }

    @Test
    void aSecondThatHasEndedLeavesTheJvmInPlace() throws Exception {
        Process first = probe("after-end", "sh", "-c", "exit 3");

        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(99);
        assertThat(Files.readString(tmp.resolve("out"))).contains("not replaced");
    }

    private Process probe(String mode, String... second) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), WaiterProbe.class.getName(), mode));
        command.addAll(List.of(second));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("out").toFile()).start();
    }

    /** Waits until the probe's process runs the waiter (its JVM loads the native access first: seconds on a busy machine). */
    private static void awaitWaiter(Process first) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            String command = first.toHandle().info().command().orElse("");
            if (command.endsWith("perl")) {
                return;
            }
            assertThat(first.isAlive()).as("the probe still runs").isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the probe's JVM was not replaced by the waiter in 120 s");
    }
}
