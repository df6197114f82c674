package org.scholarfolio.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps a one-off command-line run that works for a few seconds (an export that renders pages, an
 * import) on HotSpot's quick compiler (C1). Such a run is too short for the optimising compiler (C2)
 * to pay back what it costs: measured, C2 compiling was over half the process's processor time,
 * competing with the work for two cores. The app image's launcher starts the JVM C1-only;
 * {@code java -jar} cannot name JVM options, so the command asks the running JVM, through its
 * diagnostic commands, to leave C2 out for every method from here on (ADR
 * {@code docs/decisions/command-line-export-on-the-quick-compiler.md}).
 *
 * <p>Best effort: a JVM without the command, or already C1-only, is left as it is. The JVM is asked
 * directly where the diagnostic command's class is opened to us ({@code --add-opens
 * jdk.management/com.sun.management.internal=ALL-UNNAMED}, ~0.1 s of processor time in a cold
 * process); elsewhere through the platform management server, which costs a cold process ~0.4 s,
 * so only a command that has that much work ahead asks, on its own thread, while it reads its input.
 * The jar's manifest no longer opens the class ({@code Add-Opens} cost every {@code java -jar} start
 * 15 ms before {@code main}): the runs that asked that way under {@code java -jar}, its imports, now
 * run in a second JVM started C1-only ({@link ImportRelaunch}), and a run kept in one JVM by options
 * of its own takes the management server's way (ADR {@code command-line-launcher-with-its-own-options.md}).
 */
public final class QuickCompilation {
    /** Set to {@code false} to keep the JVM's own compiler choice (to measure the difference). */
    static final String PROPERTY = "scholarfolio.quickCompilation";
    private static final String NO_OPTIMISING_COMPILER = "[{match: \"*.*\", c2: {Exclude: true}}]";
    private static final String DIAGNOSTIC_COMMANDS = "com.sun.management.internal.DiagnosticCommandImpl";
    /** Its static set-up loads the native library the diagnostic commands run through. */
    private static final String MANAGEMENT_PROVIDER = "com.sun.management.internal.PlatformMBeanProviderImpl";
    private static final AtomicBoolean ASKED = new AtomicBoolean();

    private QuickCompilation() {
    }

    /**
     * For the launcher, before the command line is parsed: asks at once when the command is an
     * import of a site or a BibTeX file, whose work starts a few hundred milliseconds later.
     */
    public static void requestFor(String... args) {
        if (isImport(args)) {
            requestInBackground();
        }
    }

    static boolean isImport(String... args) {
        return ImportRelaunch.isImport(args);
    }

    /** Starts the request on a daemon thread, once per process; the caller does not wait for it. */
    static void requestInBackground() {
        inBackground(options -> {
            if (wanted(options)) {
                request();
            }
            if (SmallHeap.wanted(options)) {
                SmallHeap.request();
            }
        });
    }

    /**
     * For the editor started with {@code java -jar}, first thing: the quick compiler only, for the
     * rest of the process, as the app image's launcher starts the editor (ADR 0003). Measured, C2
     * compiling the start's cold code (CSS, layout, class set-up) competed with the first window for
     * two cores. Only the jar's direct way is tried: the management server's ~0.4 s would cost the
     * first window more than it saves. The heap is left to the JVM.
     */
    public static void requestForEditor() {
        if (underAppImage(System.getProperty(SmallHeap.APP_IMAGE_PROPERTY)) || !Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
                || !directWayOpen()) {
            return; // nothing to ask, or no way to ask that the first window could afford: the JVM's own compilers
        }
        inBackground(options -> {
            if (wanted(options)) {
                requestDirectly();
            }
        });
    }

    /**
     * Started by the app image's launcher ({@code appImage}: its path, null otherwise): its options start the JVM C1-only, and
     * its class path has no manifest opening the direct way's class. Asking there only cost a thread that read the command
     * line and JMX's runtime bean (about 180 classes beside the toolkit's start) to find nothing to do.
     */
    static boolean underAppImage(String appImage) {
        return appImage != null && !appImage.isBlank();
    }

    private static void inBackground(java.util.function.Consumer<List<String>> work) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) || !ASKED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> work.accept(JvmRelaunch.jvmOptions()),
                "quick-compilation");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static boolean wanted() {
        return wanted(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static boolean wanted(List<String> options) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return false;
        }
        return options.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel=")
                || o.equals("-XX:-TieredCompilation") || o.startsWith("-Xint") || o.startsWith("-XX:CompilerDirectivesFile"));
    }

    /** Adds the directive; true when the JVM took it. */
    static boolean request() {
        return request(true);
    }

    /** Adds the directive the jar's way only; true when the JVM took it. */
    static boolean requestDirectly() {
        return request(false);
    }

    private static boolean request(boolean orThroughManagementServer) {
        Path file = null;
        try {
            file = Files.createTempFile("scholarfolio-compiler", ".json");
            Files.writeString(file, NO_OPTIMISING_COMPILER, StandardCharsets.UTF_8);
            return askDirectly(file) || orThroughManagementServer && askThroughManagementServer(file);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file of 40 bytes; the system's cleaning removes it.
                }
            }
        }
    }

    /**
     * Is the diagnostic command's class opened to us, so that {@link #runDirectly} can run a command? Asked first: trying
     * would initialise the management library's provider (its native library loaded) only to be refused.
     */
    static boolean directWayOpen() {
        java.util.Optional<Module> management = ModuleLayer.boot().findModule("jdk.management");
        return management.isPresent() && management.get().isOpen("com.sun.management.internal", QuickCompilation.class.getModule());
    }

    /** The diagnostic command run as the management server would run it, without starting that server. */
    static boolean askDirectly(Path file) {
        // quoted: a temporary folder may have a space in its name
        String answer = runDirectly("Compiler.directives_add \"" + file + "\"");
        return answer != null && answer.contains("1 compiler directives added");
    }

    /**
     * Runs one diagnostic command (as {@code jcmd} would) without the management server; null when
     * the class it needs is not opened to us (run outside the jar) or the JVM has no such command.
     */
    static String runDirectly(String command) {
        if (!directWayOpen()) {
            return null;
        }
        try {
            ClassLoader platform = ClassLoader.getPlatformClassLoader();
            Class.forName(MANAGEMENT_PROVIDER, true, platform);
            Class<?> commands = Class.forName(DIAGNOSTIC_COMMANDS, true, platform);
            Method instance = commands.getDeclaredMethod("getDiagnosticCommandMBean");
            instance.setAccessible(true);
            Object bean = instance.invoke(null);
            if (bean == null) {
                return null;
            }
            Method execute = commands.getDeclaredMethod("executeDiagnosticCommand", String.class);
            execute.setAccessible(true);
            return String.valueOf(execute.invoke(bean, command));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not opened to us (run outside the jar), or another JVM: the management server's way
            return null;
        }
    }

    private static boolean askThroughManagementServer(Path file) {
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(answer).contains("1 compiler directives added");
        } catch (JMException | RuntimeException e) {
            return false;
        }
    }
}
