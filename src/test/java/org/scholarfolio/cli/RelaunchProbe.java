package org.scholarfolio.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main class of a one-class jar that {@code JvmRelaunchTest} runs in a second JVM: writes its
 * JVM options and arguments to the file named first, one a line, then {@code GDK_GL} from its environment where it is set, and
 * exits with the code named second.
 */
public final class RelaunchProbe {
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
        Files.writeString(Path.of(args[0]), lines);
        System.exit(Integer.parseInt(args[1]));
    }
}
