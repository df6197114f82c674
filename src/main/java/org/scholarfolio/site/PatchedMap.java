package org.scholarfolio.site;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map made of a base map that is never changed and a small map of the changes made
 * since: what a patched {@link PublicationsPart} holds instead of copying four maps of 10,000
 * entries after every edit. The changes of successive patches are carried into one change map
 * over the same base; once they are many, the map is copied whole again, so a lookup costs at
 * most two lookups however long the editing session.
 *
 * @param <K> compared by identity when {@code identity} (as the views are), else by equals
 */
final class PatchedMap<K, V> extends AbstractMap<K, V> {
    // Marks a key removed from the base; never handed out.
    private static final Object REMOVED = new Object();
    // The change map is copied on every patch: past this many entries a whole copy is cheaper.
    private static final int MOST_CHANGES = 512;

    private final Map<K, V> base;
    private final Map<K, Object> changes;
    private final boolean identity;
    private Set<Entry<K, V>> entries;

    private PatchedMap(Map<K, V> base, Map<K, Object> changes, boolean identity) {
        this.base = base;
        this.changes = changes;
        this.identity = identity;
    }

    /**
     * {@code map} with {@code put} put into it and {@code removed}'s keys removed (a key in both is
     * put), leaving {@code map} as it is.
     */
    static <K, V> Map<K, V> patch(Map<K, V> map, Map<K, V> put, Iterable<K> removed, boolean identity) {
        Map<K, V> base = map;
        Map<K, Object> changes = identity ? new IdentityHashMap<>() : new HashMap<>();
        if (map instanceof PatchedMap<K, V> patched && patched.identity == identity) {
            base = patched.base;
            changes.putAll(patched.changes);
        }
        for (K k : removed) {
            changes.put(k, REMOVED);
        }
        changes.putAll(put);
        if (changes.size() > Math.min(MOST_CHANGES, base.size() / 4 + 1)) {
            Map<K, V> whole = identity ? new IdentityHashMap<>(base) : new HashMap<>(base);
            changes.forEach((k, v) -> {
                if (v == REMOVED) {
                    whole.remove(k);
                } else {
                    whole.put(k, cast(v));
                }
            });
            return whole;
        }
        return new PatchedMap<>(base, changes, identity);
    }

    @SuppressWarnings("unchecked")
    private static <V> V cast(Object v) {
        return (V) v;
    }

    @Override
    public V get(Object key) {
        Object v = changes.get(key);
        if (v != null) {
            return v == REMOVED ? null : cast(v);
        }
        return changes.containsKey(key) ? null : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        Object v = changes.get(key);
        if (v != null) {
            return v != REMOVED;
        }
        return changes.containsKey(key) || base.containsKey(key);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        if (entries == null) {
            entries = new AbstractSet<>() {
                @Override
                public Iterator<Entry<K, V>> iterator() {
                    return new Iterator<>() {
                        private final Iterator<Entry<K, V>> fromBase = base.entrySet().iterator();
                        private final Iterator<Entry<K, Object>> fromChanges = changes.entrySet().iterator();
                        private Entry<K, V> next = advance();

                        private Entry<K, V> advance() {
                            while (fromBase.hasNext()) {
                                Entry<K, V> e = fromBase.next();
                                if (!changes.containsKey(e.getKey())) {
                                    return e;
                                }
                            }
                            while (fromChanges.hasNext()) {
                                Entry<K, Object> e = fromChanges.next();
                                if (e.getValue() != REMOVED) {
                                    return new SimpleImmutableEntry<>(e.getKey(), cast(e.getValue()));
                                }
                            }
                            return null;
                        }

                        @Override
                        public boolean hasNext() {
                            return next != null;
                        }

                        @Override
                        public Entry<K, V> next() {
                            if (next == null) {
                                throw new NoSuchElementException();
                            }
                            Entry<K, V> e = next;
                            next = advance();
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    int n = 0;
                    for (Iterator<Entry<K, V>> i = iterator(); i.hasNext(); i.next()) {
                        n++;
                    }
                    return n;
                }
            };
        }
        return entries;
    }
}
