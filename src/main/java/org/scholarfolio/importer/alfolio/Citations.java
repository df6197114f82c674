package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.Slugs;

/**
 * What jekyll-scholar's {@code {% cite key %}} shows in al-folio's default APA style, "(Lovelace, 1843)",
 * "(Lovelace & Babbage, 1843)", "(Lovelace et al., 1843)", as Markdown linking each citation to the
 * paper on the exported publications list. Keys are matched without regard to case, as BibTeX does.
 * A {@code {% bibliography -q query %}} tag in a text shows the papers it selects ({@link BibliographyList}).
 */
final class Citations {
    /** The first part of a citation: "Lovelace", "Lovelace & Babbage", "Lovelace et al.". */
    private record Entry(String label, String year, String anchor) {
    }

    /** The length the site cuts publication slugs at. */
    private static final int PUBLICATION_SLUG_LENGTH = 80;

    static final Citations NONE = new Citations(List.of());

    private final Map<String, Entry> byKey = new HashMap<>();
    private final BibliographyList list;

    Citations(List<Publication> publications) {
        list = new BibliographyList(publications);
        for (Publication p : publications) {
            byKey.putIfAbsent(p.citationKey().toLowerCase(Locale.ROOT), new Entry(names(p),
                    p.year() == null ? "n.d." : p.year().toString(), anchor(p.citationKey())));
        }
    }

    /**
     * The Markdown for citing {@code keys}; null when a key is not in the bibliography (jekyll-scholar
     * then prints an error in the page, which is never worth keeping).
     */
    String cite(List<String> keys) {
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            Entry e = byKey.get(key.toLowerCase(Locale.ROOT));
            if (e == null) {
                return null;
            }
            String text = e.label().isEmpty() ? e.year() : e.label() + ", " + e.year();
            parts.add("[" + escape(text) + "](/publications/#" + e.anchor() + ")");
        }
        return parts.isEmpty() ? null : "(" + String.join("; ", parts) + ")";
    }

    /** A {@code {% bibliography -q query %}} tag's papers as a list; null when it cannot be written out. */
    String bibliography(String args) {
        return list.render(args);
    }

    private static String names(Publication p) {
        List<Author> authors = p.authors();
        if (authors.isEmpty()) {
            return "";
        }
        String first = family(authors.get(0));
        if (authors.size() == 1 && !p.andOthers()) {
            return first;
        }
        if (authors.size() == 2 && !p.andOthers()) {
            return first + " & " + family(authors.get(1));
        }
        return first + " et al.";
    }

    private static String family(Author a) {
        String name = (a.von() + " " + a.family()).strip();
        return InlineText.plain(name.isEmpty() ? a.given() : name).strip();
    }

    /** The anchor the exported publications list gives the paper ("pub-" and its slug). */
    static String anchor(String key) {
        return "pub-" + Slugs.slugOr(Slugs.slugify(key, PUBLICATION_SLUG_LENGTH), "publication");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_");
    }
}
