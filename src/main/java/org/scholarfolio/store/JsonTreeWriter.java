package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a JSON tree to a generator member by member, as {@code ObjectMapper.writeTree} does, but
 * without an object mapper: a save then does not set up Jackson's serialisers, which is most of a
 * short command's time spent in Jackson (an import of a few hundred entries).
 */
final class JsonTreeWriter {
    private JsonTreeWriter() {
    }

    static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    g.writeFieldName(e.getKey());
                    write(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    write(element, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL, MISSING -> g.writeNull();
            case NUMBER -> writeNumber(node, g);
            case BINARY -> g.writeBinary(node.binaryValue());
            case POJO -> throw new IllegalArgumentException("a portfolio tree holds no Java objects: " + node);
        }
    }

    private static void writeNumber(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.numberType()) {
            case INT -> g.writeNumber(node.intValue());
            case LONG -> g.writeNumber(node.longValue());
            case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
            case FLOAT -> g.writeNumber(node.floatValue());
            case DOUBLE -> g.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
        }
    }
}
