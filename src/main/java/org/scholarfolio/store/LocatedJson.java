package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree (or, for a file read as a stream, just its text) that can say where each value started in the text, so that an error about
 * {@code publications[3].year} can also say "line 120, column 15". Numbers are kept exact
 * (BigDecimal for fractions) so unknown fields are written back as they were read. Positions are
 * found only when asked for, by reading the text again: a file without errors never pays for a map
 * of every value's path (millions of entries for 100,000 publications).
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(JsonLimits.READ)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    // The stream reading checks for members named twice itself (JsonMembers), by comparing the few
    // names of one record, instead of the parser's check, which keeps a hash set per object: 7 % of a
    // 10,000-publication load's time.
    private static final JsonFactory STREAM_FACTORY = JsonFactory.builder()
            .streamReadConstraints(JsonLimits.READ)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Line and column, both 1-based. */
    record Position(int line, int column) {
    }

    private final JsonNode root;
    private final FileBytes text;
    private Map<String, Position> positions;

    private LocatedJson(JsonNode root, FileBytes text) {
        this.root = root;
        this.text = text;
    }

    static LocatedJson parse(byte[] json) throws IOException {
        return parse(FileBytes.of(json));
    }

    static LocatedJson parse(FileBytes json) throws IOException {
        return new LocatedJson(parse(json, null), json);
    }

    /** The length of the text in bytes. */
    int size() {
        return text.length();
    }

    /** Positions only, for a file read as a stream: {@link #root()} is null. */
    static LocatedJson positionsOnly(byte[] json) {
        return positionsOnly(FileBytes.of(json));
    }

    /** As {@link #positionsOnly(byte[])} for bytes that may be held in chunks. */
    static LocatedJson positionsOnly(FileBytes json) {
        return new LocatedJson(null, json);
    }

    /**
     * A parser over the text for a reading that checks members named twice itself, as
     * {@link PortfolioJsonReader} does with {@link JsonMembers#read}.
     */
    static JsonParser streamParser(byte[] json) throws IOException {
        return STREAM_FACTORY.createParser(json);
    }

    /** As {@link #streamParser(byte[])} over the whole text, one array or a stream of its chunks. */
    static JsonParser streamParser(FileBytes json) throws IOException {
        byte[] whole = json.whole();
        return whole != null ? STREAM_FACTORY.createParser(whole) : STREAM_FACTORY.createParser(json.from(0));
    }

    /** As {@link #streamParser(byte[])} over a stream of UTF-8 bytes (a part of a file). */
    static JsonParser streamParser(java.io.InputStream json) throws IOException {
        return STREAM_FACTORY.createParser(json);
    }

    /** The tree, noting each value's position in {@code positions} unless that is null. */
    private static JsonNode parse(FileBytes json, Map<String, Position> positions) throws IOException {
        byte[] whole = json.whole();
        try (JsonParser p = whole != null ? FACTORY.createParser(whole) : FACTORY.createParser(json.from(0))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "the file is empty");
            }
            JsonNode root = read(p, "", positions);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p,
                        "unexpected text after the end of the JSON document");
            }
            return root;
        }
    }

    private static JsonNode read(JsonParser p, String path, Map<String, Position> positions)
            throws IOException {
        if (positions != null) {
            JsonLocation at = p.currentTokenLocation();
            positions.put(path, new Position(at.getLineNr(), at.getColumnNr()));
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode obj = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    obj.set(name, read(p, positions == null ? path : path.isEmpty() ? name : path + "." + name, positions));
                }
                return obj;
            }
            case START_ARRAY -> {
                ArrayNode arr = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(read(p, positions == null ? path : path + "[" + i++ + "]", positions));
                }
                return arr;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    return NODES.numberNode(p.getDecimalValue());
                } catch (NumberFormatException e) {
                    // e.g. 1e9999999999: its exponent is beyond what can be kept exactly
                    throw new com.fasterxml.jackson.core.JsonParseException(p,
                            "the number " + p.getText() + " is too large to keep exactly", e);
                }
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p,
                    "unexpected token " + t);
        }
    }

    /** The tree of the value a parser is about to read (numbers exact, as {@link #parse} keeps them). */
    static JsonNode tree(JsonParser p) throws IOException {
        p.nextToken();
        return read(p, "", null);
    }

    JsonNode root() {
        return root;
    }

    /** Where the value at {@code path} starts, or where its nearest present parent starts. */
    synchronized Position positionOf(String path) {
        if (positions == null) {
            positions = new HashMap<>();
            try {
                parse(text, positions);
            } catch (IOException e) {
                // Text after the value in error does not parse (a file read as a stream was not
                // parsed whole before its first error): the positions up to there are all it needs.
            }
        }
        String p = path;
        while (true) {
            Position pos = positions.get(p);
            if (pos != null || p.isEmpty()) {
                return pos == null ? new Position(0, 0) : pos;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
