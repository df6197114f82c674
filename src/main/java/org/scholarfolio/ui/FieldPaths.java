package org.scholarfolio.ui;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the record indexes out of a field path such as {@code publications[3].authors[1].url}. */
public final class FieldPaths {
    private FieldPaths() {
    }

    /** The index {@code list[i]} names at the start of the path, e.g. 3 for {@code publications}. */
    public static OptionalInt index(String path, String list) {
        if (path == null) {
            return OptionalInt.empty();
        }
        Matcher m = Pattern.compile("^" + Pattern.quote(list) + "\\[(\\d+)]").matcher(path);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The index of a list nested in a record, e.g. 1 for {@code authors} in {@code publications[3].authors[1].url}. */
    public static OptionalInt nestedIndex(String path, String list) {
        if (path == null) {
            return OptionalInt.empty();
        }
        Matcher m = Pattern.compile("\\." + Pattern.quote(list) + "\\[(\\d+)]").matcher(path);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
