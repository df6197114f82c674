package org.scholarfolio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies the two JSON Patch operations (RFC 6902) that {@link PortfolioDiff} writes, "add" and
 * "remove", and its long-text edit, "splice", in place. A path that does not lead anywhere is an error, never a silent no-op.
 */
final class JsonPatch {
    private JsonPatch() {
    }

    static void apply(ObjectNode root, JsonNode ops) {
        if (!ops.isArray()) {
            throw new IllegalArgumentException("the operations are not a list");
        }
        for (JsonNode op : ops) {
            if (PortfolioDiff.SPLICE.equals(op.path("op").asText())) {
                splice(root, op);
            } else {
                apply(root, op.path("op").asText(), op.path("path").asText(null), op.get("value"));
            }
        }
    }

    private static void apply(ObjectNode root, String op, String path, JsonNode value) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("operation without a path: " + op);
        }
        int slash = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, slash));
        String token = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            switch (op) {
                case "add" -> object.set(token, required(value, path));
                case "remove" -> {
                    if (object.remove(token) == null) {
                        throw new IllegalArgumentException("nothing to remove at " + path);
                    }
                }
                default -> throw new IllegalArgumentException("unknown operation \"" + op + "\" at " + path);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = index(token, path);
            switch (op) {
                case "add" -> {
                    if (index > array.size()) {
                        throw new IllegalArgumentException("no place " + index + " in " + path);
                    }
                    array.insert(index, required(value, path));
                }
                case "remove" -> {
                    if (index >= array.size()) {
                        throw new IllegalArgumentException("nothing to remove at " + path);
                    }
                    array.remove(index);
                }
                default -> throw new IllegalArgumentException("unknown operation \"" + op + "\" at " + path);
            }
        } else {
            throw new IllegalArgumentException("no object or list holds " + path);
        }
    }

    /** A long text's edit, applied only to the text it was made on (its length and resulting hash agree). */
    private static void splice(ObjectNode root, JsonNode op) {
        String path = op.path("path").asText(null);
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("operation without a path: splice");
        }
        int slash = path.lastIndexOf('/');
        JsonNode parent = root.at(path.substring(0, slash));
        String token = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode text = parent.get(token);
        if (!(parent instanceof ObjectNode object) || text == null || !text.isTextual()) {
            throw new IllegalArgumentException("no text to splice at " + path);
        }
        for (String member : new String[] {"offset", "remove", "length", "hash"}) {
            if (!op.path(member).isInt()) {
                throw new IllegalArgumentException("splice without " + member + " at " + path);
            }
        }
        if (!op.path("text").isTextual()) {
            throw new IllegalArgumentException("splice without text at " + path);
        }
        TextSplice splice = new TextSplice(op.get("offset").intValue(), op.get("remove").intValue(),
                op.get("text").textValue(), op.get("length").intValue(), op.get("hash").intValue());
        object.put(token, splice.applyTo(text.textValue()));
    }

    private static JsonNode required(JsonNode value, String path) {
        if (value == null) {
            throw new IllegalArgumentException("\"add\" without a value at " + path);
        }
        return value;
    }

    private static int index(String token, String path) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a place in a list: " + path);
        }
    }
}
