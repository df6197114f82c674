package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.ChildJvm;

class SmallHeapTest {
    @Test
    void theJvmTakesTheFreeRatiosAndGivesBackTheHeapItHasNotTouched(@TempDir Path dir) throws Exception {
        // In a child started as `java -jar` starts one as far as the heap goes (no heap options but
        // the child's -Xmx), with the diagnostic command's class opened as the jar's manifest opens it.
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(Probe.class.getName(),
                List.of("--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED", "-XX:InitialHeapSize=200m"), out,
                dir.resolve("err"));
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).startsWith("taken: true", "MinHeapFreeRatio 10", "MaxHeapFreeRatio 30");
        long before = Long.parseLong(lines.get(3).replace("committed before: ", ""));
        long after = Long.parseLong(lines.get(4).replace("committed after: ", ""));
        assertThat(before).isGreaterThanOrEqualTo(200L << 20);
        assertThat(after).isLessThan(before / 2);
    }

    @Test
    void aJvmStartedWithHeapOptionsOfItsOwnIsLeftAlone() {
        assertThat(SmallHeap.wanted(List.of("-XX:TieredStopAtLevel=1"))).isTrue();
        assertThat(SmallHeap.wanted(List.of("-Xms32m"))).isFalse();
        assertThat(SmallHeap.wanted(List.of("-XX:InitialHeapSize=32m", "-XX:+UseSerialGC"))).isFalse();
        assertThat(SmallHeap.wanted(List.of("-XX:MaxHeapFreeRatio=30"))).isFalse();
    }

    @Test
    void theEditorsJvmIsToldFromItsCommandLineWithoutAskingTheRuntimeBean() {
        java.util.function.Supplier<List<String>> bean = () -> {
            throw new AssertionError("the command line is there: the runtime bean is not asked");
        };
        String[] relaunched = {"-XX:TieredStopAtLevel=1", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-jar",
            "/opt/scholarfolio.jar", "open", "/home/ada/site"};
        assertThat(SmallHeap.wantedForEditor(null, java.util.Optional.of(relaunched), java.util.Map.of(), bean)).isFalse();
        String[] plainJar = {"-jar", "/opt/scholarfolio.jar", "open", "-Xms32m"};
        assertThat(SmallHeap.wantedForEditor(null, java.util.Optional.of(plainJar), java.util.Map.of(), bean)).isTrue();
        assertThat(SmallHeap.wantedForEditor(null, java.util.Optional.of(plainJar),
                java.util.Map.of("JAVA_TOOL_OPTIONS", " -Dx=y  -Xms64m "), bean)).isFalse();
        assertThat(SmallHeap.wantedForEditor(null, java.util.Optional.of(plainJar),
                java.util.Map.of("JDK_JAVA_OPTIONS", "-XX:MaxHeapFreeRatio=30"), bean)).isFalse();
        assertThat(SmallHeap.wantedForEditor(null, java.util.Optional.of(plainJar),
                java.util.Map.of("_JAVA_OPTIONS", "-XX:InitialHeapSize=64m"), bean)).isFalse();
        // The app image's launcher gives the heap options without showing them on the command line.
        assertThat(SmallHeap.wantedForEditor("/opt/Scholarfolio/bin/Scholarfolio", java.util.Optional.of(new String[] {"open", "x"}),
                java.util.Map.of(), bean)).isFalse();
    }

    @Test
    void withoutACommandLineTheRuntimeBeanIsAsked() {
        int[] asked = {0};
        java.util.function.Supplier<List<String>> bean = () -> {
            asked[0]++;
            return List.of("-Xms32m");
        };
        assertThat(SmallHeap.wantedForEditor(null, java.util.Optional.empty(), java.util.Map.of(), bean)).isFalse();
        assertThat(SmallHeap.wantedForEditor(null, java.util.Optional.of(new String[0]), java.util.Map.of(), () -> {
            asked[0]++;
            return List.of();
        })).isTrue();
        assertThat(asked[0]).isEqualTo(2);
    }

    @Test
    void onlyAnEmptyAnswerMeansTheFlagWasSet() {
        // HotSpot's own answers to VM.set_flag: nothing when set, a reason when refused
        assertThat(SmallHeap.accepted("")).isTrue();
        assertThat(SmallHeap.accepted("only 'writeable' flags can be set")).isFalse();
        assertThat(SmallHeap.accepted("MaxHeapFreeRatio error: value violates its flag's constraint.")).isFalse();
        assertThat(SmallHeap.accepted(null)).isFalse();
    }

    @Test
    void withoutTheOpenedClassThePublicBeanSetsTheFreeRatios(@TempDir Path dir) throws Exception {
        // As an import or export kept in a java -jar JVM by options of its own runs now that the jar's manifest opens nothing.
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(Probe.class.getName(), List.of("-XX:InitialHeapSize=200m"), out, dir.resolve("err"));
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).startsWith("taken: true", "MinHeapFreeRatio 10", "MaxHeapFreeRatio 30");
        long before = Long.parseLong(lines.get(3).replace("committed before: ", ""));
        long after = Long.parseLong(lines.get(4).replace("committed after: ", ""));
        assertThat(after).isLessThan(before / 2);
    }

    @Test
    void theEditorsJvmTakesTheLaunchersHeapFlagsWithoutAnOpenedClass(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(EditorProbe.class.getName(), List.of(), out, dir.resolve("err"));
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(out)).containsExactly("taken: true", "MinHeapFreeRatio 10",
                "MaxHeapFreeRatio 30", "G1PeriodicGCInterval 5000");
    }

    /** Asks as the editor does, then prints the flags. */
    public static final class EditorProbe {
        public static void main(String[] args) {
            boolean taken = SmallHeap.requestForEditor();
            HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            System.out.println("taken: " + taken);
            for (String flag : List.of("MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval")) {
                System.out.println(flag + " " + flags.getVMOption(flag).getValue());
            }
        }
    }

    /** Asks as the export does, then prints the flags and the committed heap before and after. */
    public static final class Probe {
        public static void main(String[] args) {
            MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            boolean taken = SmallHeap.request();
            MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            System.out.println("taken: " + taken);
            System.out.println("MinHeapFreeRatio " + flags.getVMOption("MinHeapFreeRatio").getValue());
            System.out.println("MaxHeapFreeRatio " + flags.getVMOption("MaxHeapFreeRatio").getValue());
            System.out.println("committed before: " + before.getCommitted());
            System.out.println("committed after: " + after.getCommitted());
        }
    }
}
