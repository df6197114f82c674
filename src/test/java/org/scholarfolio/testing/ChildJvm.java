package org.scholarfolio.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts another Java process on the test class path: a second writer, or one to kill mid-save. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Starts {@code mainClass} with {@code args}; stdout and stderr go to the given files. */
    public static Process start(Class<?> mainClass, Path stdout, Path stderr, String... args) throws IOException {
        return start(mainClass.getName(), List.of(), stdout, stderr, args);
    }

    public static Process start(String mainClass, List<String> jvmOptions, Path stdout, Path stderr, String... args)
            throws IOException {
        return start(mainClass, jvmOptions, Map.of(), stdout, stderr, args);
    }

    /** As above, with {@code environment} added to (or replacing in) this process's environment. */
    public static Process start(String mainClass, List<String> jvmOptions, Map<String, String> environment, Path stdout,
                                Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(environment);
        pb.redirectOutput(stdout.toFile());
        pb.redirectError(stderr.toFile());
        return pb.start();
    }

    public static String classPath() {
        return System.getProperty("java.class.path").replace(File.pathSeparator, "\n");
    }
}
