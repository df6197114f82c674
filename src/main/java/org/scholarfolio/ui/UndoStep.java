package org.scholarfolio.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;

/**
 * What one undo step changed, in words ("import of 2 publications", "change to Title of
 * turing1950", the field named as its form's label names it) and where (a field path the editor can open), so that Undo and Redo say what they
 * do and show it.
 */
public record UndoStep(String description, String fieldPath) {
    private static final Pattern RECORD_FIELD = Pattern.compile("^(news|publications|pages)\\[(\\d+)]\\.?(.*)$");

    /** A step a command names itself (an import); {@code fieldPath} may name just a list, e.g. "publications". */
    public static UndoStep named(String description, String fieldPath) {
        return new UndoStep(description, fieldPath);
    }

    /** Describes an edit from the field path it was made in, or from what changed when there is none. */
    public static UndoStep describe(Portfolio before, Portfolio after, String fieldPathOrNull) {
        if (fieldPathOrNull != null) {
            return new UndoStep("change to " + fieldName(fieldPathOrNull) + recordName(before, fieldPathOrNull),
                    fieldPathOrNull);
        }
        UndoStep list = listChange("publication", "publications", before.publications(), after.publications(),
                p -> p.citationKey());
        if (list == null) {
            list = listChange("news item", "news", before.news(), after.news(), UndoStep::newsItemName);
        }
        if (list == null) {
            list = listChange("page", "pages", before.pages(), after.pages(), p -> p.title());
        }
        if (list == null && !before.profile().equals(after.profile())) {
            list = new UndoStep("change to the profile", "profile");
        }
        if (list == null && !before.site().equals(after.site())) {
            list = new UndoStep("change to the site settings", "site");
        }
        return list != null ? list : new UndoStep("change", null);
    }

    private static <T> UndoStep listChange(String one, String list, List<T> before, List<T> after, Function<T, String> name) {
        if (before.equals(after)) {
            return null;
        }
        int added = after.size() - before.size();
        if (added > 0) {
            int at = firstDifference(before, after);
            return new UndoStep(added == 1 ? "adding " + one + " " + name.apply(after.get(at))
                    : "adding " + org.scholarfolio.model.Text.number(added) + " " + plural(one), list + "[" + at + "]");
        }
        if (added < 0) {
            int at = firstDifference(before, after);
            return new UndoStep(added == -1 ? "removal of " + one + " " + name.apply(before.get(at))
                    : "removal of " + org.scholarfolio.model.Text.number(-added) + " " + plural(one), list);
        }
        int at = firstDifference(before, after);
        return new UndoStep("change to " + one + " " + name.apply(after.get(at)), list + "[" + at + "]");
    }

    /**
     * A news item as the news screen names it ("“Fellowship announcement” of 2026-12-06"), one without
     * title or text by its date alone, never by the id the app made up for it.
     */
    private static String newsItemName(NewsItem item) {
        return NewsItemName.withDate(item, "").strip();
    }

    private static <T> int firstDifference(List<T> a, List<T> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return Math.min(i, Math.max(a.size(), b.size()) - 1);
    }

    private static String plural(String one) {
        return one.endsWith("item") ? one + "s" : one + "s";
    }

    /** The field as its form's label names it; the JSON member, spelt out, for a field no form shows. */
    private static String fieldName(String path) {
        Optional<String> named = FieldNames.nameOf(path);
        if (named.isPresent()) {
            return named.get();
        }
        String last = path.replaceAll("\\[\\d+]", "");
        int dot = last.lastIndexOf('.');
        String field = dot < 0 ? last : last.substring(dot + 1);
        // "abstractText" reads as "abstract text".
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String recordName(Portfolio p, String path) {
        Matcher m = RECORD_FIELD.matcher(path);
        if (!m.matches()) {
            return path.startsWith("site") ? " in the site settings" : " in the profile";
        }
        int i = Integer.parseInt(m.group(2));
        String name = switch (m.group(1)) {
            case "publications" -> i < p.publications().size() ? p.publications().get(i).citationKey() : "";
            case "news" -> i < p.news().size() ? newsItemName(p.news().get(i)) : "";
            default -> i < p.pages().size() ? p.pages().get(i).title() : "";
        };
        if (name.startsWith("of ")) {
            // A news item with neither title nor text, named by its date alone: "of of 2026-12-07" read as a slip.
            return " of the news item " + name;
        }
        return name.isBlank() ? "" : " of " + name;
    }
}
