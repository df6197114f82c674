package org.scholarfolio.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map that keeps its entries in the order they were given, for a record's few
 * named extras (a publication's other BibTeX fields, members the app does not know). Its keys and
 * values sit side by side in one array, found by a scan: two objects, where an unmodifiable
 * LinkedHashMap is three plus one per entry, and a loaded portfolio holds one for nearly every
 * publication. Values may be null (JSON's null among the unknown members); keys may not. Larger
 * maps, where a scan would be slow, are kept as an unmodifiable LinkedHashMap.
 */
final class OrderedMap<K, V> extends AbstractMap<K, V> {
    private static final int MAX_SCANNED = 16;
    private static final OrderedMap<?, ?> EMPTY = new OrderedMap<>(new Object[0]);

    /** Key, value, key, value, … in the order given. */
    private final Object[] keysAndValues;

    private OrderedMap(Object[] keysAndValues) {
        this.keysAndValues = keysAndValues;
    }

    /** An unmodifiable copy of {@code map} in its iteration order; null is an empty map. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map == null || map.isEmpty()) {
            return (Map<K, V>) EMPTY;
        }
        if (map instanceof OrderedMap<?, ?> ordered) {
            return (Map<K, V>) ordered;
        }
        if (map.size() > MAX_SCANNED) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        Object[] keysAndValues = new Object[2 * map.size()];
        int[] next = {0};
        map.forEach((key, value) -> {
            if (next[0] == keysAndValues.length) {
                throw new IllegalStateException("the map changed while it was copied");
            }
            keysAndValues[next[0]++] = Objects.requireNonNull(key, "a key");
            keysAndValues[next[0]++] = value;
        });
        if (next[0] != keysAndValues.length) {
            throw new IllegalStateException("the map changed while it was copied");
        }
        return new OrderedMap<>(keysAndValues);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) keysAndValues[i + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V fallback) {
        int i = indexOf(key);
        return i < 0 ? fallback : (V) keysAndValues[i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keysAndValues.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return keysAndValues.length == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            action.accept((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
    }

    /**
     * {@link Map#hashCode}'s sum over the entries, from the array: {@code AbstractMap}'s made an entry set, an
     * iterator and an entry per member at every call, and an export hashes every author's unknown members
     * ({@code AuthorNames} keeps its answers by author), nearly all of them this class's empty map.
     */
    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            hash += keysAndValues[i].hashCode() ^ Objects.hashCode(keysAndValues[i + 1]);
        }
        return hash;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keysAndValues.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (next == keysAndValues.length) {
                            throw new NoSuchElementException();
                        }
                        // SimpleImmutableEntry, unlike Map.entry, takes a null value
                        var entry = new AbstractMap.SimpleImmutableEntry<>((K) keysAndValues[next], (V) keysAndValues[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return keysAndValues.length / 2;
            }
        };
    }
}
