package org.scholarfolio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A child JVM's {@code -Xlog:class+load} file, read for what it loaded between two marker classes' loads. */
public final class ClassLoadLog {
    private ClassLoadLog() {
    }

    /** The lines of {@code log} after {@code begin}'s load and before {@code end}'s; both must be there, in that order. */
    public static List<String> between(Path log, Class<?> begin, Class<?> end) throws IOException {
        List<String> loads = Files.readAllLines(log, StandardCharsets.UTF_8);
        int from = indexOf(loads, begin.getName());
        int to = indexOf(loads, end.getName());
        assertThat(from).isPositive().isLessThan(to);
        return loads.subList(from + 1, to);
    }

    private static int indexOf(List<String> loads, String className) {
        for (int i = 0; i < loads.size(); i++) {
            if (loads.get(i).contains("] " + className + " ")) {
                return i;
            }
        }
        return -1;
    }
}
