package org.scholarfolio.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An immutable list of a portfolio's records that one replaced entry copies only in part: the entries
 * sit in a tree of arrays of 32, and {@link #with} copies the arrays on the way to the entry (four at
 * 100,000 entries, 128 slots) and shares every other one with the list it came from. A key typed into
 * one of 100,000 publications copied the whole list twice before (the edit's copy, then
 * {@code List.copyOf}, which copies any list that is not the JDK's own immutable one). Two lists of
 * one lineage tell which entries differ ({@link #replaced}) and whether they are equal by walking only
 * the arrays they do not share.
 */
public final class RecordList<T> extends AbstractList<T> implements RandomAccess {
    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;
    private static final RecordList<Object> EMPTY = new RecordList<>(new Object[0], 0, 0);

    /** Entries (when {@link #shift} is 0) or child arrays; full except the last of each level. */
    private final Object[] root;
    /** How far an index is shifted right to find its slot in {@link #root}. */
    private final int shift;
    private final int size;

    private RecordList(Object[] root, int shift, int size) {
        this.root = root;
        this.shift = shift;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    public static <T> RecordList<T> empty() {
        return (RecordList<T>) EMPTY;
    }

    /** {@code list} itself when it is one, else its entries (none of them null) in a new one. */
    @SuppressWarnings("unchecked")
    public static <T> RecordList<T> of(List<? extends T> list) {
        if (list instanceof RecordList<?> same) {
            return (RecordList<T>) same;
        }
        Object[] entries = list.toArray();
        for (Object e : entries) {
            Objects.requireNonNull(e, "entry");
        }
        if (entries.length == 0) {
            return empty();
        }
        Object[][] level = new Object[(entries.length + MASK) >>> BITS][];
        for (int i = 0; i < level.length; i++) {
            level[i] = Arrays.copyOfRange(entries, i << BITS, Math.min(entries.length, (i + 1) << BITS));
        }
        int shift = 0;
        while (level.length > 1) {
            Object[][] up = new Object[(level.length + MASK) >>> BITS][];
            for (int i = 0; i < up.length; i++) {
                up[i] = Arrays.copyOfRange(level, i << BITS, Math.min(level.length, (i + 1) << BITS), Object[].class);
            }
            level = up;
            shift += BITS;
        }
        return new RecordList<>(level[0], shift, entries.length);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        Object[] node = root;
        for (int s = shift; s > 0; s -= BITS) {
            node = (Object[]) node[(index >>> s) & MASK];
        }
        return (T) node[index & MASK];
    }

    @Override
    public int size() {
        return size;
    }

    /** This list with {@code entry} at {@code index}; it shares all but the arrays on the way there. */
    public RecordList<T> with(int index, T entry) {
        Objects.requireNonNull(entry, "entry");
        Objects.checkIndex(index, size);
        if (get(index) == entry) {
            return this;
        }
        return new RecordList<>(replace(root, shift, index, entry), shift, size);
    }

    private static Object[] replace(Object[] node, int shift, int index, Object entry) {
        Object[] copy = node.clone();
        int slot = (index >>> shift) & MASK;
        copy[slot] = shift == 0 ? entry : replace((Object[]) node[slot], shift - BITS, index, entry);
        return copy;
    }

    /**
     * The places where {@code before} and {@code after}, of the same size, hold other objects, in
     * order; null when they differ in size or in more than {@code limit} places. Two record lists of
     * one lineage are compared by the arrays they do not share; other lists entry by entry.
     */
    public static int[] replaced(List<?> before, List<?> after, int limit) {
        if (before.size() != after.size()) {
            return null;
        }
        Places places = new Places(limit);
        if (before instanceof RecordList<?> a && after instanceof RecordList<?> b && a.shift == b.shift) {
            return places.walk(a.root, b.root, a.shift, 0) ? places.found() : null;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != after.get(i) && !places.add(i)) {
                return null;
            }
        }
        return places.found();
    }

    /** Indices found by {@link #replaced}, up to a limit. */
    private static final class Places {
        private final int limit;
        private int[] found = new int[4];
        private int count;

        Places(int limit) {
            this.limit = limit;
        }

        boolean add(int index) {
            if (count == limit) {
                return false;
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = index;
            return true;
        }

        /** False as soon as there are more than the limit. */
        boolean walk(Object[] a, Object[] b, int shift, int first) {
            for (int slot = 0; slot < a.length; slot++) {
                if (a[slot] == b[slot]) {
                    continue;
                }
                int index = first + (slot << shift);
                if (shift == 0 ? !add(index) : !walk((Object[]) a[slot], (Object[]) b[slot], shift - BITS, index)) {
                    return false;
                }
            }
            return true;
        }

        int[] found() {
            return Arrays.copyOf(found, count);
        }
    }

    /** Lists of one lineage are compared by the arrays they do not share, the others entry by entry. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof RecordList<?> other && other.size == size && other.shift == shift) {
            return equal(root, other.root, shift);
        }
        return super.equals(o);
    }

    private static boolean equal(Object[] a, Object[] b, int shift) {
        if (a == b) {
            return true;
        }
        for (int slot = 0; slot < a.length; slot++) {
            if (a[slot] != b[slot]
                    && !(shift == 0 ? a[slot].equals(b[slot]) : equal((Object[]) a[slot], (Object[]) b[slot], shift - BITS))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int[] hash = {1};
        forEach(e -> hash[0] = 31 * hash[0] + e.hashCode());
        return hash[0];
    }

    @Override
    public Object[] toArray() {
        Object[] out = new Object[size];
        int[] at = {0};
        forEach(e -> out[at[0]++] = e);
        return out;
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        each(root, shift, action);
    }

    @SuppressWarnings("unchecked")
    private static <T> void each(Object[] node, int shift, Consumer<? super T> action) {
        for (Object slot : node) {
            if (shift == 0) {
                action.accept((T) slot);
            } else {
                each((Object[]) slot, shift - BITS, action);
            }
        }
    }

    /** Leaf by leaf, not a walk from the root per entry. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;
            private Object[] leaf;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                if ((next & MASK) == 0 || leaf == null) {
                    leaf = leafOf(next);
                }
                return (T) leaf[next++ & MASK];
            }
        };
    }

    private Object[] leafOf(int index) {
        Object[] node = root;
        for (int s = shift; s > 0; s -= BITS) {
            node = (Object[]) node[(index >>> s) & MASK];
        }
        return node;
    }

    /**
     * How many of this list's arrays {@code other} does not hold: what making this list from the other
     * copied (a check of the sharing, for tests; it walks both lists whole).
     */
    public int arraysNotIn(RecordList<?> other) {
        Set<Object> theirs = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(other.root, other.shift, theirs);
        Set<Object> ours = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(root, shift, ours);
        ours.removeAll(theirs);
        return ours.size();
    }

    private static void collect(Object[] node, int shift, Set<Object> into) {
        into.add(node);
        if (shift > 0) {
            for (Object child : node) {
                collect((Object[]) child, shift - BITS, into);
            }
        }
    }
}
