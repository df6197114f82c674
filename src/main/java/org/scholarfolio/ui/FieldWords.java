package org.scholarfolio.ui;

import java.util.Locale;

/** A model field's name as a person reads it: {@code addressLines} → "address lines". */
public final class FieldWords {
    private FieldWords() {
    }

    public static String of(String component) {
        if (component.equals("unknownFields")) {
            return "other fields";
        }
        return component.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
