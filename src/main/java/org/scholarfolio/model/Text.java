package org.scholarfolio.model;

import java.util.List;

/** Null-handling helpers shared by the record constructors. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
