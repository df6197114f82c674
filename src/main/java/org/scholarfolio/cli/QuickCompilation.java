package org.scholarfolio.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps a one-off command-line export on HotSpot's quick compiler (C1). A full export at 1,000
 * publications runs for a few seconds, too short for the optimising compiler (C2) to pay back
 * what it costs: measured, C2 compiling was over half the process's processor time, competing
 * with the two export threads for two cores. The app image's launcher starts the JVM C1-only;
 * {@code java -jar} cannot name JVM options, so the export asks the running JVM, through its
 * diagnostic commands, to leave C2 out for every method from here on (ADR
 * {@code docs/decisions/command-line-export-on-the-quick-compiler.md}).
 *
 * <p>Best effort: a JVM without the command, or already C1-only, is left as it is. The platform
 * management server this needs costs a cold process ~0.4 s of processor time, so only an export
 * that has pages to render asks, and on its own thread, while the portfolio loads.
 */
final class QuickCompilation {
    /** Set to {@code false} to keep the JVM's own compiler choice (to measure the difference). */
    static final String PROPERTY = "scholarfolio.quickCompilation";
    private static final String NO_OPTIMISING_COMPILER = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickCompilation() {
    }

    /** Starts the request on a daemon thread; the caller does not wait for it. */
    static void requestInBackground() {
        if (!wanted()) {
            return;
        }
        Thread thread = new Thread(QuickCompilation::request, "quick-compilation");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static boolean wanted() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return false;
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return options.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel=")
                || o.equals("-XX:-TieredCompilation") || o.startsWith("-Xint") || o.startsWith("-XX:CompilerDirectivesFile"));
    }

    /** Adds the directive; true when the JVM took it. */
    static boolean request() {
        Path file = null;
        try {
            file = Files.createTempFile("scholarfolio-compiler", ".json");
            Files.writeString(file, NO_OPTIMISING_COMPILER, StandardCharsets.UTF_8);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(answer).contains("1 compiler directives added");
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
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
}
