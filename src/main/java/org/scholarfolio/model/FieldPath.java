package org.scholarfolio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a value lives in a portfolio, step by step: {@code publications[turing1950computing].links.pdf}
 * or {@code publications[3].authors[0].url}. A list step picks its record either by position or by
 * the record's own key (citation key, news id, page slug), so that a message written by the export
 * still finds its record after the list was sorted; {@link #resolvedIn} turns keys into positions.
 */
public record FieldPath(List<Step> steps) {
    public static final FieldPath NONE = new FieldPath(List.of());

    /** One name, optionally with a position ({@code index >= 0}) or a key in a list. */
    public record Step(String name, int index, String key) {
        public Step {
            name = Text.orEmpty(name);
            key = Text.isBlank(key) ? null : key;
            index = key != null ? -1 : Math.max(-1, index);
        }

        // Written out: see FieldPath's.
        @Override
        public boolean equals(Object o) {
            return o instanceof Step s && index == s.index && name.equals(s.name) && java.util.Objects.equals(key, s.key);
        }

        @Override
        public int hashCode() {
            return (name.hashCode() * 31 + Integer.hashCode(index)) * 31 + java.util.Objects.hashCode(key);
        }

        public boolean selects() {
            return index >= 0 || key != null;
        }

        @Override
        public String toString() {
            return name + (key != null ? "[" + key + "]" : index >= 0 ? "[" + index + "]" : "");
        }
    }

    public FieldPath {
        steps = List.copyOf(steps);
    }

    // Written out, with the generated methods' results: those are linked on their first call,
    // which costs a fresh process (an export keys its warnings by path) more than all later calls.
    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPath p && steps.equals(p.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    public static FieldPath of(String name) {
        return NONE.then(name);
    }

    /** A publication by its citation key, or by position when it has none. */
    public static FieldPath publication(Publication p, int index) {
        return of("publications").at(p.citationKey(), index);
    }

    /** A news item by its id, or by position when it has none. */
    public static FieldPath news(NewsItem n, int index) {
        return of("news").at(n.id(), index);
    }

    /** A page by its slug, or by position when it has none. */
    public static FieldPath page(Page p, int index) {
        return of("pages").at(p.slug(), index);
    }

    public FieldPath then(String name) {
        List<Step> next = new ArrayList<>(steps);
        next.add(new Step(name, -1, null));
        return new FieldPath(next);
    }

    /** This path's last list step, at a position. */
    public FieldPath at(int index) {
        return replaceLast(new Step(last().name(), index, null));
    }

    /** This path's last list step, at the record with {@code key}, or at {@code index} when the key is blank. */
    public FieldPath at(String key, int index) {
        return replaceLast(new Step(last().name(), index, key));
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The first step's name ({@code publications}, {@code profile}, {@code site}), or "". */
    public String root() {
        return steps.isEmpty() ? "" : steps.get(0).name();
    }

    /** The position a step of this name selects, when it selects by position. */
    public OptionalInt indexOf(String name) {
        return step(name).filter(s -> s.index() >= 0).map(s -> OptionalInt.of(s.index())).orElse(OptionalInt.empty());
    }

    public Optional<Step> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The same path with the top-level record picked by position in {@code portfolio}; a key no
     * record has keeps the path as it is.
     */
    public FieldPath resolvedIn(Portfolio portfolio) {
        if (steps.isEmpty() || steps.get(0).key() == null) {
            return this;
        }
        String key = steps.get(0).key();
        int index = switch (root()) {
            case "publications" -> indexOf(portfolio.publications(), key, Publication::citationKey);
            case "news" -> indexOf(portfolio.news(), key, NewsItem::id);
            case "pages" -> indexOf(portfolio.pages(), key, Page::slug);
            default -> -1;
        };
        if (index < 0) {
            return this;
        }
        List<Step> next = new ArrayList<>(steps);
        next.set(0, new Step(root(), index, null));
        return new FieldPath(next);
    }

    /** Reads the text form; a bracket holding only digits is a position, anything else a key. */
    public static FieldPath parse(String text) {
        if (Text.isBlank(text)) {
            return NONE;
        }
        List<Step> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int dot = nextDot(text, i);
            String part = text.substring(i, dot);
            int open = part.indexOf('[');
            if (open > 0 && part.endsWith("]")) {
                String inside = part.substring(open + 1, part.length() - 1);
                boolean digits = !inside.isEmpty() && inside.chars().allMatch(Character::isDigit);
                out.add(new Step(part.substring(0, open), digits ? Integer.parseInt(inside) : -1, digits ? null : inside));
            } else {
                out.add(new Step(part, -1, null));
            }
            i = dot + 1;
        }
        return new FieldPath(out);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private Step last() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("an empty path has no list to select from");
        }
        return steps.get(steps.size() - 1);
    }

    private FieldPath replaceLast(Step step) {
        List<Step> next = new ArrayList<>(steps);
        next.set(next.size() - 1, step);
        return new FieldPath(next);
    }

    /** The next dot outside brackets (keys may hold dots, e.g. {@code news[2024.1]}). */
    private static int nextDot(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '.' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static <T> int indexOf(List<T> records, String key, java.util.function.Function<T, String> keyOf) {
        for (int i = 0; i < records.size(); i++) {
            if (key.equals(keyOf.apply(records.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
