package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.ChildJvm;

class IdleCollectionsTest {
    private static final long MB = 1 << 20;

    @Test
    void periodicCollectionsSpaceOutWhileEachFindsTheHeapAsThePreviousLeftIt() {
        IdleCollections.Policy policy = new IdleCollections.Policy(5000);
        assertThat(policy.collected(false, 900 * MB, 600 * MB).intervalMillis()).isEqualTo(5000);
        // the open's heap given back by a remark, then old regions by mixed collections: the next ones soon
        assertThat(policy.collected(true, 900 * MB, 500 * MB).intervalMillis()).isEqualTo(IdleCollections.SETTLING_MILLIS);
        assertThat(policy.collected(true, 300 * MB, 220 * MB).intervalMillis()).isEqualTo(IdleCollections.SETTLING_MILLIS);
        assertThat(policy.collected(true, 300 * MB, 200 * MB).intervalMillis()).isEqualTo(IdleCollections.SETTLING_MILLIS);
        // nothing given back (less than 1 MB): the next comes later than the launchers' interval, and later again
        assertThat(policy.collected(true, 300 * MB, 200 * MB - 1000).intervalMillis()).isEqualTo(10_000);
        assertThat(policy.collected(true, 300 * MB, 200 * MB).intervalMillis()).isEqualTo(20_000);
        // a later one that gives something back brings the short interval back
        assertThat(policy.collected(true, 280 * MB, 195 * MB).intervalMillis()).isEqualTo(IdleCollections.SETTLING_MILLIS);
        assertThat(policy.collected(true, 280 * MB, 195 * MB).intervalMillis()).isEqualTo(10_000);
        for (int i = 0; i < 10; i++) {
            policy.collected(true, 280 * MB, 195 * MB);
        }
        assertThat(policy.collected(true, 280 * MB, 195 * MB).intervalMillis()).isEqualTo(IdleCollections.LONGEST_MILLIS);
    }

    @Test
    void theShortIntervalIsNeverLongerThanTheLaunchers() {
        IdleCollections.Policy policy = new IdleCollections.Policy(300);
        assertThat(policy.collected(true, 120 * MB, 80 * MB).intervalMillis()).isEqualTo(300);
        assertThat(policy.collected(true, 120 * MB, 80 * MB).intervalMillis()).isEqualTo(600);
    }

    @Test
    void anyOtherCollectionSetsTheIntervalBackAndTheCountStartsOver() {
        IdleCollections.Policy policy = new IdleCollections.Policy(5000);
        policy.collected(true, 120 * MB, 80 * MB);
        assertThat(policy.collected(true, 120 * MB, 80 * MB).intervalMillis()).isEqualTo(10_000);
        // typing filled the young generation
        assertThat(policy.collected(false, 120 * MB, 90 * MB).intervalMillis()).isEqualTo(5000);
        // a periodic one right after is not taken for the second of a pair
        assertThat(policy.collected(true, 120 * MB, 80 * MB).intervalMillis()).isEqualTo(IdleCollections.SETTLING_MILLIS);
        assertThat(policy.collected(true, 120 * MB, 80 * MB).intervalMillis()).isEqualTo(10_000);
    }

    @Test
    void theEditorIsAtRestFromItsFirstPeriodicCollectionUntilAnyOther() {
        IdleCollections.Policy policy = new IdleCollections.Policy(5000);
        assertThat(policy.collected(false, 900 * MB, 600 * MB).atRest()).isFalse();
        // the first periodic one: nothing needed a collection for an interval
        assertThat(policy.collected(true, 900 * MB, 500 * MB).atRest()).isTrue();
        assertThat(policy.collected(true, 300 * MB, 220 * MB).atRest()).isTrue();
        assertThat(policy.collected(true, 300 * MB, 220 * MB).atRest()).isTrue();
        // typing filled the young generation
        assertThat(policy.collected(false, 300 * MB, 230 * MB).atRest()).isFalse();
        assertThat(policy.collected(true, 300 * MB, 220 * MB).atRest()).isTrue();
    }

    @Test
    void aJvmWithoutPeriodicCollectionsIsNotWatched() {
        // this test JVM runs with the interval at 0, Java's default
        assertThat(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(IdleCollections.FLAG).getValue())
                .isEqualTo("0");
        assertThat(IdleCollections.watch()).isFalse();
    }

    @Test
    void anIdleJvmCollectsLessOftenAndAsBeforeWhenItWorks(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(Probe.class.getName(), List.of("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=300",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"), out, dir.resolve("err"));
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(out)).containsExactly("watching: true", "idle: 600, free at most 10",
                "working: 300, free at most 30");
    }

    @Test
    void theFreeShareAtRestStaysAboveTheJvmsSmallest(@TempDir Path dir) throws Exception {
        // Java's own shares (40 and 70 %): at rest the largest may not go below the smallest
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(Probe.class.getName(), List.of("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=300",
                "-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70"), out, dir.resolve("err"));
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(out)).containsExactly("watching: true", "idle: 600, free at most 40",
                "working: 300, free at most 70");
    }

    @Test
    void aJvmOnAnotherCollectorIsNotWatchedThoughItHasTheG1Flag(@TempDir Path dir) throws Exception {
        // the launchers' options with a user's choice of collector added (JDK_JAVA_OPTIONS): the JVM takes
        // the G1 flag and never acts on it. The serial collector stands for any other (every JDK has it;
        // Shenandoah is missing from some builds)
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(WatchProbe.class.getName(), List.of("-XX:+UseSerialGC", "-XX:G1PeriodicGCInterval=0"),
                out, dir.resolve("err"));
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(out)).containsExactly("before: 0", "watching: false", "interval: 0");
    }

    @Test
    void aJvmStartedWithTheIntervalOffGetsTheEditorsIntervalWhenWatched(@TempDir Path dir) throws Exception {
        // as the launchers start the editor: no periodic collection inside a slow start, the interval once watched
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(WatchProbe.class.getName(), List.of("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=0"),
                out, dir.resolve("err"));
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(out)).containsExactly("before: 0", "watching: true", "interval: " + IdleCollections.ACTIVE_MILLIS);
    }

    /** Prints whether {@link IdleCollections#watch()} watches this JVM, and the flag after a collection. */
    public static final class WatchProbe {
        public static void main(String[] args) {
            System.out.println("before: "
                    + ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(IdleCollections.FLAG).getValue());
            System.out.println("watching: " + IdleCollections.watch());
            System.gc();
            System.out.println("interval: "
                    + ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(IdleCollections.FLAG).getValue());
        }
    }

    /** Watches, waits (up to a minute) for the interval to lengthen, then collects and prints it again. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            String maxFreeAtStart = flags.getVMOption(IdleCollections.MAX_FREE_FLAG).getValue();
            System.out.println("watching: " + IdleCollections.watch());
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (flags.getVMOption(IdleCollections.FLAG).getValue().equals("300") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            System.out.println("idle: " + flags.getVMOption(IdleCollections.FLAG).getValue() + ", free at most "
                    + flags.getVMOption(IdleCollections.MAX_FREE_FLAG).getValue());
            System.gc();
            deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!flags.getVMOption(IdleCollections.FLAG).getValue().equals("300") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // the notification thread sets the interval first, then the share: wait for both
            while (!flags.getVMOption(IdleCollections.MAX_FREE_FLAG).getValue().equals(maxFreeAtStart) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            System.out.println("working: " + flags.getVMOption(IdleCollections.FLAG).getValue() + ", free at most "
                    + flags.getVMOption(IdleCollections.MAX_FREE_FLAG).getValue());
        }
    }
}
