package org.scholarfolio.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The editor started by {@code java -jar} runs in a second JVM started as the app image's launcher
 * starts it ({@code packaging/jpackage-app.cfg}: the quick compiler only, a heap that gives memory
 * back; and the quick compiler's smaller inlining, {@link #SMALLER_INLINING}), which maps a class-data archive of the editor's classes from the user's cache: the first
 * such editor writes it when it is closed, and it is kept only when that editor ended well
 * ({@link ClassArchive}, {@link JvmRelaunch}). The first JVM loads no JavaFX: it waits, about 40 MB
 * resident, and ends with the editor's exit code (ADR {@code command-line-launcher-with-its-own-options.md}); on Linux
 * it is replaced by a waiter of 5 MB once the editor has run a while ({@link WaiterInPlace}).
 * The app image's module options ({@code --add-exports}, {@code --add-opens}) are left out: from
 * the jar, JavaFX is on the class path, where they name no module.
 */
public final class EditorRelaunch {
    /**
     * The app image launcher's options without its module options, as {@code packaging/jpackage-app.cfg} lists them. The class
     * archives are mapped at the address they were made for ({@code ArchiveRelocationMode=0}): Java 17.0.15 otherwise maps them
     * at a random one and rewrites every pointer in them at each start, which turns about 23 MB of the editor's archive pages
     * from clean pages of the file (shared, dropped under memory pressure) into its own dirty ones. What survives a young
     * collection goes to the old generation at once ({@code MaxTenuringThreshold=0}): while a portfolio is read everything read
     * survives, and what G1 put in a survivor region it copied again at a later pause, which made a large open's pauses longer (ADR
     * {@code docs/decisions/editor-promotes-what-survives-at-once.md}). The heap is cut into regions of 1 MB, not the 4 MB G1 picks
     * for a machine's default heap limit, and mixed collections go on until 2 % of the heap is left to reclaim, not 5 %: the heap
     * an editor keeps at rest is what is in use then, the open's garbage included, rounded up to whole regions; both flags take
     * that nearer to the live set (ADR {@code docs/decisions/editor-memory-at-rest.md}, session 31). G1's periodic collections
     * are off until the editor has drawn its first content ({@code G1PeriodicGCInterval=0}; {@link IdleCollections} sets their
     * interval when it starts watching): a start slower than 5 s otherwise collected, shrank its heap and collected again and again.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-XX:G1PeriodicGCInterval=0", "-XX:MaxTenuringThreshold=0", "-XX:G1HeapRegionSize=1m",
            "-XX:G1HeapWastePercent=2", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    /**
     * The quick compiler inlines methods of up to 20 bytecodes into what it compiles, not 35: the editor's C1 threads spent
     * 465-510 ms of processor time up to the first content, as much as the JavaFX thread, and on two cores each such
     * millisecond is one the JavaFX thread or the start's other threads do not have. With the smaller methods only, C1 spent
     * 65-105 ms less per start, the JavaFX thread no more (its hot code is still compiled, the accessors and other trivial
     * methods still inlined). It is no deeper than 5 calls, not 9. For {@code java -jar}'s editor only: the app image's launcher
     * (Java 25, its AOT cache) was not measured with it (BENCHMARKS.md, session 38, jvm38).
     */
    static final List<String> SMALLER_INLINING = List.of("-XX:C1MaxInlineSize=20", "-XX:C1MaxInlineLevel=5");
    /**
     * Every 5 s the JVM hands the C library's freed memory back to the system: the editor's native allocations (JavaFX, WebKit,
     * the JVM's own) leave 10–13 MB of it resident at rest with 10,000 publications open. The option exists from Java 17.0.9 and
     * 21.0.1 on; an older JVM would refuse to start with it.
     */
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";
    /**
     * Told to the second JVM besides the launcher's options: they are chosen for it, so it asks nothing of itself at its start
     * (the quick compiler, the heap's ratios) and starts no JVM again, and reads neither its command line nor JMX to learn so,
     * as the command line's launcher tells its JVM ({@code packaging/jpackage-cli.cfg}). Those reads came on the main thread
     * before the toolkit starts (SmallHeap's, through {@code ProcessHandle}) or on a thread of their own beside it.
     */
    static final List<String> CHOSEN = List.of("-D" + QuickCompilation.PROPERTY + "=false", "-D" + SmallHeap.PROPERTY + "=false",
            "-D" + JvmRelaunch.PROPERTY + "=false");
    /**
     * The jar's main class, which the second JVM is started with by name ({@code -cp <jar> <main class>}): then its launcher
     * reads no manifest for it (the first JVM's launcher has read it already).
     */
    public static final String MAIN_CLASS = "org.scholarfolio.app.Launcher";
    /** Environment variables whose JVM options every JVM started here picks up, the second one too. */
    private static final List<String> INHERITED_OPTIONS = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private EditorRelaunch() {
    }

    /** The editor's exit code when it ran in a second JVM, empty when this JVM should run it. */
    public static OptionalInt run(String[] args) {
        if (!Boolean.parseBoolean(System.getProperty(JvmRelaunch.PROPERTY, "true"))) {
            return OptionalInt.empty(); // the second JVM (CHOSEN), or turned off: nothing to find out about this one
        }
        // With no graphics device, GTK is kept from loading OpenGL: only the environment can say so (SoftwareRendering).
        Map<String, String> environment = SoftwareRendering.editorEnvironment(SoftwareRendering.chosen(), System.getenv());
        List<String> collector = LargePortfolioCollector.optionsFor(args);
        return JvmRelaunch.runLong(archiveKind(collector), command(args, ownOptions(ThisProcess.arguments(), new RuntimeBeanOptions()),
                System.getProperty("java.class.path", ""), System.getProperty("sun.java.command", ""),
                System.getProperty(JvmRelaunch.PROPERTY, "true"), environment, collector), environment);
    }

    /**
     * The class archive's kind for an editor with the {@code collector}'s options: one of its own for another collector. An
     * archive written by a JVM off G1 holds no module graph (Java 17 keeps it with G1's archived objects), and every editor
     * that mapped it later would build the graph again at its start.
     */
    static String archiveKind(List<String> collector) {
        return collector.isEmpty() ? "editor" : "editor-large-portfolio";
    }

    /**
     * The JVM options on this process's command line, read from its arguments as the system gives
     * them (Linux and macOS do; there {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS} are not
     * among them): what comes before {@code -jar}, or every argument when there is no {@code -jar}
     * (a class path and a main class are no plain jar). Without the process's arguments (Windows),
     * {@code fallback}'s. Read so because JMX's runtime bean, the other source, loads about a hundred
     * classes from the runtime's image in the first JVM before the editor's JVM can be started.
     */
    static List<String> ownOptions(Optional<String[]> processArguments, Supplier<List<String>> fallback) {
        if (processArguments.isEmpty() || processArguments.get().length == 0) {
            return fallback.get();
        }
        List<String> arguments = List.of(processArguments.get());
        int jar = arguments.indexOf("-jar");
        return jar < 0 ? arguments : arguments.subList(0, jar);
    }

    /**
     * This JVM's options as JMX's runtime bean gives them, without those of the environment's variables: a class of its own, not a
     * lambda, whose class would be spun in {@code java -jar}'s first JVM, which maps no archive of it, before the editor's JVM starts.
     */
    private static final class RuntimeBeanOptions implements Supplier<List<String>> {
        @Override
        public List<String> get() {
            return ownOptions(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv());
        }
    }

    /** The second JVM's command line for the editor's {@code args}, or an empty list when this JVM runs the editor. */
    static List<String> command(String[] args, List<String> jvmOptions, String classPath, String javaCommand, String property) {
        return command(args, jvmOptions, classPath, javaCommand, property, Map.of());
    }

    /**
     * {@link #command(String[], List, String, String, String)} for a second JVM whose environment gets {@code environment}
     * added: when that sets {@link SoftwareRendering#GDK_GL}, the editor is told so, to leave it out of the programs it starts.
     * An editor opening a large portfolio gets its collector ({@link LargePortfolioCollector}).
     */
    static List<String> command(String[] args, List<String> jvmOptions, String classPath, String javaCommand, String property,
            Map<String, String> environment) {
        return command(args, jvmOptions, classPath, javaCommand, property, environment, LargePortfolioCollector.optionsFor(args));
    }

    /** {@link #command(String[], List, String, String, String, Map)} with the {@code collector}'s options added. */
    static List<String> command(String[] args, List<String> jvmOptions, String classPath, String javaCommand, String property,
            Map<String, String> environment, List<String> collector) {
        List<String> options = new ArrayList<>(options(Runtime.version()));
        if (environment.containsKey(SoftwareRendering.GDK_GL)) {
            options.add("-D" + SoftwareRendering.GDK_GL_SET_PROPERTY + "=true");
        }
        options.addAll(collector);
        options.addAll(CHOSEN);
        return JvmRelaunch.command(options, args, jvmOptions, classPath, javaCommand, property, MAIN_CLASS);
    }

    /**
     * The second JVM's options on a {@code runtime} like this one: {@link #OPTIONS}, {@link #SMALLER_INLINING}, and the native
     * heap's trim where it has it.
     */
    static List<String> options(Runtime.Version runtime) {
        List<String> options = new ArrayList<>(OPTIONS);
        options.addAll(SMALLER_INLINING);
        if (trimsNativeHeap(runtime)) {
            options.add(TRIM_NATIVE_HEAP);
        }
        return List.copyOf(options);
    }

    /** Does a JVM of {@code runtime}'s version know {@link #TRIM_NATIVE_HEAP} (added in 22, and in 17.0.9 and 21.0.1)? */
    static boolean trimsNativeHeap(Runtime.Version runtime) {
        return switch (runtime.feature()) {
            case 17 -> runtime.update() >= 9;
            case 18, 19, 20 -> false;
            case 21 -> runtime.update() >= 1;
            default -> runtime.feature() > 21;
        };
    }

    /**
     * The JVM options given on this JVM's command line: those it took from {@code JAVA_TOOL_OPTIONS}
     * or {@code JDK_JAVA_OPTIONS} are left out, since the second JVM inherits the environment and
     * takes them as well (a benchmark passes its properties so).
     */
    static List<String> ownOptions(List<String> jvmOptions, Map<String, String> env) {
        List<String> own = new ArrayList<>(jvmOptions);
        for (String variable : INHERITED_OPTIONS) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                for (String option : Arrays.asList(value.strip().split("\\s+"))) {
                    own.remove(option);
                }
            }
        }
        return own;
    }
}
