package org.scholarfolio.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.scholarfolio.files.UserCache;

/**
 * Runs this jar's command again in a second JVM started with a launcher's options, for a JVM
 * started as {@code java -jar} with no options of its own: {@code java -jar} names no JVM options,
 * and a running JVM can change neither its collector, nor its compilers for good, nor map a class
 * archive. The first JVM waits with the terminal's stdin, stdout and stderr shared, and ends with
 * the second's exit code; a shutdown hook ends the second when the first is stopped (Ctrl+C in a
 * terminal reaches both anyway). The second JVM maps a class-data archive of its kind of run from
 * the user's cache, which the first such run writes at exit ({@link ClassArchive}). Never when
 * {@code -Dscholarfolio.relaunch=false}, nor in the second JVM (it has options), nor under the app
 * image's launchers or a test's JVM (options of their own, or a class path of more than the jar).
 * Used by the export ({@link ExportRelaunch}) and the editor ({@link EditorRelaunch}).
 */
public final class JvmRelaunch {
    static final String PROPERTY = "scholarfolio.relaunch";
    /** The cache folder of the second JVMs' class-data archives ({@link ClassArchive}). */
    static final String ARCHIVES = "class-archives";
    /** How long a stopped first JVM waits for the second to end. */
    private static final long STOP_WAIT_SECONDS = 15;

    /** The JDK's choice of how a process is started, read once, when this JVM starts its first. */
    static final String LAUNCH_MECHANISM = "jdk.lang.Process.launchMechanism";
    /** From this Java on, {@code VFORK} is deprecated (25: a warning on stderr) or gone (26 on: no process can be started). */
    private static final int VFORK_DEPRECATED_IN = 25;

    /** Environment variables whose JVM options the JVM takes besides its command line's. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private JvmRelaunch() {
    }

    /**
     * This JVM's options, as JMX's runtime bean gives them ({@code getInputArguments}), read without
     * it where the process's own arguments show them all: a {@code java} launcher's command line
     * holds them before {@code -jar}, and the environment's variables add theirs. The bean loads
     * about a hundred classes from the runtime's image, 20–30 ms of a cold process's main thread, in
     * the first JVM of every {@code java -jar} export and again in the second. Under another launcher
     * (the app image's, whose options come from its {@code .cfg}), with an options file
     * ({@code @file}), or where the system does not give the process's arguments (Windows), the bean
     * is asked. The program and its arguments are read as the editor's first JVM reads them
     * ({@link ThisProcess}): the process handles' set-up (their reaper's pool, six classes spun at run
     * time) came before the export's second JVM was started, about 10 ms of the first JVM's processor time.
     */
    static List<String> jvmOptions() {
        List<String> options = fromArguments(ThisProcess.command(), ThisProcess.arguments().orElse(null), System.getenv());
        return options != null ? options : ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /**
     * The JVM options of a process started as {@code command} with {@code arguments} in {@code env},
     * or null when those cannot tell them all (then the runtime bean answers). Written without
     * lambdas or streams: each lambda's class is spun at its first use, in the first JVM, which maps
     * no archive of them.
     */
    static List<String> fromArguments(String command, String[] arguments, Map<String, String> env) {
        Path name = command.isEmpty() ? null : Path.of(command).getFileName();
        String launcher = name == null ? "" : name.toString();
        if (arguments == null || !(launcher.equals("java") || launcher.equals("java.exe"))) {
            return null;
        }
        List<String> options = environmentOptions(env);
        for (String argument : arguments) {
            if (argument.equals("-jar")) {
                return options;
            }
            if (argument.startsWith("@")) {
                return null; // an options file: its options are not on the command line
            }
            options.add(argument);
        }
        return null; // no jar: a class path and a main class, which the relaunch does not take
    }

    /**
     * The second JVM's command line: this Java runtime with {@code options}, then {@code -jar} and
     * the jar with {@code args}; an empty list when this JVM runs the command itself: JVM options
     * already given, not started from one jar, no {@code java} to be found, or turned off.
     */
    static List<String> command(List<String> options, String[] args, List<String> jvmOptions, String classPath, String javaCommand,
            String property) {
        return command(options, args, jvmOptions, classPath, javaCommand, property, null);
    }

    /**
     * {@link #command(List, String[], List, String, String, String)} naming {@code mainClassOrNull} on the class path
     * ({@code -cp <jar> <main class>}) instead of {@code -jar}: that JVM's launcher does not read the jar's manifest for its
     * main class again (null: {@code -jar}).
     */
    static List<String> command(List<String> options, String[] args, List<String> jvmOptions, String classPath, String javaCommand,
            String property, String mainClassOrNull) {
        boolean plainJar = jvmOptions.isEmpty() && oneJar(classPath) && javaCommand.startsWith(classPath);
        if (!plainJar || !Boolean.parseBoolean(property)) {
            return List.of();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java) && !Files.isExecutable(Path.of(java + ".exe"))) {
            return List.of();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        if (mainClassOrNull == null) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(mainClassOrNull);
        }
        command.addAll(List.of(args));
        return command;
    }

