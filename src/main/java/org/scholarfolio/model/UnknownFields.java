package org.scholarfolio.model;

import java.util.Map;

/**
 * JSON members the app does not know, kept verbatim so that a load/save round trip never loses a
 * user's data. Values are plain Java trees (String, Boolean, Number, List, Map, null) in file order.
 */
public record UnknownFields(Map<String, Object> values) {
    public static final UnknownFields NONE = new UnknownFields(Map.of());

    public UnknownFields {
        // In file order and, unlike Map.copyOf, with JSON null values.
        values = OrderedMap.copyOf(values);
    }

    // Written out rather than generated: an export hashes and compares authors by the thousand (AuthorNames keeps its
    // answers by author), and the generated ones, reached through Author's, linked method handles on the page threads'
    // first views: about twenty classes spun, run and compiled in every export (BENCHMARKS.md, session 33).
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof UnknownFields u && values.equals(u.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
