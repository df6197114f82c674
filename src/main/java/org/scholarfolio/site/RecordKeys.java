package org.scholarfolio.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.scholarfolio.files.ChangeCheck;

/**
 * A content key for each record of a portfolio: the same content gives the same key in every
 * process, and any change to any field (however deep) gives another, so a page can be kept when
 * the records it shows kept their keys. Records are walked component by component, each value
 * written with its kind and length so that no two contents spell the same bytes. Model records
 * are immutable, so the key of a record seen in the last export is taken by identity instead of
 * walking it again: after one edit in the editor only the edited record is walked.
 */
final class RecordKeys {
    private IdentityHashMap<Object, Long> previous = new IdentityHashMap<>();
    private IdentityHashMap<Object, Long> current = new IdentityHashMap<>();
    // Keys made of other keys and a page's address, by the address string's identity: the kept
    // views hand out the same strings export after export (two kinds, two maps).
    private final Derived ownPages = new Derived();
    private final Derived pages = new Derived();

    /** The key of {@code record}, remembered for the next export. */
    synchronized long of(Object record) {
        Long key = current.get(record);
        if (key == null) {
            key = previous.get(record);
            if (key == null) {
                key = keyOf(record);
            }
            current.put(record, key);
        }
        return key;
    }

    /** Starts the next export: only the records the last one asked about are remembered. */
    synchronized void nextExport() {
        previous = current;
        current = new IdentityHashMap<>();
        ownPages.nextExport();
        pages.nextExport();
    }

    /** {@code combine(siteKey, recordKey, text(address))}, the key of a record's own page. */
    synchronized long ownPage(long siteKey, long recordKey, String address) {
        long[] kept = ownPages.find(address);
        if (kept == null || kept[0] != siteKey || kept[1] != recordKey) {
            kept = new long[] {siteKey, recordKey, combine(siteKey, recordKey, text(address))};
        }
        ownPages.keep(address, kept);
        return kept[2];
    }

    /** {@code combine(key, text(path))}, a file's key from what it reads and its path. */
    synchronized long page(long key, String path) {
        long[] kept = pages.find(path);
        if (kept == null || kept[0] != key) {
            kept = new long[] {key, combine(key, text(path))};
        }
        pages.keep(path, kept);
        return kept[1];
    }

    /** The text key of a string, as {@link PageKeys} keys addresses: its UTF-8 bytes alone. */
    static long text(String s) {
        return new ChangeCheck().update(s.getBytes(StandardCharsets.UTF_8)).value();
    }

    /** Keys made from a string and other keys (those first, the key last), by the string's identity. */
    private static final class Derived {
        private IdentityHashMap<String, long[]> previous = new IdentityHashMap<>();
        private IdentityHashMap<String, long[]> current = new IdentityHashMap<>();

        void nextExport() {
            previous = current;
            current = new IdentityHashMap<>();
        }

        long[] find(String s) {
            long[] kept = current.get(s);
            return kept != null ? kept : previous.get(s);
        }

        void keep(String s, long[] kept) {
            current.put(s, kept);
        }
    }

    /** The key of any value tree of records, lists, maps and plain values. */
    static long keyOf(Object value) {
        ChangeCheck check = new ChangeCheck();
        write(value, check);
        return check.value();
    }

    /** Several keys, in order, as one. */
    static long combine(long... keys) {
        ChangeCheck check = new ChangeCheck();
        byte[] bytes = new byte[8];
        for (long key : keys) {
            for (int i = 0; i < 8; i++) {
                bytes[i] = (byte) (key >>> (8 * i));
            }
            check.update(bytes);
        }
        return check.value();
    }

    private static void write(Object value, ChangeCheck out) {
        if (value == null) {
            text("n", "", out);
        } else if (value instanceof Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            text("r", r.getClass().getName() + "/" + components.length, out);
            for (RecordComponent c : components) {
                try {
                    write(c.getAccessor().invoke(r), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c + " of " + r.getClass().getName(), e);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            text("m", String.valueOf(map.size()), out);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(e.getKey(), out);
                write(e.getValue(), out);
            }
        } else if (value instanceof Collection<?> list) {
            text("l", String.valueOf(list.size()), out);
            for (Object item : list) {
                write(item, out);
            }
        } else if (value instanceof Object[] array) {
            write(List.of(array), out);
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor
                || value instanceof java.nio.file.Path || value instanceof java.net.URI) {
            text(value.getClass().getSimpleName(), value.toString(), out);
        } else {
            // A value kind this walk does not know might print the same for different contents.
            throw new IllegalArgumentException("no content key for a " + value.getClass().getName());
        }
    }

    private static void text(String kind, String s, ChangeCheck out) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.update((kind + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        out.update(bytes);
    }
}
