package org.scholarfolio.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/**
 * Two sets of unsaved changes to one saved portfolio put together: those a crash kept ({@code under})
 * and those made later, while the question about them was open or before a second crash ({@code over}).
 * Field by field, record by record (matched by citation key, news id, page slug): what only one side
 * changed is taken from it; where both changed the same field, or reordered a list whose keys are not
 * unique, the later change wins. The earlier state stays one Undo away, so nothing typed is lost.
 */
final class RecoveryFold {
    private RecoveryFold() {
    }

    /** {@code under} with the changes {@code over} made to {@code base} on top. */
    static Portfolio onTop(Portfolio base, Portfolio under, Portfolio over) {
        if (over.equals(base)) {
            return under;
        }
        if (under.equals(base) || under.equals(over)) {
            return over;
        }
        return new Portfolio(over.schemaVersion(),
                record(base.profile(), under.profile(), over.profile()),
                record(base.site(), under.site(), over.site()),
                list(base.news(), under.news(), over.news(), NewsItem::id),
                list(base.publications(), under.publications(), over.publications(), Publication::citationKey),
                list(base.pages(), under.pages(), over.pages(), Page::slug),
                over.unknownFields().equals(base.unknownFields()) ? under.unknownFields() : over.unknownFields());
    }

    /**
     * Records in {@code over}'s order, each merged with {@code under}'s version; those {@code under}
     * added come after them, those it removed (and {@code over} left alone) are left out.
     */
    private static <T extends Record> List<T> list(List<T> base, List<T> under, List<T> over, Function<T, String> key) {
        if (over.equals(base)) {
            return under;
        }
        if (under.equals(base) || under.equals(over)) {
            return over;
        }
        Map<String, T> before = byKey(base, key);
        Map<String, T> earlier = byKey(under, key);
        Map<String, T> later = byKey(over, key);
        if (before == null || earlier == null || later == null) {
            // Records cannot be told apart: the later list as it is.
            return over;
        }
        List<T> merged = new ArrayList<>(over.size() + under.size());
        for (T record : over) {
            String k = key.apply(record);
            T saved = before.get(k);
            T theirs = earlier.get(k);
            if (saved == null) {
                // Added later (or on both sides under one key: the later one).
                merged.add(record);
            } else if (theirs == null) {
                if (!record.equals(saved)) {
                    // Removed earlier, changed later: the later change keeps it.
                    merged.add(record);
                }
            } else {
                merged.add(record(saved, theirs, record));
            }
        }
        for (T record : under) {
            String k = key.apply(record);
            if (!before.containsKey(k) && !later.containsKey(k)) {
                merged.add(record);
            }
        }
        return merged;
    }

    /** Null when two records share a key (or have none): the list cannot be merged by keys. */
    private static <T> Map<String, T> byKey(List<T> records, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T record : records) {
            String k = key.apply(record);
            if (k == null || k.isBlank() || map.putIfAbsent(k, record) != null) {
                return null;
            }
        }
        return map;
    }

    /** Each field from the side that changed it, the later one where both did. */
    private static <R extends Record> R record(R base, R under, R over) {
        if (over.equals(base)) {
            return under;
        }
        if (under.equals(base) || under.equals(over)) {
            return over;
        }
        RecordComponent[] components = base.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Object saved = value(components[i], base);
            Object later = value(components[i], over);
            values[i] = Objects.equals(saved, later) ? value(components[i], under) : later;
            types[i] = components[i].getType();
        }
        try {
            @SuppressWarnings("unchecked")
            R merged = (R) base.getClass().getDeclaredConstructor(types).newInstance(values);
            return merged;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + base.getClass().getSimpleName(), e);
        }
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c.getName(), e);
        }
    }
}
