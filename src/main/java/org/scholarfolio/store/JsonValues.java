package org.scholarfolio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between Jackson trees and the plain Java trees the model keeps for unknown fields. */
final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonValues() {
    }

    static Object toPlain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> m.put(e.getKey(), toPlain(e.getValue())));
            return m;
        }
        if (node.isArray()) {
            List<Object> l = new ArrayList<>();
            node.forEach(n -> l.add(toPlain(n)));
            return l;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.isBigInteger() ? node.bigIntegerValue() : (Object) node.longValue();
        }
        return node.decimalValue();
    }

    static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode obj = NODES.objectNode();
            m.forEach((k, v) -> obj.set(String.valueOf(k), toNode(v)));
            return obj;
        }
        if (value instanceof List<?> l) {
            ArrayNode arr = NODES.arrayNode();
            l.forEach(v -> arr.add(toNode(v)));
            return arr;
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof BigInteger bi) {
            return NODES.numberNode(bi);
        }
        if (value instanceof BigDecimal bd) {
            return NODES.numberNode(bd);
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(new BigDecimal(value.toString()));
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        return NODES.textNode(value.toString());
    }
}
