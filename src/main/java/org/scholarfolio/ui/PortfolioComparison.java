package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/**
 * What differs between the portfolio in this window and the one on disk, in lines a researcher can
 * act on: which sections differ and which records are only here, only on disk, or changed
 * (publications by citation key, news by id, pages by slug).
 */
public final class PortfolioComparison {
    private static final int NAMED = 8;

    private PortfolioComparison() {
    }

    public static List<String> describe(Portfolio here, Portfolio onDisk) {
        List<String> lines = new ArrayList<>();
        if (!here.profile().equals(onDisk.profile())) {
            lines.add(fields("Profile", here.profile(), onDisk.profile()));
        }
        if (!here.site().equals(onDisk.site())) {
            lines.add(fields("Site settings", here.site(), onDisk.site()));
        }
        records("Publications", here.publications(), onDisk.publications(), Publication::citationKey, lines);
        records("News", here.news(), onDisk.news(), NewsItem::id, lines);
        records("Pages", here.pages(), onDisk.pages(), Page::slug, lines);
        if (!here.unknownFields().equals(onDisk.unknownFields())) {
            lines.add("Other fields: differ");
        }
        if (lines.isEmpty()) {
            lines.add("The same content (only the file's layout differs)");
        }
        return lines;
    }

    /** "Profile: name, bio differ": which of its fields, so that a person knows which version to keep. */
    private static String fields(String section, Record here, Record onDisk) {
        Set<String> names = RecoverySummary.fieldsThatDiffer(here, onDisk);
        return section + ": " + (names.isEmpty() ? "differs" : String.join(", ", names) + (names.size() == 1 ? " differs" : " differ"));
    }

    private static <T> void records(String section, List<T> here, List<T> onDisk, Function<T, String> id,
                                    List<String> lines) {
        Map<String, T> mine = byId(here, id);
        Map<String, T> theirs = byId(onDisk, id);
        List<String> onlyHere = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        mine.forEach((key, record) -> {
            T other = theirs.get(key);
            if (other == null) {
                onlyHere.add(key);
            } else if (!Objects.equals(record, other)) {
                changed.add(key);
            }
        });
        List<String> onlyOnDisk = theirs.keySet().stream().filter(k -> !mine.containsKey(k)).toList();
        List<String> parts = new ArrayList<>();
        part(parts, onlyOnDisk, "only on disk");
        part(parts, onlyHere, "only here");
        part(parts, changed, "changed");
        if (parts.isEmpty() && !here.equals(onDisk)) {
            parts.add("the same records in another order");
        }
        if (!parts.isEmpty()) {
            lines.add(section + ": " + String.join("; ", parts));
        }
    }

    private static void part(List<String> parts, List<String> keys, String what) {
        if (keys.isEmpty()) {
            return;
        }
        String named = String.join(", ", keys.subList(0, Math.min(NAMED, keys.size())));
        parts.add(org.scholarfolio.model.Text.number(keys.size()) + " " + what + " (" + named + (keys.size() > NAMED ? ", \u2026" : "") + ")");
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            T r = records.get(i);
            String key = id.apply(r);
            map.putIfAbsent(key == null || key.isBlank() ? "#" + (i + 1) : key, r);
        }
        return map;
    }
}
