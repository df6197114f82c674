package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.List;
import java.util.function.Function;

import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.Publication;

/**
 * The line under a paper's authors, per entry type as al-folio's {@code bib.liquid} writes it: the
 * container in italics (journal, "In" booktitle, school, institution, howpublished, publisher,
 * organization), then editors ("Ed."/"Eds."), series, volume(number), pages, publisher, address,
 * month and year, location; parts that are empty leave no comma behind.
 */
final class VenueLine {
    /**
     * How the line is written: as plain text, or as HTML where the fields' inline markup
     * (emphasis, small caps, sub/superscript, math) becomes elements through {@link InlineHtml}.
     */
    private record Out(Function<String, String> field, Function<String, String> literal) {
    }

    private static final Out TEXT = new Out(VenueLine::clean, Function.identity());

    private VenueLine() {
    }

    /** What the paper appeared in, shown in italics; "" when its type names nothing. */
    static String container(Publication p) {
        return container(p, TEXT);
    }

    /** Everything after the container, comma-separated. */
    static String details(Publication p) {
        return details(p, TEXT);
    }

    /** {@link #container} as HTML, its fields' markup and math ({@code math}) as elements. */
    static String containerHtml(Publication p, Function<InlineText.Math, String> math) {
        return container(p, html(math));
    }

    /** {@link #details} as HTML, its fields' markup and math ({@code math}) as elements. */
    static String detailsHtml(Publication p, Function<InlineText.Math, String> math) {
        return details(p, html(math));
    }

    private static Out html(Function<InlineText.Math, String> math) {
        return new Out(s -> InlineHtml.html(s == null ? "" : s.strip(), math), InlineHtml::escape);
    }

    private static String container(Publication p, Out out) {
        String c = switch (EntryKind.of(p)) {
            case ARTICLE -> p.journal();
            case PAPER_IN_PROCEEDINGS, CHAPTER -> p.booktitle().isBlank() ? "" : "In " + p.booktitle();
            case THESIS -> first(p.school(), field(p, "institution"));
            case REPORT -> first(field(p, "institution"), p.school());
            case BOOK -> p.publisher();
            case OTHER -> first(p.journal(), first(field(p, "howpublished"), first(p.booktitle(), field(p, "organization"))));
        };
        return clean(c).isEmpty() ? "" : out.field().apply(withoutClosingComma(c));
    }

    private static String details(Publication p, Out out) {
        EntryKind kind = EntryKind.of(p);
        String container = container(p);
        List<String> parts = new ArrayList<>();
        boolean editorsOnly = p.authors().isEmpty();
        if (kind == EntryKind.PAPER_IN_PROCEEDINGS || kind == EntryKind.CHAPTER || editorsOnly || kind == EntryKind.BOOK) {
            String editors = editors(field(p, "editor"), out);
            if (!editors.isEmpty()) {
                parts.add(editors);
            }
        }
        add(parts, field(p, "series"), out);
        if (kind == EntryKind.REPORT) {
            if (!clean(p.number()).isEmpty()) {
                parts.add(out.literal().apply("No. ") + out.field().apply(p.number()));
            }
            add(parts, p.volume(), out);
        } else {
            String vn = volumeAndNumber(p.volume(), p.number(), out);
            if (!vn.isEmpty()) {
                parts.add(vn);
            }
        }
        addLiteral(parts, pages(p.pages()), out);
        for (String other : List.of(field(p, "howpublished"), field(p, "organization"), p.publisher())) {
            if (!clean(withoutClosingComma(other)).equals(container)) {
                add(parts, other, out);
            }
        }
        add(parts, field(p, "address"), out);
        List<String> date = new ArrayList<>();
        if (p.month() != null && p.month() >= 1 && p.month() <= 12) {
            date.add(MonthNames.shortName(p.month()));
        }
        if (p.year() != null) {
            date.add(p.year().toString());
        } else if (!p.status().isEmpty()) {
            date.add(p.status()); // "in press", as written
        }
        addLiteral(parts, String.join(" ", date), out);
        add(parts, p.location(), out);
        return String.join(out.literal().apply(", "), parts);
    }

    /** "A. Church (Ed.)", "A. Church, S. C. Kleene (Eds.)"; BibTeX's "Last, First" turned round. */
    private static final Pattern EDITOR_AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    static String editors(String field) {
        return editors(field, TEXT);
    }

    private static String editors(String field, Out out) {
        if (clean(field).isEmpty()) {
            return "";
        }
        // A loop, not a stream: each paper's line is made twice (text and HTML), and the stream's pipeline ran in
        // the interpreter for an export's first hundred or so papers with editors (BENCHMARKS.md session 36).
        String whole = field.strip();
        String[] split = whole.contains("and") ? EDITOR_AND.split(whole) : new String[] {whole};
        List<String> names = new ArrayList<>(split.length);
        for (String name : split) {
            String n = name.strip();
            if (clean(n).isEmpty() || n.equals("others")) {
                continue;
            }
            int comma = n.indexOf(',');
            names.add(out.field().apply(comma < 0 ? n : (n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip()).strip()));
        }
        if (names.isEmpty()) {
            return "";
        }
        return String.join(out.literal().apply(", "), names) + out.literal().apply(names.size() == 1 ? " (Ed.)" : " (Eds.)");
    }

    private static String volumeAndNumber(String volume, String number, Out out) {
        boolean v = !clean(volume).isEmpty();
        boolean n = !clean(number).isEmpty();
        if (!v) {
            return n ? out.literal().apply("no. ") + out.field().apply(number) : "";
        }
        return n ? out.field().apply(volume) + out.literal().apply("(") + out.field().apply(number) + out.literal().apply(")")
                : out.field().apply(volume);
    }

    private static String pages(String pages) {
        return ScholarMeta.pageRange(pages)
                .map(r -> r.length > 1 ? "pp. " + r[0] + "–" + r[1] : (DIGITS.matcher(r[0]).matches() ? "p. " : "") + r[0])
                .orElse("");
    }

    private static String field(Publication p, String name) {
        return ScholarMeta.field(p, name);
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b : a;
    }

    private static void add(List<String> parts, String value, Out out) {
        if (!clean(value).isEmpty()) {
            parts.add(out.field().apply(withoutClosingComma(value)));
        }
    }

    /**
     * A field typed with the comma that followed it in a reference list ({@code publisher = {Universidade X,}}):
     * the line writes its own commas between the parts, and would show two.
     */
    private static String withoutClosingComma(String value) {
        String v = value == null ? "" : value.strip();
        return v.endsWith(",") ? v.substring(0, v.length() - 1).stripTrailing() : v;
    }

    private static void addLiteral(List<String> parts, String value, Out out) {
        if (!value.isEmpty()) {
            parts.add(out.literal().apply(value));
        }
    }

    private static String clean(String s) {
        return PublicationViews.withoutBraces(s == null ? "" : s).strip();
    }
}
