package org.scholarfolio.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.FieldWords;

/**
 * Where a problem is, in the words of the editor's screens: "Publication turing1950 › year",
 * "News item 3 › date", "Profile › email", rather than the file's {@code publications[6].year}.
 * Records are named by their key (citation key, news id, page slug), by position when they have none.
 */
final class ProblemPlace {
    private ProblemPlace() {
    }

    static String of(Diagnostic problem, Portfolio portfolio) {
        FieldPath field = problem.field();
        if (field.isEmpty()) {
            return problem.where();
        }
        List<FieldPath.Step> steps = field.steps();
        List<String> parts = new ArrayList<>();
        FieldPath.Step first = steps.get(0);
        parts.add(switch (first.name()) {
            case "publications" -> "Publication " + record(first, portfolio.publications(), Publication::citationKey);
            case "news" -> "News item " + record(first, portfolio.news(), NewsItem::id);
            case "pages" -> "Page " + record(first, portfolio.pages(), Page::slug);
            default -> capitalised(step(first));
        });
        for (FieldPath.Step s : steps.subList(1, steps.size())) {
            parts.add(step(s));
        }
        String place = String.join(" \u203a ", parts);
        String source = problem.source().toString();
        return source.isEmpty() ? place : source + " " + place;
    }

    private static <T> String record(FieldPath.Step step, List<T> records, Function<T, String> key) {
        if (step.key() != null) {
            return step.key();
        }
        int i = step.index();
        if (i >= 0 && i < records.size()) {
            String k = key.apply(records.get(i));
            if (k != null && !k.isBlank()) {
                return k;
            }
        }
        return i >= 0 ? "#" + (i + 1) : "";
    }

    /** {@code authors[2]} → "authors 3", {@code addressLines} → "address lines". */
    private static String step(FieldPath.Step s) {
        String words = FieldWords.of(s.name());
        return s.key() != null ? words + " " + s.key() : s.index() >= 0 ? words + " " + (s.index() + 1) : words;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
