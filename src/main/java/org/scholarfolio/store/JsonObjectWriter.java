package org.scholarfolio.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scholarfolio.model.UnknownFields;

/**
 * Writes the members of one JSON object straight to a generator, followed by the record's unknown
 * members, of which one that repeats a known member's name is left out (the known member wins).
 * Names written are remembered only for a record that has unknown members: most have none, and a
 * save of 10,000 publications opens some 80,000 objects.
 */
final class JsonObjectWriter {
    private final JsonSink g;
    private final UnknownFields extra;
    private final List<String> names;

    private JsonObjectWriter(JsonSink g, UnknownFields extra) {
        this.g = g;
        this.extra = extra;
        this.names = extra.isEmpty() ? null : new ArrayList<>(32);
    }

    /** Opens an object whose unknown members are {@code extra}; {@link #end()} writes them and closes it. */
    static JsonObjectWriter start(JsonSink g, UnknownFields extra) throws IOException {
        g.writeStartObject();
        return new JsonObjectWriter(g, extra);
    }

    JsonSink generator() {
        return g;
    }

    /** Writes the member's name; its value follows on the generator. */
    JsonSink name(String name) throws IOException {
        if (names != null) {
            names.add(name);
        }
        g.writeFieldName(name);
        return g;
    }

    void put(String name, String value) throws IOException {
        name(name).writeString(value);
    }

    void put(String name, int value) throws IOException {
        name(name).writeNumber(value);
    }

    void put(String name, long value) throws IOException {
        name(name).writeNumber(value);
    }

    void put(String name, boolean value) throws IOException {
        name(name).writeBoolean(value);
    }

    /** A text, left out when empty. */
    void text(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            put(name, value);
        }
    }

    /** A flag, written only when set. */
    void flag(String name, boolean value) throws IOException {
        if (value) {
            put(name, true);
        }
    }

    /** A list of texts, left out when empty. */
    void texts(String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            name(name).writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    /** Unknown members go last, in their order; then the object is closed. */
    void end() throws IOException {
        if (names != null) {
            for (Map.Entry<String, Object> e : extra.values().entrySet()) {
                if (!names.contains(e.getKey())) {
                    g.writeFieldName(e.getKey());
                    writePlain(e.getValue(), g);
                }
            }
        }
        g.writeEndObject();
    }

    /** A plain Java tree as {@link UnknownFields} keeps it (String, Boolean, Number, List, Map, null). */
    static void writePlain(Object value, JsonSink g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writePlain(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object v : l) {
                writePlain(v, g);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigInteger bi) {
            g.writeNumber(bi);
        } else if (value instanceof BigDecimal bd) {
            g.writeNumber(bd);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(new BigDecimal(value.toString()));
        } else if (value instanceof Number n) {
            g.writeNumber(n.longValue());
        } else {
            g.writeString(value.toString());
        }
    }
}
