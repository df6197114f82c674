package org.scholarfolio.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map from an enum's constants (at most 64) to the few of them that have a value,
 * iterated in the constants' order as an {@link java.util.EnumMap} is. It holds a bit per constant
 * and an array of the values present: a publication's texts fill 5 to 10 of its 36 fields, and an
 * unmodifiable EnumMap of them was three objects with a slot for every field. A loaded portfolio
 * holds one for each publication's texts and links, for as long as it is open. Values are never null.
 */
final class SparseEnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> {
    /** The enum's constants by ordinal, shared by every map over that enum. */
    private final K[] constants;
    private final long present;
    /** The values of the constants present, in ordinal order. */
    private final Object[] values;

    private SparseEnumMap(K[] constants, long present, Object[] values) {
        this.constants = constants;
        this.present = present;
        this.values = values;
    }

    /**
     * The entries of {@code byOrdinal} (indexed by the constants' ordinals) that are not null, as a
     * map; {@code byOrdinal} is not kept.
     */
    static <K extends Enum<K>, V> SparseEnumMap<K, V> of(K[] constants, Object[] byOrdinal) {
        if (constants.length > Long.SIZE || byOrdinal.length > constants.length) {
            throw new IllegalArgumentException("at most 64 constants, one value for each");
        }
        long present = 0;
        int count = 0;
        for (int i = 0; i < byOrdinal.length; i++) {
            if (byOrdinal[i] != null) {
                present |= 1L << i;
                count++;
            }
        }
        Object[] values = new Object[count];
        int next = 0;
        for (int i = 0; i < byOrdinal.length && next < count; i++) {
            if (byOrdinal[i] != null) {
                values[next++] = byOrdinal[i];
            }
        }
        return new SparseEnumMap<>(constants, present, values);
    }

    /** Where the value of {@code key} is in {@link #values}, or -1 when the map has none. */
    private int indexOf(Object key) {
        if (key instanceof Enum<?> e) {
            int ordinal = e.ordinal();
            if (ordinal < constants.length && constants[ordinal] == e && (present & 1L << ordinal) != 0) {
                return Long.bitCount(present & ((1L << ordinal) - 1));
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V fallback) {
        int i = indexOf(key);
        return i < 0 ? fallback : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        long bits = present;
        for (Object value : values) {
            int ordinal = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            action.accept(constants[ordinal], (V) value);
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private long bits = present;
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (next == values.length) {
                            throw new NoSuchElementException();
                        }
                        int ordinal = Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        return new AbstractMap.SimpleImmutableEntry<>(constants[ordinal], (V) values[next++]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
