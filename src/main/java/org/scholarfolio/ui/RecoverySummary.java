package org.scholarfolio.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.UnknownFields;

/**
 * Says in a few lines how a recovered portfolio differs from the saved one, down to the field:
 * "Profile › bio changed", "Publication smith2020 › title, year changed", "2 news items added
 * (…)". Records are matched by their key (citation key, news id, page slug).
 */
final class RecoverySummary {
    /** Changed records named one per line; more are counted on one line. */
    private static final int NAMED_RECORDS = 5;
    private static final int NAMED_KEYS = 3;

    private RecoverySummary() {
    }

    static List<String> between(Portfolio saved, Portfolio recovered) {
        List<String> lines = new ArrayList<>();
        fields("Profile", saved.profile(), recovered.profile()).ifPresent(lines::add);
        list(lines, new Kind<>("publication", "publications", "Publication", Publication::citationKey,
                Publication::citationKey), saved.publications(), recovered.publications());
        // a news item's id is the file's; a person knows it by its title or first words, and its date
        list(lines, new Kind<>("news item", "news items", "News item", NewsItem::id, NewsItemName::withDate),
                saved.news(), recovered.news());
        list(lines, new Kind<>("page", "pages", "Page", Page::slug, Page::slug), saved.pages(), recovered.pages());
        fields("Site", saved.site(), recovered.site()).ifPresent(lines::add);
        if (!saved.unknownFields().equals(recovered.unknownFields())) {
            lines.add("Other fields of the file changed");
        }
        if (lines.isEmpty()) {
            lines.add("Nothing differs from the saved file");
        }
        return lines;
    }

    /**
     * How a list's records are matched ({@code key}) and named: "publication" / "publications",
     * "Publication smith2020", "News item “Elected a Fellow…” of 2026-12-06".
     */
    private record Kind<T extends Record>(String one, String many, String title, Function<T, String> key,
                                          Function<T, String> name) {
        String count(int n) {
            return org.scholarfolio.model.Text.number(n) + " " + (n == 1 ? one : many);
        }
    }

    private static <T extends Record> void list(List<String> lines, Kind<T> kind, List<T> saved, List<T> recovered) {
        if (saved.equals(recovered)) {
            return;
        }
        Map<String, T> before = byKey(saved, kind.key());
        Map<String, T> after = byKey(recovered, kind.key());
        List<String> added = after.keySet().stream().filter(k -> !before.containsKey(k))
                .map(k -> named(kind, k, after.get(k))).toList();
        List<String> removed = before.keySet().stream().filter(k -> !after.containsKey(k))
                .map(k -> named(kind, k, before.get(k))).toList();
        List<String> changed = new ArrayList<>();
        after.forEach((key, record) -> {
            T old = before.get(key);
            if (old != null && !old.equals(record)) {
                // named as it was saved: a changed title is the change, not the name
                String what = kind.title() + " " + named(kind, key, old);
                changed.add(fields(what, old, record).orElse(what + " changed"));
            }
        });
        if (!added.isEmpty()) {
            lines.add(kind.count(added.size()) + " added (" + named(added) + ")");
        }
        if (!removed.isEmpty()) {
            lines.add(kind.count(removed.size()) + " removed (" + named(removed) + ")");
        }
        lines.addAll(changed.subList(0, Math.min(NAMED_RECORDS, changed.size())));
        if (changed.size() > NAMED_RECORDS) {
            lines.add(org.scholarfolio.model.Text.number(changed.size() - NAMED_RECORDS) + " more " + (changed.size() - NAMED_RECORDS == 1 ? kind.one() : kind.many())
                    + " changed");
        }
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            lines.add(Character.toUpperCase(kind.many().charAt(0)) + kind.many().substring(1) + " reordered");
        }
    }

    /** A record by its name, or by its key (its place, "#3") when it has none. */
    private static <T extends Record> String named(Kind<T> kind, String key, T record) {
        String name = kind.name().apply(record);
        return name == null || name.isBlank() ? key : name;
    }

    private static String named(List<String> keys) {
        return String.join(", ", keys.subList(0, Math.min(NAMED_KEYS, keys.size())))
                + (keys.size() > NAMED_KEYS ? ", \u2026" : "");
    }

    /** "Profile › bio, position changed": the fields of two versions of one record that differ. */
    private static java.util.Optional<String> fields(String what, Record before, Record after) {
        if (before.equals(after)) {
            return java.util.Optional.empty();
        }
        Set<String> names = fieldsThatDiffer(before, after);
        return java.util.Optional.of(what + " \u203a " + (names.isEmpty() ? "" : String.join(", ", names) + " ") + "changed");
    }

    /** The fields of two versions of one record that differ, by the words a person knows them by ("bio", "year"). */
    static Set<String> fieldsThatDiffer(Record before, Record after) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            Object was = value(c, before);
            Object now = value(c, after);
            if (Objects.equals(was, now)) {
                continue;
            }
            if (was instanceof UnknownFields u && now instanceof UnknownFields v) {
                // A value kept as typed (year "abc") lives here under its own key: name it.
                was = u.values();
                now = v.values();
            }
            if (was instanceof Map<?, ?> a && now instanceof Map<?, ?> b) {
                // The texts of a publication, its other BibTeX fields: each by its own name.
                Set<Object> keys = new LinkedHashSet<>(a.keySet());
                keys.addAll(b.keySet());
                keys.stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).forEach(k -> names.add(
                        k instanceof PublicationField f ? f.jsonKey() : String.valueOf(k)));
            } else {
                names.add(FieldWords.of(c.getName()));
            }
        }
        return names;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c.getName(), e);
        }
    }

    private static <T> Map<String, T> byKey(List<T> records, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            map.putIfAbsent(k == null || k.isBlank() ? "#" + (i + 1) : k, records.get(i));
        }
        return map;
    }
}
