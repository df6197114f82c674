package org.scholarfolio.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
public final class SmallHeap {
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

    /** Set by the app image's launcher, which starts the JVM with the editor's heap options ({@code packaging/jpackage-app.cfg}). */
    static final String APP_IMAGE_PROPERTY = "jpackage.app-path";

    /**
     * {@link #wanted(List)} for the editor's JVM, read without JMX where the system allows: the runtime
     * bean ({@code inputArguments}) loads about 50 management classes on the launcher's thread before
     * the toolkit starts, and the editor's JVM almost always has the heap options already (the one
     * {@code java -jar} relaunches, and the app image's, whose launcher, named by {@code appImage},
     * gives them without showing them on the command line). The options are the command line's, as
     * the system gives it ({@code processArguments}, before {@code -jar}), and those the environment
     * adds; only without a command line (Windows) is the bean asked.
     */
    static boolean wantedForEditor(String appImage, Optional<String[]> processArguments, Map<String, String> env,
            Supplier<List<String>> inputArguments) {
        if (appImage != null) {
            return false;
        }
        if (processArguments.isEmpty() || processArguments.get().length == 0) {
            return wanted(inputArguments.get());
        }
        List<String> options = new ArrayList<>(EditorRelaunch.ownOptions(processArguments, inputArguments));
        options.addAll(JvmRelaunch.environmentOptions(env));
        return wanted(options);
    }

    /**
     * For the editor started by {@code java -jar}: the heap behaviour the app image's launcher gives
     * it ({@code packaging/jpackage-app.cfg}), asked of the running JVM on a thread of its own.
     * Without it G1 keeps every page of heap it ever committed: an editor holding 10,000
     * publications (about 70 MB live) kept 600-790 MB resident. No collection is forced: the
     * ratios apply from the next one, and {@code G1PeriodicGCInterval} lets an idle editor
     * collect and give back what it does not use. All three are flags a running JVM may change,
     * through the public diagnostic bean (no opened class needed). A JVM started with heap
     * options of its own (the app image's launcher) is left alone.
     */
    public static void requestForEditorInBackground() {
        // Told so (java -jar's second JVM, EditorRelaunch.CHOSEN), or under the app image's launcher: the command line is not
        // read (ProcessHandle, on the main thread before the toolkit starts) to learn what is known.
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) || System.getProperty(APP_IMAGE_PROPERTY) != null
                || !wantedForEditor(System.getProperty(APP_IMAGE_PROPERTY), ProcessHandle.current().info().arguments(), System.getenv(),
                () -> ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            return;
        }
        Thread thread = new Thread(SmallHeap::requestForEditor, "small-heap");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The editor's heap flags set in this JVM; true when it took them all. */
    static boolean requestForEditor() {
        try {
            HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // The minimum first: the JVM refuses a maximum below the minimum in force (40 by default).
            flags.setVMOption("MinHeapFreeRatio", "10");
            flags.setVMOption("MaxHeapFreeRatio", "30");
            flags.setVMOption("G1PeriodicGCInterval", "5000");
            return true;
        } catch (RuntimeException e) {
            // another JVM without these flags: it keeps its own heap sizing
            return false;
        }
    }

    /**
     * Sets the free ratios and collects once; true when the JVM took the ratios. The diagnostic command's direct way where
     * its class is opened to us ({@link QuickCompilation#directWayOpen}), else the public diagnostic bean, as for the editor.
     */
    static boolean request() {
        boolean taken;
        if (QuickCompilation.directWayOpen()) {
            // The minimum first: the JVM refuses a maximum below the minimum in force (40 by default).
            String min = QuickCompilation.runDirectly("VM.set_flag MinHeapFreeRatio 10");
            String max = QuickCompilation.runDirectly("VM.set_flag MaxHeapFreeRatio 30");
            taken = accepted(min) && accepted(max);
        } else {
            taken = setThroughBean();
        }
        if (taken) {
            System.gc();
        }
        return taken;
    }

    /** The free ratios set through the public diagnostic bean; true when the JVM took both. */
    private static boolean setThroughBean() {
        try {
            HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            flags.setVMOption("MinHeapFreeRatio", "10");
            flags.setVMOption("MaxHeapFreeRatio", "30");
            return true;
        } catch (RuntimeException e) {
            // another JVM without these flags, or a value it refuses: it keeps its own heap sizing
            return false;
        }
    }

    /**
     * {@code VM.set_flag} answers nothing when it sets the flag, and a reason when it does not ("only
     * 'writeable' flags can be set", "… error: value violates its flag's constraint"); null: not asked.
     */
    static boolean accepted(String answer) {
        return answer != null && answer.isBlank();
    }
}
