package org.scholarfolio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholarfolio.model.UnknownFields;

/**
 * Reads the members of one JSON object by name, with lenient defaults for missing members and an
 * exact error (file, line, column, JSON path) for members of the wrong type. What is left unread
 * at the end becomes {@link UnknownFields}, so nothing the app does not know is lost.
 */
final class JsonObjectReader {
    /** Reads one element of an array of objects. */
    interface ElementReader<T> {
        T read(JsonObjectReader element) throws PortfolioLoadException;
    }

    private final Path file;
    private final LocatedJson json;
    private final ObjectNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    JsonObjectReader(Path file, LocatedJson json, ObjectNode node, String path) {
        this.file = file;
        this.json = json;
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode take(String name) {
        read.add(name);
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    PortfolioLoadException error(String name, String reason) {
        return errorAt(childPath(name), reason);
    }

    PortfolioLoadException errorAt(String at, String reason) {
        LocatedJson.Position pos = json.positionOf(at);
        return new PortfolioLoadException(file, PortfolioLoadException.Kind.INVALID_FIELD,
                pos.line(), pos.column(), at, reason, null);
    }

    String string(String name) throws PortfolioLoadException {
        JsonNode v = take(name);
        if (v == null) {
            return "";
        }
        if (!v.isTextual()) {
            throw error(name, "expected text in quotes, found " + describe(v));
        }
        return v.textValue();
    }

    boolean bool(String name, boolean fallback) throws PortfolioLoadException {
        JsonNode v = take(name);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw error(name, "expected true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    /**
     * A whole number, or null when the member holds text instead: that text is left unread, so
     * that it is kept among the unknown fields as it was typed (the validator reports it).
     */
    Integer integerOrTyped(String name) throws PortfolioLoadException {
        JsonNode v = node.get(name);
        return v != null && v.isTextual() ? null : integer(name);
    }

    Integer integer(String name) throws PortfolioLoadException {
        JsonNode v = take(name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw error(name, "expected a whole number, found " + describe(v));
        }
        return v.intValue();
    }

    int integer(String name, int fallback) throws PortfolioLoadException {
        Integer v = integer(name);
        return v == null ? fallback : v;
    }

    List<String> strings(String name) throws PortfolioLoadException {
        JsonNode v = take(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw error(name, "expected a list of texts, found " + describe(v));
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                throw errorAt(childPath(name) + "[" + i + "]", "expected text in quotes, found " + describe(e));
            }
            out.add(e.textValue());
        }
        return out;
    }

    Map<String, String> stringMap(String name) throws PortfolioLoadException {
        JsonObjectReader obj = object(name);
        Map<String, String> out = new LinkedHashMap<>();
        if (obj == null) {
            return out;
        }
        var it = obj.node.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().isTextual()) {
                throw obj.error(e.getKey(), "expected text in quotes, found " + describe(e.getValue()));
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }

    /** A nested object, or null when the member is absent. */
    JsonObjectReader object(String name) throws PortfolioLoadException {
        JsonNode v = take(name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw error(name, "expected an object { ... }, found " + describe(v));
        }
        return new JsonObjectReader(file, json, (ObjectNode) v, childPath(name));
    }

    <T> List<T> objects(String name, ElementReader<T> reader) throws PortfolioLoadException {
        JsonNode v = take(name);
        List<T> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw error(name, "expected a list [ ... ], found " + describe(v));
        }
        for (int i = 0; i < v.size(); i++) {
            String at = childPath(name) + "[" + i + "]";
            JsonNode e = v.get(i);
            if (!e.isObject()) {
                throw errorAt(at, "expected an object { ... }, found " + describe(e));
            }
            out.add(reader.read(new JsonObjectReader(file, json, (ObjectNode) e, at)));
        }
        return out;
    }

    /** Every member not read so far, in file order. */
    UnknownFields unknown() {
        Map<String, Object> rest = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!read.contains(e.getKey())) {
                rest.put(e.getKey(), JsonValues.toPlain(e.getValue()));
            }
        });
        return new UnknownFields(rest);
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            String t = v.textValue();
            return "the text \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "an object";
        }
        return v.getNodeType().name().toLowerCase();
    }
}
