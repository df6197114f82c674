package org.scholarfolio.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.BidiIsolation;
import org.scholarfolio.ui.FieldWords;
import org.scholarfolio.ui.NewsItemName;

/**
 * Where a problem is, in the words of the editor's screens: "Publication turing1950 › year",
 * "News item “Fellowship announcement” of 2026-12-06 › date", "Profile › email", rather than the
 * file's {@code publications[6].year}. Publications and pages are named by their key (citation key,
 * page slug), news items as the news screen shows them (title or first words, and date), since
 * their ids are made up by the app and seen nowhere; all by position when they have no name.
 */
final class ProblemPlace {
    private ProblemPlace() {
    }

    /**
     * The problem as the Problems list shows it: its place, then its message, the field's name said once.
     * A rule's message may start with the field's name (validate prints it without a place:
     * {@code year: "abc" is not a year}); after "Publication turing1936 › year" it read "year — year: …".
     */
    static String line(Diagnostic problem, Portfolio portfolio) {
        String message = problem.message();
        List<FieldPath.Step> steps = problem.field().steps();
        if (!steps.isEmpty()) {
            String named = steps.get(steps.size() - 1).name() + ": ";
            if (message.startsWith(named) && message.length() > named.length()) {
                message = message.substring(named.length());
            }
        }
        return of(problem, portfolio) + " \u2014 " + message;
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
            case "publications" -> "Publication " + record(first, portfolio.publications(), Publication::citationKey,
                    (p, place) -> p.citationKey());
            case "news" -> "News item " + record(first, portfolio.news(), NewsItem::id, NewsItemName::withDate);
            case "pages" -> "Page " + record(first, portfolio.pages(), Page::slug, (p, place) -> p.slug());
            default -> capitalised(step(first));
        });
        for (FieldPath.Step s : steps.subList(1, steps.size())) {
            parts.add(step(s));
        }
        String place = String.join(" \u203a ", parts);
        String source = problem.source().toString();
        return source.isEmpty() ? place : source + " " + place;
    }

    /**
     * The record at {@code step}, found by its key or its position, named by {@code name}, which is
     * handed the record's place ("#3") for a record without a name; a record not found by its key
     * or place as the path has it.
     */
    private static <T> String record(FieldPath.Step step, List<T> records, Function<T, String> key,
                                     BiFunction<T, String, String> name) {
        int i = step.key() != null ? indexOf(step.key(), records, key) : step.index();
        if (i >= 0 && i < records.size()) {
            String named = name.apply(records.get(i), "#" + (i + 1));
            // A key or title is closed off (BidiIsolation): an override left open in it would reverse the field and message after it.
            return named == null || named.isBlank() ? "#" + (i + 1) : BidiIsolation.isolated(named);
        }
        return step.key() != null ? BidiIsolation.isolated(step.key()) : i >= 0 ? "#" + (i + 1) : "";
    }

    private static <T> int indexOf(String wanted, List<T> records, Function<T, String> key) {
        for (int i = 0; i < records.size(); i++) {
            if (wanted.equals(key.apply(records.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code authors[2]} → "authors 3", {@code addressLines} → "address lines". */
    private static String step(FieldPath.Step s) {
        String words = FieldWords.of(s.name());
        return s.key() != null ? words + " " + BidiIsolation.isolated(s.key()) : s.index() >= 0 ? words + " " + (s.index() + 1) : words;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
