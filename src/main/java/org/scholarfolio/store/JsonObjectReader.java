package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.scholarfolio.model.UnknownFields;

/**
 * Reads the members of one JSON object by name, with lenient defaults for missing members and an
 * exact error (file, line, column, JSON path) for members of the wrong type. What is left unread
 * at the end becomes {@link UnknownFields}, so nothing the app does not know is lost. The object's
 * path is only spelled out for an error, and its line and column found then.
 */
final class JsonObjectReader {
    /** Reads one element of an array of objects. */
    interface ElementReader<T> {
        T read(JsonObjectReader element) throws PortfolioLoadException;
    }

    private final Path file;
    private final LocatedJson json;
    private final TextPool texts;
    /** The reading's spare objects: one per reading thread, shared by the readers of one reading. */
    private final JsonMembers.Spares spares;
    // The members and index of a list's element reader change as it moves on to the next element.
    private JsonMembers members;
    private final JsonObjectReader parent;
    private final String member;
    private int index;

    private JsonObjectReader(Path file, LocatedJson json, TextPool texts, JsonMembers.Spares spares,
            JsonMembers members, JsonObjectReader parent, String member, int index) {
        this.file = file;
        this.json = json;
        this.texts = texts;
        this.spares = spares;
        this.members = members;
        this.parent = parent;
        this.member = member;
        this.index = index;
    }

    /** The reader of the file's top-level object; its records' short texts are taken from {@code texts}. */
    static JsonObjectReader root(Path file, LocatedJson json, TextPool texts, JsonMembers members) {
        return new JsonObjectReader(file, json, texts, new JsonMembers.Spares(), members, null, "", -1);
    }

    TextPool texts() {
        return texts;
    }

    private JsonObjectReader child(JsonMembers members, String name, int index) {
        return new JsonObjectReader(file, json, texts, spares, members, this, name, index);
    }

    /**
     * The reader of element {@code index} of the list {@code name}: {@code previous} (the reader of
     * the element before it, or null for the first) moved on. Nothing keeps an element's reader once
     * its record is built (an error spells out its path when it is made), so a list of 10,000
     * publications with five authors each makes two readers per publication, not seven.
     */
    private JsonObjectReader element(JsonObjectReader previous, JsonMembers members, String name, int index) {
        if (previous == null) {
            return child(members, name, index);
        }
        previous.members = members;
        previous.index = index;
        return previous;
    }

    String path() {
        if (parent == null) {
            return "";
        }
        String at = parent.childPath(member);
        return index < 0 ? at : at + "[" + index + "]";
    }

