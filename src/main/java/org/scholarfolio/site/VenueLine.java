package org.scholarfolio.site;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.scholarfolio.model.Publication;

/**
 * The line under a paper's authors, per entry type as al-folio's {@code bib.liquid} writes it: the
 * container in italics (journal, "In" booktitle, school, institution, howpublished, publisher,
 * organization), then editors ("Ed."/"Eds."), series, volume(number), pages, publisher, address,
 * month and year, location; parts that are empty leave no comma behind.
 */
final class VenueLine {
    private VenueLine() {
    }

    /** What the paper appeared in, shown in italics; "" when its type names nothing. */
    static String container(Publication p) {
        String c = switch (EntryKind.of(p)) {
            case ARTICLE -> p.journal();
            case PAPER_IN_PROCEEDINGS, CHAPTER -> p.booktitle().isBlank() ? "" : "In " + clean(p.booktitle());
            case THESIS -> first(p.school(), field(p, "institution"));
            case REPORT -> first(field(p, "institution"), p.school());
            case BOOK -> p.publisher();
            case OTHER -> first(p.journal(), first(field(p, "howpublished"), first(p.booktitle(), field(p, "organization"))));
        };
        return clean(c);
    }

    /** Everything after the container, comma-separated. */
    static String details(Publication p) {
        EntryKind kind = EntryKind.of(p);
        String container = container(p);
        List<String> parts = new ArrayList<>();
        boolean editorsOnly = p.authors().isEmpty();
        if (kind == EntryKind.PAPER_IN_PROCEEDINGS || kind == EntryKind.CHAPTER || editorsOnly || kind == EntryKind.BOOK) {
            add(parts, editors(field(p, "editor")));
        }
        add(parts, field(p, "series"));
        if (kind == EntryKind.REPORT) {
            add(parts, p.number().isBlank() ? "" : "No. " + clean(p.number()));
            add(parts, p.volume());
        } else {
            add(parts, volumeAndNumber(p.volume(), p.number()));
        }
        add(parts, pages(p.pages()));
        for (String other : List.of(field(p, "howpublished"), field(p, "organization"), p.publisher())) {
            if (!clean(other).equals(container)) {
                add(parts, other);
            }
        }
        add(parts, field(p, "address"));
        List<String> date = new ArrayList<>();
        if (p.month() != null && p.month() >= 1 && p.month() <= 12) {
            date.add(Month.of(p.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        if (p.year() != null) {
            date.add(p.year().toString());
        }
        add(parts, String.join(" ", date));
        add(parts, p.location());
        return String.join(", ", parts);
    }

    /** "A. Church (Ed.)", "A. Church, S. C. Kleene (Eds.)"; BibTeX's "Last, First" turned round. */
    static String editors(String field) {
        if (field.isBlank()) {
            return "";
        }
        List<String> names = Arrays.stream(clean(field).split("\\s+and\\s+")).map(String::strip)
                .filter(n -> !n.isEmpty() && !n.equals("others"))
                .map(n -> n.contains(",") ? (n.substring(n.indexOf(',') + 1).strip() + " " + n.substring(0, n.indexOf(',')).strip()).strip() : n)
                .toList();
        if (names.isEmpty()) {
            return "";
        }
        return String.join(", ", names) + (names.size() == 1 ? " (Ed.)" : " (Eds.)");
    }

    private static String volumeAndNumber(String volume, String number) {
        String v = clean(volume);
        String n = clean(number);
        if (v.isEmpty()) {
            return n.isEmpty() ? "" : "no. " + n;
        }
        return n.isEmpty() ? v : v + "(" + n + ")";
    }

    private static String pages(String pages) {
        return ScholarMeta.pageRange(pages)
                .map(r -> r.length > 1 ? "pp. " + r[0] + "–" + r[1] : (r[0].matches("\\d+") ? "p. " : "") + r[0])
                .orElse("");
    }

    private static String field(Publication p, String name) {
        return ScholarMeta.field(p, name);
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b : a;
    }

    private static void add(List<String> parts, String value) {
        String v = clean(value);
        if (!v.isEmpty()) {
            parts.add(v);
        }
    }

    private static String clean(String s) {
        return PublicationViews.withoutBraces(s == null ? "" : s).strip();
    }
}
