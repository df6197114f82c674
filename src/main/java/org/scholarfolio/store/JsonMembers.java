package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of one JSON object as read from a parser, in file order: texts, booleans, exact
 * numbers (Long, BigInteger, BigDecimal), lists, nested objects (as JsonMembers) and nulls. One
 * record is held this way while it is turned into the model, never the whole file. Members are
 * found by a scan of their names (a record has a few dozen), and each one taken is marked, so that
 * what is left is kept as the record's unknown members.
 */
final class JsonMembers {
    // Room for an author's or a link list's few members; a publication's grow twice. Most objects of
    // a portfolio are authors (five or so per publication): four arrays each, thrown away per record.
    private String[] names = new String[8];
    // The names' hashes (cached in the Strings): a look-up or the duplicate check compares ints first.
    private int[] hashes = new int[8];
    private Object[] values = new Object[8];
    private boolean[] taken = new boolean[8];
    private int size;

    /**
     * Reads the object the parser stands on (at its START_OBJECT), up to its END_OBJECT. A member
     * named twice is a syntax error: keeping either value would silently drop the other.
     */
    static JsonMembers read(JsonParser p, TextPool texts) throws IOException {
        return read(p, texts, null);
    }

    /** As {@link #read(JsonParser, TextPool)}, its objects taken from {@code spares} when it has some. */
    static JsonMembers read(JsonParser p, TextPool texts, Spares spares) throws IOException {
        JsonMembers m = spares == null ? new JsonMembers() : spares.take();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (m.indexOf(name) >= 0) {
                throw duplicate(p, name);
            }
            p.nextToken();
            m.add(name, value(p, texts, spares));
        }
        return m;
    }

    /**
     * Objects of a record already turned into its model, kept to read the next record's into:
     * a load of 10,000 publications otherwise makes some 80,000 of them (four arrays each), a quarter
     * of what it allocates. Nothing of a record keeps them: {@link #untaken()} copies what it keeps.
     * One per reading thread.
     */
    static final class Spares {
        private JsonMembers[] free = new JsonMembers[16];
        private int count;

        JsonMembers take() {
            if (count == 0) {
                return new JsonMembers();
            }
            JsonMembers m = free[--count];
            free[count] = null;
            return m;
        }

        /** Gives back {@code m} and every object nested in it, once the record read from them is built. */
        void giveBack(JsonMembers m) {
            for (int i = 0; i < m.size; i++) {
                giveBackNested(m.values[i]);
            }
            m.clear();
            if (count == free.length) {
                free = Arrays.copyOf(free, count * 2);
            }
            free[count++] = m;
        }

        private void giveBackNested(Object value) {
            if (value instanceof JsonMembers m) {
                giveBack(m);
            } else if (value instanceof List<?> list) {
                for (Object element : list) {
                    giveBackNested(element);
                }
            }
        }
    }

    private void clear() {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        Arrays.fill(taken, 0, size, false);
        size = 0;
    }

    /** The error for a member named twice in one object, worded as the parser's own check words it. */
    static JsonParseException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    /** The value the parser stands on, read whole, its short texts taken from {@code texts}. */
    static Object value(JsonParser p, TextPool texts) throws IOException {
        return value(p, texts, null);
    }

    private static Object value(JsonParser p, TextPool texts, Spares spares) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                return read(p, texts, spares);
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, texts, spares));
                }
                return list;
            }
            case VALUE_STRING -> {
                return texts.text(p);
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT, LONG -> p.getLongValue();
                    default -> p.getBigIntegerValue();
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    return p.getDecimalValue();
                } catch (NumberFormatException e) {
                    // e.g. 1e9999999999: its exponent is beyond what can be kept exactly
                    throw new JsonParseException(p, "the number " + p.getText() + " is too large to keep exactly", e);
                }
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new JsonParseException(p, "unexpected token " + t);
        }
    }

    void add(String name, Object value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            values = Arrays.copyOf(values, size * 2);
            taken = Arrays.copyOf(taken, size * 2);
        }
        names[size] = name;
        hashes[size] = name.hashCode();
        values[size] = value;
        size++;
    }

    private int indexOf(String name) {
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The member's value without marking it read; null when absent or JSON null. */
    Object peek(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    /** The member's value, marking it read; null when absent or JSON null. */
    Object take(String name) {
        int i = indexOf(name);
        if (i < 0) {
            return null;
        }
        taken[i] = true;
        return values[i];
    }

    int size() {
        return size;
    }

    String name(int i) {
        return names[i];
    }

    Object value(int i) {
        return values[i];
    }

    /** Whether every member was taken. */
    boolean allTaken() {
        for (int i = 0; i < size; i++) {
            if (!taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Every member not taken, in file order, as plain Java values. */
    Map<String, Object> untaken() {
        Map<String, Object> rest = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            if (!taken[i]) {
                rest.put(names[i], plain(values[i]));
            }
        }
        return rest;
    }

    /** A value with nested objects as LinkedHashMaps, as {@link org.scholarfolio.model.UnknownFields} keeps them. */
    static Object plain(Object value) {
        if (value instanceof JsonMembers m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < m.size; i++) {
                map.put(m.names[i], plain(m.values[i]));
            }
            return map;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object v : list) {
                out.add(plain(v));
            }
            return out;
        }
        return value;
    }
}
