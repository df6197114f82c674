package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

/**
 * Issue 14's frames as a user meets them: watches the JavaFX thread's frames of the real editor
 * started on a portfolio, on the screen it starts on (Profile), and then does what a person does next.
 * Either the main class in the app image launcher's place ({@link #main}: its own options, class path
 * with these classes after it, and ahead-of-time cache; the image's runtime has no agent support), or a
 * Java agent ({@code -javaagent:} through {@code JAVA_TOOL_OPTIONS}) of {@code java -jar}'s editor. Prints,
 * as {@link SizePointBenchmark} does, each step's longest frame gap and every gap over 50 ms with the
 * JavaFX thread's processor time in it ({@code fx}), and the gap (of any length) with the most of that time, the
 * thread's own work in one frame, which the machine's load changes less than a gap's length:
 * <ol>
 * <li>the window's first second, from the first frame after {@code stage.show()};</li>
 * <li>the open, from then until the sidebar counts the publications and the preview has loaded a page
 * since, plus 1.5 s;</li>
 * <li>the window left alone on Profile for {@code -Dalone} ms (default 4,000);</li>
 * <li>Publications pressed in the sidebar (the screen's table built and shown), 2 s;</li>
 * <li>the first publication selected (its form), 2 s;</li>
 * <li>10 keys typed into its first author's family name, 16 ms apart, plus 2 s;</li>
 * </ol>
 * then exits. Not a test: run by {@code bench/user-start-frames.sh}, which builds the agent's jar.
 * {@code -Dsteps.jfr=DIR}: each of steps 3-6 is also recorded by the JDK's flight recorder, the threads'
 * stacks sampled every millisecond (and every millisecond of its processor time), into {@code DIR/step-N-PID.jfr} (started in-process: a recording asked for
 * on the command line would add a module to the boot layer and the app image's ahead-of-time cache, made
 * without it, would be left unused); steps 1 and 2 together into {@code DIR/step-1-2-PID.jfr}, begun before the
 * launcher's first line. {@code -Dsteps.shots=DIR}: the window as each of steps 3-5 left it,
 * after its figures, in {@code DIR/step-N-PID.png}. {@code -Dsteps.wrappers=true} (with
 * {@code --add-opens=javafx.web/com.sun.webkit.dom=ALL-UNNAMED}): WebKit's Java wrappers of DOM nodes
 * ({@code com.sun.webkit.dom.NodeImpl}, each freed by the disposer on the JavaFX thread after a collection),
 * those seen for the first time in each step by node name, looked for at every frame, and those alive at its end.
 * {@code -Dsteps.jsc=true} (the app image of a build before session 32 needs {@code --add-opens=javafx.web/com.sun.webkit=ALL-UNNAMED},
 * which leaves its ahead-of-time cache unused: counts only there): WebKit's full collections of its JavaScript heap per step.
 * {@code -Dsteps.jsc.state=true} with it: what the preview's collection at rest waits for, at each step's end.
 * {@code -Dsteps.keys=N}: a seventh step, N keys more, 50 ms apart, with the process's resident memory as they go.
 * Uses only the JDK, JavaFX and the app's own classes (no test library is on an app image's class path).
 */
public final class UserStartFrames {
    private UserStartFrames() {
    }

    /** In the launcher's place: the watch begins, then the launcher runs with the same arguments. */
    public static void main(String[] args) {
        premain(null);
        Launcher.main(args);
    }

    /**
     * With {@code -Dsteps.jfr=DIR}: the recording of steps 1 and 2 (the window's first second and the open),
     * begun before the launcher's first line, so that the toolkit's start and the first frames are in it.
     * Its own start (the recorder's classes and threads) comes before the launcher and is no part of a frame.
     */
    private static volatile jdk.jfr.Recording startRecording;