    private String childPath(String name) {
        String path = path();
        return path.isEmpty() ? name : path + "." + name;
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
        Object v = members.take(name);
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            throw error(name, "expected text in quotes, found " + describe(v));
        }
        return s;
    }

    boolean bool(String name, boolean fallback) throws PortfolioLoadException {
        Object v = members.take(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw error(name, "expected true or false, found " + describe(v));
        }
        return b;
    }

    /**
     * A whole number, or null when the member holds text instead: that text is left unread, so
     * that it is kept among the unknown fields as it was typed (the validator reports it).
     */
    Integer integerOrTyped(String name) throws PortfolioLoadException {
        return members.peek(name) instanceof String ? null : integer(name);
    }

    Integer integer(String name) throws PortfolioLoadException {
        Object v = members.take(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Long n) || n != n.intValue()) {
            throw error(name, "expected a whole number, found " + describe(v));
        }
        return texts.number(n.intValue());
    }

    int integer(String name, int fallback) throws PortfolioLoadException {
        Integer v = integer(name);
        return v == null ? fallback : v;
    }

    List<String> strings(String name) throws PortfolioLoadException {
        Object v = members.take(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list)) {
            throw error(name, "expected a list of texts, found " + describe(v));
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s)) {
                throw errorAt(childPath(name) + "[" + i + "]", "expected text in quotes, found " + describe(list.get(i)));
            }
            out.add(s);
        }
        return out;
    }

    /** An object of texts, in file order; empty when the member is absent. */
    TextMembers stringMap(String name) throws PortfolioLoadException {
        Object v = members.take(name);
        if (v == null) {
            return TextMembers.NONE;
        }
        if (!(v instanceof JsonMembers m)) {
            throw error(name, "expected an object { ... }, found " + describe(v));
        }
        String[] pairs = new String[2 * m.size()];
        for (int i = 0; i < m.size(); i++) {
            if (!(m.value(i) instanceof String s)) {
                throw child(m, name, -1).error(m.name(i), "expected text in quotes, found " + describe(m.value(i)));
            }
            pairs[2 * i] = m.name(i);
            pairs[2 * i + 1] = s;
        }
        return new TextMembers(pairs);
    }

    /**
     * The text members of one object as a read-only map over one array of names and values, in file
     * order (names are unique: a member named twice is refused as the object is read). A record copies
     * it into a map of its own: a LinkedHashMap built per publication only to be copied was 5 % of
     * what a load allocates.
     */
    static final class TextMembers extends AbstractMap<String, String> {
        static final TextMembers NONE = new TextMembers(new String[0]);
        private final String[] pairs;

        private TextMembers(String[] pairs) {
            this.pairs = pairs;
        }

        @Override
        public int size() {
            return pairs.length / 2;
        }

        String name(int i) {
            return pairs[2 * i];
        }

        String value(int i) {
            return pairs[2 * i + 1];
        }

        @Override
        public String get(Object key) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(key)) {
                    return pairs[i + 1];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super String> action) {
            for (int i = 0; i < pairs.length; i += 2) {
                action.accept(pairs[i], pairs[i + 1]);
            }
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return pairs.length / 2;
                }

                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < pairs.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= pairs.length) {
                                throw new NoSuchElementException();
                            }
                            next += 2;
                            return new AbstractMap.SimpleImmutableEntry<>(pairs[next - 2], pairs[next - 1]);
                        }
                    };
                }
            };
        }
    }

    /** A nested object, or null when the member is absent. */
    JsonObjectReader object(String name) throws PortfolioLoadException {
        Object v = members.take(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonMembers m)) {
            throw error(name, "expected an object { ... }, found " + describe(v));
        }
        return child(m, name, -1);
    }

    <T> List<T> objects(String name, ElementReader<T> reader) throws PortfolioLoadException {
        Object v = members.take(name);
        List<T> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list)) {
            throw error(name, "expected a list [ ... ], found " + describe(v));
        }
        JsonObjectReader element = null;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof JsonMembers m)) {
                throw errorAt(childPath(name) + "[" + i + "]", "expected an object { ... }, found " + describe(list.get(i)));
            }
            element = element(element, m, name, i);
            out.add(reader.read(element));
        }
        return out;
    }

    /**
     * As {@link #objects(String, ElementReader)} for a list the parser stands on (its START_ARRAY),
     * read one element at a time: only one record is ever held as JSON.
     */
    <T> List<T> objects(String name, JsonParser p, ElementReader<T> reader) throws IOException, PortfolioLoadException {
        List<T> out = new ArrayList<>();
        objects(name, p, reader, out, -1);
        return out;
    }

    /**
     * As {@link #objects(String, JsonParser, ElementReader)} into {@code out}, but stopping after the
     * element whose closing brace is the file's byte {@code lastEnd} (where a load splits the list
     * between two threads): returns false when it stopped there, with the parser on that brace,
     * true when the list ended first. {@code lastEnd} -1 never stops.
     */
    <T> boolean objects(String name, JsonParser p, ElementReader<T> reader, List<T> out, long lastEnd)
            throws IOException, PortfolioLoadException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return true;
        }
        if (t != JsonToken.START_ARRAY) {
            throw error(name, "expected a list [ ... ], found " + describe(JsonMembers.value(p, texts)));
        }
        return moreObjects(name, p, reader, out, lastEnd);
    }

    /**
     * The elements after the one the parser stands on (a START_ARRAY, or the END_OBJECT where
     * {@link #objects(String, JsonParser, ElementReader, List, long)} stopped), numbered on from
     * {@code out}'s size; stops as that method does.
     */
    <T> boolean moreObjects(String name, JsonParser p, ElementReader<T> reader, List<T> out, long lastEnd)
            throws IOException, PortfolioLoadException {
        JsonObjectReader elementReader = null;
        for (int i = out.size(); p.nextToken() != JsonToken.END_ARRAY; i++) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw errorAt(childPath(name) + "[" + i + "]",
                        "expected an object { ... }, found " + describe(JsonMembers.value(p, texts)));
            }
            JsonMembers element = JsonMembers.read(p, texts, spares);
            elementReader = element(elementReader, element, name, i);
            out.add(reader.read(elementReader));
            spares.giveBack(element);
            if (lastEnd >= 0 && p.currentTokenLocation().getByteOffset() == lastEnd) {
                return false;
            }
        }
        return true;
    }

    /** Every member not read so far, in file order. */
    UnknownFields unknown() {
        // Most records have none: one shared empty instance, no map built to be thrown away.
        return members.allTaken() ? UnknownFields.NONE : new UnknownFields(members.untaken());
    }

    private static String describe(Object v) {
        if (v instanceof String t) {
            return "the text \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (v instanceof BigDecimal d) {
            return "the number " + d;
        }
        if (v instanceof Number n) {
            return "the number " + n;
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof JsonMembers) {
            return "an object";
        }
        return "null";
    }
}
