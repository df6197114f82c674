package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;

/**
 * What a {@code {% bibliography -q query %}} tag shows inside a page or news item ("the papers we
 * had at CVPR 2023": {@code @*[year=2023&&abbr=CVPR]*}) written out as a list of the papers it
 * selects, each linked to its entry on the exported publications list. Only a tag with a query the
 * list can evaluate is written out: jekyll-scholar's conditions {@code =}, {@code !=}, {@code ^=},
 * {@code <}, {@code <=}, {@code >}, {@code >=} on a field, joined by {@code &&} and {@code ||}, for
 * every type ({@code @*}) or one ({@code @article}). A regular expression ({@code ~=}) is not run: an
 * imported site is not trusted, and a pattern can take longer than any import should.
 */
final class BibliographyList {
    private static final Pattern QUERY_OPTION = Pattern.compile("(?:^|\\s)(?:-q|--query)\\s+(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final Pattern QUERY = Pattern.compile("@(\\*|\\w+)(?:\\[(.*)])?\\*?");
    private static final Pattern CONDITION = Pattern.compile("\\s*([\\w-]+)\\s*(!=|\\^=|<=|>=|=|<|>)\\s*(.*?)\\s*");
    /** The longest query text read; a tag is a line of a page, not a program. */
    private static final int MAX_QUERY = 500;

    private final List<Publication> publications;

    BibliographyList(List<Publication> publications) {
        this.publications = List.copyOf(publications);
    }

    /**
     * The HTML list for a tag's arguments, newest first as al-folio sorts; null when the tag has no
     * query, a query this list cannot read, or selects nothing (Jekyll would show an empty list).
     */
    String render(String args) {
        Matcher option = QUERY_OPTION.matcher(args);
        if (!option.find()) {
            return null;
        }
        String query = option.group(1).replaceAll("^[\"']|[\"']$", "").strip();
        Matcher q = QUERY.matcher(query);
        if (query.length() > MAX_QUERY || !q.matches()) {
            return null;
        }
        String type = q.group(1);
        List<List<String[]>> alternatives = new ArrayList<>();
        if (q.group(2) != null && !q.group(2).isBlank()) {
            for (String any : q.group(2).split("\\|\\|")) {
                List<String[]> all = new ArrayList<>();
                for (String part : any.split("&&")) {
                    Matcher c = CONDITION.matcher(part);
                    if (!c.matches()) {
                        return null;
                    }
                    all.add(new String[] {c.group(1), c.group(2), c.group(3).replaceAll("^[\"'{]|[\"'}]$", "")});
                }
                alternatives.add(all);
            }
        }
        List<Publication> shown = new ArrayList<>();
        for (Publication p : publications) {
            if ((type.equals("*") || type.equalsIgnoreCase(p.entryType()))
                    && (alternatives.isEmpty() || alternatives.stream().anyMatch(all -> all.stream().allMatch(c -> holds(p, c))))) {
                shown.add(p);
            }
        }
        if (shown.isEmpty()) {
            return null;
        }
        shown.sort(Comparator.comparing((Publication p) -> p.year() == null ? Integer.MIN_VALUE : p.year())
                .thenComparing(p -> p.month() == null ? 0 : p.month()).reversed());
        StringBuilder html = new StringBuilder("<ul>");
        for (Publication p : shown) {
            html.append(item(p));
        }
        return html.append("</ul>").toString();
    }

    private static boolean holds(Publication p, String[] condition) {
        String value = field(p, condition[0]);
        String wanted = condition[2];
        return switch (condition[1]) {
            case "=" -> value.equals(wanted);
            case "!=" -> !value.equals(wanted);
            case "^=" -> value.startsWith(wanted);
            default -> compare(value, wanted, condition[1]);
        };
    }

    private static boolean compare(String value, String wanted, String op) {
        int c;
        try {
            c = Long.compare(Long.parseLong(value.strip()), Long.parseLong(wanted.strip()));
        } catch (NumberFormatException e) {
            c = value.compareTo(wanted);
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** A BibTeX field's value as the .bib file wrote it: a number or flag of the model as text, else its text field or one kept as written. */
    private static String field(Publication p, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("type") || lower.equals("bibtex_type")) {
            return p.entryType();
        }
        if (lower.equals("key")) {
            return p.citationKey();
        }
        return PublicationField.byBibtexKey(lower).filter(f -> !f.isText()).map(f -> f.asText(p))
                .orElseGet(() -> p.bibtexField(lower));
    }

    private static String item(Publication p) {
        StringBuilder li = new StringBuilder("<li><a href=\"/publications/#").append(Citations.anchor(p.citationKey()))
                .append("\">").append(escape(InlineText.plain(p.title()).strip())).append("</a>");
        List<String> names = p.authors().stream().map(BibliographyList::name).filter(n -> !n.isEmpty()).toList();
        if (!names.isEmpty()) {
            li.append(". ").append(escape(String.join(", ", names))).append(p.andOthers() ? " et al." : "");
        }
        String venue = InlineText.plain(!p.journal().isBlank() ? p.journal() : p.booktitle()).strip();
        if (!venue.isEmpty()) {
            li.append(". <em>").append(escape(venue)).append("</em>");
        }
        if (p.year() != null) {
            li.append(", ").append(p.year());
        }
        return li.append(".</li>").toString();
    }

    private static String name(Author a) {
        return InlineText.plain(a.displayName()).strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
