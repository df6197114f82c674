package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class YieldingThreadsTest {

    private record Seen(String name, int priority, boolean daemon) {
    }

    private static Seen runOn(ExecutorService executor) throws Exception {
        try {
            return CompletableFuture.supplyAsync(() -> {
                Thread t = Thread.currentThread();
                return new Seen(t.getName(), t.getPriority(), t.isDaemon());
            }, executor).get(30, TimeUnit.SECONDS);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void workRunsOnANamedThreadBelowTheNormalPrioritySoThatTheWindowsFramesComeFirst() throws Exception {
        assertThat(runOn(YieldingThreads.single("scholarfolio-preview", true, YieldingThreads.AWAITED)))
                .isEqualTo(new Seen("scholarfolio-preview", YieldingThreads.AWAITED, true));
        assertThat(runOn(YieldingThreads.single("scholarfolio-checks", true, YieldingThreads.UNAWAITED)))
                .isEqualTo(new Seen("scholarfolio-checks", Thread.MIN_PRIORITY, true));
        assertThat(YieldingThreads.AWAITED).isBetween(Thread.MIN_PRIORITY + 1, Thread.NORM_PRIORITY - 1);
    }

    @Test
    void workThatMustReachTheDiskKeepsTheProcessUntilItIsDone() throws Exception {
        assertThat(runOn(YieldingThreads.single("scholarfolio-journal", false, YieldingThreads.AWAITED)))
                .isEqualTo(new Seen("scholarfolio-journal", YieldingThreads.AWAITED, false));
    }

    /**
     * Under the Linux app image runtime's own options (packaging/linux/runtime-options, which build-bundle.sh
     * gives jlink), in a JVM of its own: the work beside the window runs below the window's threads, the work
     * the person waits for at nice 4 (its share beside a busy program at the normal priority: 29 % of a core),
     * the work no one waits for at nice 19 (the JavaFX thread has a core before it whenever both want one),
     * those at the normal priority at nice 0, and the JDK's threads above it (the collector's, the VM thread,
     * the reference handler) at the normal one too, as a user who is not root has them: as root they ran at
     * nice -4 and -5, the collector's threads ahead of the JavaFX thread, so that a measurement as root did not
     * see what users get. Run as another user, the last part holds with or without the options.
     */
    @Test
    void underTheAppImagesRuntimeOptionsTheWorkBesideTheWindowRunsBelowItAndNothingRunsAboveIt()
            throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux: a thread's nice is read from /proc");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String line : Files.readAllLines(Path.of("packaging/linux/runtime-options"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                command.add(line.strip());
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NiceProbe.class.getName()));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(out).contains("awaited=4", "unawaited=19", "normal=0", "highest=0");
    }

    /** Prints the nice of {@link YieldingThreads}' two kinds of thread and of threads at Java's normal and highest priorities. */
    public static final class NiceProbe {
        public static void main(String[] args) throws Exception {
            Map<String, Integer> seen = new TreeMap<>();
            for (int priority : new int[] {YieldingThreads.AWAITED, YieldingThreads.UNAWAITED}) {
                ExecutorService yielding = YieldingThreads.single("probe-yielding", true, priority);
                seen.put(priority == YieldingThreads.AWAITED ? "awaited" : "unawaited",
                        CompletableFuture.supplyAsync(NiceProbe::nice, yielding).get(30, TimeUnit.SECONDS));
                yielding.shutdown();
            }
            seen.put("normal", onThreadAt(Thread.NORM_PRIORITY));
            seen.put("highest", onThreadAt(Thread.MAX_PRIORITY));
            seen.forEach((what, nice) -> System.out.println(what + "=" + nice));
        }

        private static int onThreadAt(int priority) throws Exception {
            int[] nice = new int[1];
            Thread t = new Thread(() -> nice[0] = nice());
            t.setPriority(priority);
            t.start();
            t.join();
            return nice[0];
        }

        /** The calling thread's nice: field 19 of /proc/thread-self/stat (counted after the command's closing parenthesis). */
        static int nice() {
            try {
                String stat = Files.readString(Path.of("/proc/thread-self/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Integer.parseInt(fields[16]);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
