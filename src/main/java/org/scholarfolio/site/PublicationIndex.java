package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.AuthorView;
import org.scholarfolio.site.Views.PublicationView;

/**
 * What the publication filter searches, written as a script ({@value #PATH}) that the list pages
 * load when a reader first uses the filter: a script file, not JSON, because a page opened from
 * disk ({@code file://}) may run a script beside it but may not {@code fetch} one. One entry per
 * publication, in list order:
 * {@code [page, anchor, list page, year, title, authors, venue, more words]}, where "more words" are
 * the abstract's, the keywords', the note's and the abbreviation's, lower-cased, each once.
 */
final class PublicationIndex {
    static final String PATH = "publications/filter-index.js";
    private static final Pattern SPACE = Pattern.compile("\\s+");
    // Punctuation at a word's ends is not part of the word ("convergence." finds "convergence").
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private PublicationIndex() {
    }

    static String script(SiteModel site) {
        List<Object> entries = new ArrayList<>(site.publications().size());
        for (PublicationView v : site.publications()) {
            Publication p = site.sources().get(v);
            String venue = v.venue().isEmpty() ? v.venueDetails()
                    : v.venueDetails().isEmpty() ? v.venue() : v.venue() + ", " + v.venueDetails();
            entries.add(List.of(v.pageHref(), v.anchor(), site.publicationList().listPageOf().get(v), v.year(),
                    v.titleText(), String.join(", ", v.authors().stream().map(AuthorView::name).toList()), venue,
                    words(p.abstractText(), p.bibtexFields().getOrDefault("keywords", ""), p.note(), p.abbr())));
        }
        return "window.scholarfolioIndex = " + JsonText.write(entries) + ";\n";
    }

    /** The distinct lower-cased words of some texts, joined by spaces: every word a filter can match in them. */
    static String words(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String w : SPACE.split(text.toLowerCase(Locale.ROOT))) {
                String word = EDGE_PUNCTUATION.matcher(w).replaceAll("");
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return String.join(" ", words);
    }
}
