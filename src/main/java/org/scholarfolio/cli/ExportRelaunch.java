package org.scholarfolio.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.scholarfolio.files.UserCache;

/**
 * A full export started by {@code java -jar} runs in a second JVM started with the command-line
 * launcher's options ({@code packaging/jpackage-cli.cfg}): the quick compiler only, the serial
 * collector and a small first heap. {@code java -jar} names no JVM options, and a running JVM can
 * change neither its collector nor how G1 grows its heap ({@link SmallHeap}); measured, the second
 * start costs far less than those save (ADR {@code command-line-launcher-with-its-own-options.md}).
 * Asked only after the export was found to have pages to write ({@link UnchangedExport}), only for
 * a JVM started as {@code java -jar} with no options of its own (so never again in the second one,
 * nor under the app image's launchers), and never when {@code -Dscholarfolio.relaunch=false}.
 * The second JVM maps a class-data archive of the export's classes from the user's cache folder,
 * which the first such export writes ({@link ExportClassArchive}).
 */
public final class ExportRelaunch {
    static final String PROPERTY = "scholarfolio.relaunch";
    /** The cache folder of the second JVM's class-data archive ({@link ExportClassArchive}). */
    static final String ARCHIVES = "class-archives";
    /** The command-line launcher's options, as {@code packaging/jpackage-cli.cfg} lists them. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:InitialHeapSize=32m",
            "-Dfile.encoding=UTF-8");

    private ExportRelaunch() {
    }

    /** The export's exit code when it ran in a second JVM, empty when this JVM should run it. */
    public static OptionalInt run(String[] args) {
        List<String> command = command(args, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path", ""), System.getProperty("sun.java.command", ""),
                System.getProperty(PROPERTY, "true"));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<ExportClassArchive> archive = ExportClassArchive.in(UserCache.folder(ARCHIVES),
                Path.of(command.get(command.indexOf("-jar") + 1)), System.getProperty("java.vm.info", ""),
                System.getProperty("java.home") + " " + System.getProperty("java.vm.version"), ProcessHandle.current().pid());
        List<String> archiveOptions = archive.map(ExportClassArchive::options).orElse(List.of());
        Process process;
        try {
            process = new ProcessBuilder(withOptions(command, archiveOptions)).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            archive.ifPresent(a -> a.settle(1));
            return OptionalInt.empty(); // no second JVM to be had: this one exports
        }
        Thread stop = new Thread(process::destroy, "stop-export");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            code = 130;
        }
        int exitCode = code;
        archive.filter(a -> a.writes(archiveOptions)).ifPresent(a -> a.settle(exitCode));
        return OptionalInt.of(exitCode);
    }

    /** {@code command} with {@code options} among the JVM's, before {@code -jar}. */
    static List<String> withOptions(List<String> command, List<String> options) {
        List<String> with = new ArrayList<>(command);
        with.addAll(command.indexOf("-jar"), options);
        return with;
    }

    /**
     * The second JVM's command line, or an empty list when this JVM exports: not an export, JVM
     * options already given, not started from one jar, or turned off.
     */
    static List<String> command(String[] args, List<String> jvmOptions, String classPath, String javaCommand, String property) {
        boolean export = args.length > 0 && args[0].equals("export");
        boolean plainJar = jvmOptions.isEmpty() && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                && javaCommand.startsWith(classPath);
        if (!export || !plainJar || !Boolean.parseBoolean(property)) {
            return List.of();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java) && !Files.isExecutable(Path.of(java + ".exe"))) {
            return List.of();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(OPTIONS);
        command.add("-jar");
        command.add(classPath);
        command.addAll(List.of(args));
        return command;
    }
}
