package org.scholarfolio.importer.alfolio;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids and addresses made from file names, permalinks and titles, the same way on import and export. */
final class Slugs {
    private Slugs() {
    }

    static String slug(String s, String fallback) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? fallback : n;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} ... when taken; the result is added to {@code used}. */
    static String unique(String base, Set<String> used) {
        String id = base;
        for (int i = 2; !used.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
