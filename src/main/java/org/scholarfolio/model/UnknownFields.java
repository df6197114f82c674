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

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
