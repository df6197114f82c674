package org.scholarfolio.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main class of a one-class jar that {@code JvmRelaunchTest} runs in a second JVM: writes its
 * JVM options and arguments to the file named first, one a line, then {@code GDK_GL} from its environment where it is set, and
 * exits with the code named second. With {@link #REPORT} set it writes to that file and exits with 0, whatever its arguments
 * (the app image's launcher script passes the editor's own, such as {@code open PORTFOLIO}).
 */
public final class RelaunchProbe {
    /** The environment variable naming the report file instead of the first argument. */
    static final String REPORT = "RELAUNCH_PROBE_REPORT";

    private RelaunchProbe() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            lines.append(option).append('\n');
        }
        for (String arg : args) {
            lines.append("arg ").append(arg).append('\n');
        }
        if (System.getenv("GDK_GL") != null) {
            lines.append("env GDK_GL=").append(System.getenv("GDK_GL")).append('\n');
        }
        String report = System.getenv(REPORT);
        Files.writeString(Path.of(report != null ? report : args[0]), lines);
        System.exit(report != null ? 0 : Integer.parseInt(args[1]));
    }
}
