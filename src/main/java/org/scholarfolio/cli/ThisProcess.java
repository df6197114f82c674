package org.scholarfolio.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This process's id, program and arguments for {@code java -jar}'s first JVM, read on Linux from {@code /proc/self} as
 * {@link ProcessHandle} reads them, but without setting up the process handles: their class starts the reaper's thread
 * pool and spins four method-handle classes and two lambdas, on that JVM's way to starting the editor's, which needs
 * them only once the editor's JVM is running. Elsewhere, or when {@code /proc} cannot be read, {@link ProcessHandle} answers.
 */
final class ThisProcess {
    private static final Path PROC_SELF = Path.of("/proc/self");

    private ThisProcess() {
    }

    /** This process's id. */
    static long pid() {
        try {
            if (Files.isDirectory(PROC_SELF)) {
                return Long.parseLong(Files.readSymbolicLink(PROC_SELF).getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // not Linux's /proc: the process handle says
        }
        return ProcessHandle.current().pid();
    }

    /** The program this process runs, as {@link ProcessHandle.Info#command()} gives it, or "" when that is not known. */
    static String command() {
        try {
            if (Files.isDirectory(PROC_SELF)) {
                return Files.readSymbolicLink(PROC_SELF.resolve("exe")).toString();
            }
        } catch (IOException | RuntimeException e) {
            // not readable: the process handle says
        }
        return ProcessHandle.current().info().command().orElse("");
    }

    /** The arguments this process was started with, after the program's name, as {@link ProcessHandle.Info#arguments()} gives them. */
    static Optional<String[]> arguments() {
        if (Files.isDirectory(PROC_SELF)) {
            try (FileInputStream in = new FileInputStream(PROC_SELF.resolve("cmdline").toFile())) {
                return Optional.of(fromCommandLine(in.readAllBytes(), Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))));
            } catch (IOException | RuntimeException e) {
                // not readable: the process handle says
            }
        }
        return ProcessHandle.current().info().arguments();
    }

    /** The arguments in a {@code /proc/PID/cmdline}'s {@code bytes}: zero-terminated strings, the program's name first. */
    static String[] fromCommandLine(byte[] bytes, Charset charset) {
        List<String> strings = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                strings.add(new String(bytes, start, i - start, charset));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            strings.add(new String(bytes, start, bytes.length - start, charset));
        }
        return strings.isEmpty() ? new String[0] : strings.subList(1, strings.size()).toArray(new String[0]);
    }
}