    /** The JVM options that {@code env}'s option variables add to every JVM started in it, in the JVM's order. */
    static List<String> environmentOptions(Map<String, String> env) {
        List<String> options = new ArrayList<>();
        for (String variable : OPTION_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(List.of(value.strip().split("\\s+")));
            }
        }
        return options;
    }

    /** Is {@code classPath} one jar, as {@code java -jar} makes it? */
    public static boolean oneJar(String classPath) {
        return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
    }

    /**
     * Starts {@code command} (from {@link #command}; an empty one is not started) with the class
     * archive of {@code kind}'s runs, and waits for it: its exit code, or empty when no second JVM
     * could be started and this one should run the command.
     */
    static OptionalInt run(String kind, List<String> command) {
        return run(kind, command, Map.of());
    }

    /** {@link #run(String, List)} with {@code environment} added to this JVM's for the second. */
    static OptionalInt run(String kind, List<String> command, Map<String, String> environment) {
        return command.isEmpty() ? OptionalInt.empty() : run(kind, command, UserCache.folder(ARCHIVES), environment);
    }

    /** {@link #run(String, List)} with the archives in {@code archives} (null: none). */
    static OptionalInt run(String kind, List<String> command, Path archives) {
        return run(kind, command, archives, Map.of());
    }

    /** {@link #run(String, List, Path)} with {@code environment} added to this JVM's for the second. */
    static OptionalInt run(String kind, List<String> command, Path archives, Map<String, String> environment) {
        return run(kind, command, archives, environment, false);
    }

    /**
     * {@link #run(String, List, Map)} for a second JVM that runs long (the editor): unless this JVM must settle the
     * archive the second writes, it is replaced by a small waiter once the second has run a while ({@link WaiterInPlace}).
     */
    static OptionalInt runLong(String kind, List<String> command, Map<String, String> environment) {
        return command.isEmpty() ? OptionalInt.empty() : run(kind, command, UserCache.folder(ARCHIVES), environment, true);
    }

    private static OptionalInt run(String kind, List<String> command, Path archives, Map<String, String> environment,
            boolean waiterInPlace) {
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        // Plain code, no lambdas: each would be a class spun at its first use in this JVM, which maps no archive of them.
        ClassArchive archive = ClassArchive.in(kind, archives, Path.of(command.get(jarAt(command) + 1)),
                System.getProperty("java.vm.info", ""), System.getProperty("java.home") + " " + System.getProperty("java.vm.version"),
                ThisProcess.pid()).orElse(null);
        List<String> archiveOptions = archive == null ? List.of() : archive.options();
        boolean writesArchive = archive != null && archive.writes(archiveOptions);
        Process process;
        String mechanism = launchMechanism(System.getProperty("os.name", ""), Runtime.version(), System.getProperty(LAUNCH_MECHANISM));
        if (mechanism != null) {
            System.setProperty(LAUNCH_MECHANISM, mechanism);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(withOptions(command, archiveOptions)).inheritIO();
            if (!environment.isEmpty()) {
                builder.environment().putAll(environment);
            }
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            if (archive != null) {
                archive.settle(1);
            }
            return OptionalInt.empty(); // no second JVM to be had: this one runs the command
        }
        // Stopped itself (a signal, the session's end): the second JVM is stopped too, and an
        // archive it was writing cannot be trusted. It is given a while to end (a JVM writing an
        // archive at exit takes seconds) so that the terminal's prompt comes back after both.
        Thread stop = new Thread(new Stop(process, writesArchive ? archive : null), "stop-" + kind);
        Runtime.getRuntime().addShutdownHook(stop);
        if (waiterInPlace && !writesArchive) {
            WaiterInPlace.startAfterDelay(process);
        }
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            code = 130;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway: the second JVM has ended, and its archive is settled below
        }
        int exitCode = code;
        if (writesArchive) {
            archive.settle(exitCode);
        }
        return OptionalInt.of(exitCode);
    }

    /**
     * How the second JVM is started, or null to leave it to the JDK: on Linux, Java 17 to 24, {@code vfork} and {@code exec}
     * of the second JVM, where the JDK's own choice starts its helper program first ({@code jspawnhelper}, by
     * {@code posix_spawn}), which then starts the second JVM: one program's start less, measured 0.9 ms of wall and 0.7 ms
     * of processor time per start. Never where the person chose ({@code chosen} is not null), nor on another system (macOS
     * has no {@code VFORK}: the JDK would refuse to start any process), nor on a Java that deprecated it or took it out.
     */
    static String launchMechanism(String osName, Runtime.Version runtime, String chosen) {
        boolean linux = osName.toLowerCase(java.util.Locale.ROOT).contains("linux");
        return chosen == null && linux && runtime.feature() < VFORK_DEPRECATED_IN ? "VFORK" : null;
    }

    /** The shutdown hook of a first JVM: stops the second, and deletes the archive it was writing (null: none). */
    private record Stop(Process process, ClassArchive writing) implements Runnable {
        @Override
        public void run() {
            process.destroy();
            try {
                process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (writing != null) {
                writing.settle(143);
            }
        }
    }

    /** {@code command} with {@code options} among the JVM's, before {@code -jar} (or {@code -cp}). */
    static List<String> withOptions(List<String> command, List<String> options) {
        List<String> with = new ArrayList<>(command);
        with.addAll(jarAt(command), options);
        return with;
    }

    /**
     * Where a {@link #command} names its jar: the index of its {@code -jar}, or of its {@code -cp} when it names a main class;
     * the first of them, since the options before it have neither and the arguments after it may.
     */
    static int jarAt(List<String> command) {
        for (int i = 0; i < command.size(); i++) {
            if (command.get(i).equals("-jar") || command.get(i).equals("-cp")) {
                return i;
            }
        }
        return -1;
    }
}