    public static void premain(String args) {
        if (System.getProperty("steps.jfr") != null) {
            startRecording = sampling(new jdk.jfr.Recording());
            startRecording.start();
        }
        Thread t = new Thread(UserStartFrames::run, "user-start-frames");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            watch();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.out.println("user-start-frames failed: " + e);
        }
        System.out.flush();
        System.exit(0);
    }

    private static void watch() throws Exception {
        // bench/user-start-frames.sh finds the editor's threads in a recording of the machine's scheduling by it
        System.out.println("editor process " + ProcessHandle.current().pid());
        PulseWatchdog watchdog = new PulseWatchdog();
        // The toolkit is up once runLater takes a task; the watchdog starts in the first turn after the window shows.
        while (true) {
            try {
                if (onFx(() -> {
                    boolean shown = Window.getWindows().stream().anyMatch(Window::isShowing);
                    if (shown) {
                        watchdog.start();
                        watchdog.reset();
                    }
                    return shown;
                })) {
                    break;
                }
            } catch (IllegalStateException toolkitNotYetUp) {
                // Platform.runLater before the toolkit's start
            }
            Thread.sleep(5);
        }
        if (Boolean.getBoolean("steps.wrappers")) {
            onFx(() -> {
                DomWrappers.watch(scene());
                return null;
            });
        }
        if (Boolean.getBoolean("steps.jsc")) {
            try {
                onFx(() -> {
                    ScriptCollections.watch(scene());
                    return null;
                });
            } catch (Exception e) {
                System.out.println("script heap collections not counted (" + e + ")");
            }
        }
        ThreadSchedStats stepStart = ThreadSchedStats.now();
        long shown = System.nanoTime();
        Thread.sleep(1_000);
        report("window shown, its first second", shown, stepStart, watchdog);

        stepStart = ThreadSchedStats.now();
        long openStart = System.nanoTime();
        onFx(() -> {
            watchdog.reset();
            return null;
        });
        waitFor(Long.getLong("open.wait", 600_000), () -> {
            Node count = scene().lookup("#count-publications");
            return count instanceof Label l && l.getText() != null && !l.getText().isBlank() && !"0".equals(l.getText());
        });
        waitForAPageLoaded();
        Thread.sleep(Long.getLong("open.settle", 1_500));
        report("the open (until counted and a page loaded, +1.5 s)", openStart, stepStart, watchdog);
        if (startRecording != null) {
            startRecording.stop();
            Path file = Path.of(System.getProperty("steps.jfr"), "step-1-2-" + ProcessHandle.current().pid() + ".jfr");
            Files.createDirectories(file.getParent());
            startRecording.dump(file);
            startRecording.close();
            startRecording = null;
            System.out.println("    steps 1 and 2 recorded in " + file);
        }

        // Left alone on Profile, as a person reads what opened: what the window does by itself then is watched too.
        step("left alone on Profile (" + Long.getLong("alone", 4_000) + " ms)", Long.getLong("alone", 4_000), watchdog, () -> {
        });

        step("Publications pressed in the sidebar", 2_000, watchdog, () -> {
            Node entry = scene().lookup("#section-publications");
            Event.fireEvent(entry, new MouseEvent(MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, false, null));
        });
        step("the first publication selected (its form)", 2_000, watchdog,
                () -> ((TableView<?>) scene().lookup("#publications-table")).getSelectionModel().select(0));
        waitFor(60_000, () -> scene().lookup("#authors-table") != null);
        onFx(() -> {
            ((TableView<?>) scene().lookup("#authors-table")).getSelectionModel().select(0);
            scene().getRoot().applyCss();
            ((TextField) scene().lookup("#author-family")).end();
            return null;
        });
        Thread.sleep(1_000);
        String jfrDir = System.getProperty("steps.jfr");
        if (jfrDir != null) {
            recorded(Path.of(jfrDir, "step-6-" + ProcessHandle.current().pid() + ".jfr"), () -> typeTenKeys(watchdog));
        } else {
            typeTenKeys(watchdog);
        }
        int longRun = Integer.getInteger("steps.keys", 0);
        if (longRun > 0) {
            typeManyKeys(longRun, watchdog);
        }
        System.out.printf("peak resident memory of the editor's process: %,d MB%n", peakRssMb());
    }

    private static void typeTenKeys(PulseWatchdog watchdog) throws Exception {
        ThreadSchedStats typingStart = ThreadSchedStats.now();
        long typing = System.nanoTime();
        onFx(() -> {
            watchdog.reset();
            return null;
        });
        for (int key = 0; key < 10; key++) {
            String typed = String.valueOf((char) ('a' + key));
            onFx(() -> {
                ((TextField) scene().lookup("#author-family")).replaceSelection(typed);
                return null;
            });
            Thread.sleep(16);
        }
        double lastKey = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        Thread.sleep(2_000);
        System.out.printf("    (the last key given at JVM uptime %.3f s)%n", lastKey);
        report("typing 10 keys into the first author's family name (+2 s)", typing, typingStart, watchdog);
    }

    /**
     * With {@code -Dsteps.keys=N}: N keys more, one each 50 ms, a letter and a backspace in turn (the name stays short),
     * with the process's resident memory every 500 keys and after 5 s of rest.
     */
    private static void typeManyKeys(int keys, PulseWatchdog watchdog) throws Exception {
        ThreadSchedStats typingStart = ThreadSchedStats.now();
        long typing = System.nanoTime();
        onFx(() -> {
            watchdog.reset();
            return null;
        });
        StringBuilder memory = new StringBuilder("resident MB at key 0: " + rssMb());
        for (int key = 1; key <= keys; key++) {
            boolean letter = key % 2 == 1;
            onFx(() -> {
                TextField field = (TextField) scene().lookup("#author-family");
                if (letter) {
                    field.replaceSelection("x");
                } else {
                    field.deletePreviousChar();
                }
                return null;
            });
            Thread.sleep(50);
            if (key % 500 == 0) {
                memory.append(", ").append(key).append(": ").append(rssMb());
            }
        }
        Thread.sleep(5_000);
        memory.append(", after 5 s of rest: ").append(rssMb());
        report("typing " + keys + " keys more, 50 ms apart (+5 s)", typing, typingStart, watchdog);
        System.out.println("    " + memory);
    }

    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static int stepsRecorded;

    private static void step(String what, long settleMillis, PulseWatchdog watchdog, Action action) throws Exception {
        String jfrDir = System.getProperty("steps.jfr");
        if (jfrDir != null) {
            Path file = Path.of(jfrDir, "step-" + (3 + stepsRecorded++) + "-" + ProcessHandle.current().pid() + ".jfr");
            recorded(file, () -> watchedStep(what, settleMillis, watchdog, action));
        } else {
            watchedStep(what, settleMillis, watchdog, action);
        }
    }

    /** Runs {@code inside} with a flight recording of 1 ms stack samples going, written to {@code file} after it. */
    private static void recorded(Path file, Action inside) throws Exception {
        try (jdk.jfr.Recording recording = sampling(new jdk.jfr.Recording())) {
            recording.start();
            // The recorder's own start (its classes, its threads) settles before the step begins.
            Thread.sleep(500);
            inside.run();
            recording.stop();
            Files.createDirectories(file.getParent());
            recording.dump(file);
            System.out.println("    recorded in " + file);
        }
    }

    /** {@code recording} set to sample every thread's stack every millisecond, and every millisecond of its processor time. */
    private static jdk.jfr.Recording sampling(jdk.jfr.Recording recording) {
        recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1)).withStackTrace();
        // Java 25's samples by each thread's processor time (Linux): a thread's time on a core, sampled
        // every millisecond of it, where the execution samples above take a few threads per period.
        recording.enable("jdk.CPUTimeSample").with("throttle", "1ms").withStackTrace();
        // Its start time turns the samples' clock times into the JVM uptimes the gaps are reported at.
        recording.enable("jdk.JVMInformation");
        // The collector's pauses and phases, to set beside the frames' gaps.
        recording.enable("jdk.GarbageCollection");
        recording.enable("jdk.GCPhasePause");
        return recording;
    }

    private static void watchedStep(String what, long settleMillis, PulseWatchdog watchdog, Action action) throws Exception {
        ThreadSchedStats stepStart = ThreadSchedStats.now();
        long start = System.nanoTime();
        onFx(() -> {
            watchdog.reset();
            action.run();
            return null;
        });
        Thread.sleep(settleMillis);
        report(what, start, stepStart, watchdog);
        String shots = System.getProperty("steps.shots");
        if (shots != null) {
            // After the step's figures: the window as the step left it, to compare two builds by eye.
            Path file = Path.of(shots, "step-" + (3 + stepsShot++) + "-" + ProcessHandle.current().pid() + ".png");
            javafx.scene.image.Image shot = onFx(() -> scene().snapshot(null));
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(pixels(shot), "png", file.toFile());
            System.out.println("    window as the step left it: " + file);
        }
    }

    private static int stepsShot;

    private static java.awt.image.BufferedImage pixels(javafx.scene.image.Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getPixelReader().getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** After the count shows: a page of the preview loaded since (the opened portfolio's), or 20 s passed. */
    private static void waitForAPageLoaded() throws Exception {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        onFx(() -> {
            Node web = scene().lookup("#preview-web");
            if (web instanceof javafx.scene.web.WebView view) {
                view.getEngine().getLoadWorker().stateProperty().addListener((obs, was, now) -> {
                    if (now == javafx.concurrent.Worker.State.SUCCEEDED) {
                        loaded.complete(null);
                    }
                });
            } else {
                loaded.complete(null);
            }
            return null;
        });
        try {
            loaded.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException none) {
            System.out.println("  (no page loaded within 20 s of the count)");
        }
    }

    private static Scene scene() {
        return Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow().getScene();
    }

    private static void waitFor(long millis, Supplier<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!onFx(condition::get)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("waited " + millis + " ms in vain");
            }
            Thread.sleep(20);
        }
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    private static void report(String what, long startNanos, ThreadSchedStats stepStart, PulseWatchdog watchdog) {
        System.out.printf("%-52s until done %,8d ms; longest gap between frames %,6d ms%n", what,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), TimeUnit.NANOSECONDS.toMillis(watchdog.longestGap()));
        try {
            System.out.println("    the JavaFX thread's most work between two frames: " + onFx(watchdog::mostFxInOneGap));
        } catch (Exception e) {
            System.out.println("    the JavaFX thread's most work between two frames: not read (" + e + ")");
        }
        var gaps = watchdog.longGaps();
        if (!gaps.isEmpty()) {
            System.out.println("    frame gaps over 50 ms (JVM uptime at the gap's start): " + String.join(", ", gaps));
        }
        watchdog.gapStacks().forEach(gap -> System.out.println("    long pulse " + gap));
        System.out.println("    threads: " + ThreadSchedStats.now().since(stepStart));
        if (ScriptCollections.watching) {
            try {
                System.out.println("    script heap collections: " + onFx(ScriptCollections::report));
            } catch (Exception e) {
                System.out.println("    script heap collections: not read (" + e + ")");
            }
        }
        if (DomWrappers.watching) {
            try {
                System.out.println("    DOM wrappers: " + onFx(DomWrappers::report));
            } catch (Exception e) {
                System.out.println("    DOM wrappers: not read (" + e + ")");
            }
        }
    }

    /**
     * WebKit's Java wrappers of DOM nodes: {@code NodeImpl} keeps one record per wrapper in a table (a
     * weak reference, which the disposer frees on the JavaFX thread after the collection that cleared it).
     * Looked through at every frame, so a wrapper made and dropped between two collections is seen too.
     */
    static final class DomWrappers {
        static boolean watching;
        private static java.lang.reflect.Field table;
        private static java.lang.reflect.Field next;
        private static final java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
        private static final java.util.Map<String, Integer> madeInStep = new java.util.TreeMap<>();

        static void watch(Scene scene) throws ReflectiveOperationException {
            Class<?> nodes = Class.forName("com.sun.webkit.dom.NodeImpl");
            table = nodes.getDeclaredField("hashTable");
            table.setAccessible(true);
            next = Class.forName("com.sun.webkit.dom.NodeImpl$SelfDisposer").getDeclaredField("next");
            next.setAccessible(true);
            watching = true;
            look();
            madeInStep.clear();
            scene.addPostLayoutPulseListener(() -> {
                try {
                    look();
                } catch (ReflectiveOperationException e) {
                    watching = false;
                }
            });
        }

        /** Notes the records not seen before, by their node's name; the number alive. */
        private static int look() throws ReflectiveOperationException {
            int alive = 0;
            for (Object first : (Object[]) table.get(null)) {
                for (Object record = first; record != null; record = next.get(record)) {
                    Object node = ((java.lang.ref.Reference<?>) record).get();
                    if (node == null) {
                        continue;
                    }
                    alive++;
                    if (seen.add(record)) {
                        // Its name only: asking for a parent or a child would make a wrapper of that node.
                        madeInStep.merge(((org.w3c.dom.Node) node).getNodeName(), 1, Integer::sum);
                    }
                }
            }
            return alive;
        }

        static String report() throws ReflectiveOperationException {
            int alive = look();
            int made = madeInStep.values().stream().mapToInt(Integer::intValue).sum();
            String out = "made " + made + (made == 0 ? "" : " " + madeInStep) + ", alive at the end " + alive;
            madeInStep.clear();
            return out;
        }
    }

    /**
     * WebKit's full collections of its JavaScript heap on the JavaFX thread: those the disposer ran after a Java collection
     * (each registers a new object for the next one in the disposer's records: the object seen there changed since the
     * last frame; two in one frame count as one) and those the preview ran once it rested ({@code ScriptCollection}, when
     * the build has it). Looked for at every frame.
     */
    static final class ScriptCollections {
        static boolean watching;
        private static java.lang.reflect.Field records;
        private static java.lang.reflect.Field record;
        private static Object disposer;
        private static Object lastSeen;
        private static int byTheDisposer;
        private static java.lang.reflect.Method atRest;
        private static int atRestBefore;

        static void watch(Scene scene) throws ReflectiveOperationException {
            Class<?> disposerClass = Class.forName("com.sun.webkit.Disposer");
            java.lang.reflect.Field instance = disposerClass.getDeclaredField("disposerInstance");
            instance.setAccessible(true);
            disposer = instance.get(null);
            records = disposerClass.getDeclaredField("records");
            records.setAccessible(true);
            record = Class.forName("com.sun.webkit.Disposer$WeakDisposerRecord").getDeclaredField("record");
            record.setAccessible(true);
            try {
                Class<?> ours = Class.forName("org.scholarfolio.ui.preview.ScriptCollection");
                java.lang.reflect.Method get = ours.getDeclaredMethod("get");
                get.setAccessible(true);
                java.lang.reflect.Method count = ours.getDeclaredMethod("collections");
                count.setAccessible(true);
                atRest = count;
                atRestBefore = collectedAtRest(get);
            } catch (ClassNotFoundException | NoSuchMethodException notInThisBuild) {
                atRest = null;
            }
            watching = true;
            look();
            byTheDisposer = 0;
            scene.addPostLayoutPulseListener(() -> {
                try {
                    look();
                } catch (ReflectiveOperationException e) {
                    watching = false;
                }
            });
        }

        /** What the preview's collection waits for: its fields, and the pane's behind its test of what is pending. */
        private static String state(Object collection) throws ReflectiveOperationException {
            StringBuilder out = new StringBuilder("[");
            for (String name : new String[] {"held", "worked", "failed"}) {
                java.lang.reflect.Field f = collection.getClass().getDeclaredField(name);
                f.setAccessible(true);
                out.append(name).append('=').append(name.equals("held") ? f.get(collection) != null : f.get(collection)).append(' ');
            }
            java.lang.reflect.Field pendingField = collection.getClass().getDeclaredField("pending");
            pendingField.setAccessible(true);
            Object pending = pendingField.get(collection);
            out.append("pending=").append(((java.util.function.BooleanSupplier) pending).getAsBoolean());
            return out.append(']').toString();
        }

        private static int collectedAtRest(java.lang.reflect.Method get) throws ReflectiveOperationException {
            return (Integer) atRest.invoke(get.invoke(null));
        }

        private static void look() throws ReflectiveOperationException {
            Object found = null;
            synchronized (disposer) {
                for (Object weak : (java.util.Set<?>) records.get(null)) {
                    Object what = record.get(weak);
                    if (what != null && what.getClass().getName().startsWith("com.sun.webkit.WebPage$$Lambda")) {
                        found = weak;
                    }
                }
            }
            if (found != null && lastSeen != null && found != lastSeen) {
                byTheDisposer++;
            }
            if (found != null) {
                lastSeen = found;
            }
        }

        static String report() throws ReflectiveOperationException {
            look();
            String out = "by the disposer after a Java collection " + byTheDisposer;
            byTheDisposer = 0;
            if (atRest != null) {
                java.lang.reflect.Method get = Class.forName("org.scholarfolio.ui.preview.ScriptCollection").getDeclaredMethod("get");
                get.setAccessible(true);
                int now = collectedAtRest(get);
                out += ", by the preview at rest " + (now - atRestBefore);
                atRestBefore = now;
                if (Boolean.getBoolean("steps.jsc.state")) {
                    out += " " + state(get.invoke(null));
                }
            }
            return out;
        }
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
