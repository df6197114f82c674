package org.scholarfolio.cli;

import java.util.List;

/**
 * Keeps a one-off command-line run's heap near what it holds. A JVM started without heap options
 * (as {@code java -jar} starts one) reserves a first heap of 1/64 of the machine's memory, and its
 * collector lets the young generation fill much of it before collecting: a full export of 1,000
 * publications held 40-55 MB but touched 400-550 MB. Asked early, on the quick-compilation
 * thread, the JVM is told to keep at most 30 % of its heap free after a full collection
 * ({@code MinHeapFreeRatio} and {@code MaxHeapFreeRatio} are flags a running JVM may change) and
 * collects once while it holds little, which gives back the memory it has not touched yet. The
 * command line's own launcher starts the JVM with a small heap and the serial collector instead,
 * and is not asked (ADR {@code docs/decisions/command-line-launcher-with-its-own-options.md}).
 */
final class SmallHeap {
    /** Set to {@code false} to keep the JVM's own heap sizing (to measure the difference). */
    static final String PROPERTY = "scholarfolio.smallHeap";

    private SmallHeap() {
    }

    /** True unless the property turns it off or the JVM was started with heap options of its own. */
    static boolean wanted(List<String> options) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return false;
        }
        return options.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-XX:InitialHeapSize=")
                || o.startsWith("-XX:MinHeapFreeRatio=") || o.startsWith("-XX:MaxHeapFreeRatio=")
                || o.startsWith("-XX:MinHeapSize="));
    }

    /** Sets the free ratios and collects once; true when the JVM took the ratios. */
    static boolean request() {
        // The minimum first: the JVM refuses a maximum below the minimum in force (40 by default).
        String min = QuickCompilation.runDirectly("VM.set_flag MinHeapFreeRatio 10");
        String max = QuickCompilation.runDirectly("VM.set_flag MaxHeapFreeRatio 30");
        boolean taken = accepted(min) && accepted(max);
        if (taken) {
            System.gc();
        }
        return taken;
    }

    /**
     * {@code VM.set_flag} answers nothing when it sets the flag, and a reason when it does not ("only
     * 'writeable' flags can be set", "… error: value violates its flag's constraint"); null: not asked.
     */
    static boolean accepted(String answer) {
        return answer != null && answer.isBlank();
    }
}
