package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;

/**
 * Finds al-folio's example entries (Einstein's papers) left in a researcher's bibliography, so the
 * importer can offer to drop them. An entry counts when its key is one of the template's keys and
 * it is from the examples' era (researchers reuse the keys for their own papers: a 2023 paper filed
 * as {@code przibram1967letters} is theirs), or when Albert Einstein is an author of a paper from
 * his lifetime era; a living researcher who happens to be called Einstein is not flagged. A template key whose
 * entry no longer names Einstein (the researcher's own paper typed over the example) is not flagged either.
 */
public final class TemplateLeftovers {

    /** Citation keys of the example entries shipped in al-folio's {@code papers.bib}. */
    private static final Set<String> TEMPLATE_KEYS = Set.of("einstein1950meaning",
            "einstein1905movement", "einstein1905electrodynamics", "einstein1905molekularkinetischen",
            "einstein1906new", "einstein1920relativity", "physrev.47.777", "przibram1967letters",
            "einstein1956investigations", "einstein1905photoelectriceffect");

    private static final int LAST_TEMPLATE_YEAR = 1970;

    /** One example entry and why it was recognised. */
    public record Leftover(Publication publication, String reason) {
    }

    private TemplateLeftovers() {
    }

    public static List<Leftover> find(List<Publication> publications) {
        List<Leftover> found = new ArrayList<>();
        for (Publication p : publications) {
            boolean templateEra = p.year() == null || p.year() <= LAST_TEMPLATE_YEAR;
            // a template entry the researcher wrote their own paper into (their title and authors, the key and
            // year left as they were) is theirs: every example names Albert Einstein among its authors
            boolean stillTheExample = byAlbertEinstein(p) || p.authors().isEmpty();
            if (TEMPLATE_KEYS.contains(p.citationKey().toLowerCase(Locale.ROOT)) && templateEra && stillTheExample) {
                found.add(new Leftover(p, "'" + p.citationKey() + "' is one of the example entries of the al-folio template."));
            } else if (byAlbertEinstein(p) && templateEra) {
                found.add(new Leftover(p, "'" + p.citationKey() + "' is a paper by Albert Einstein, as in the al-folio template's examples."));
            }
        }
        return found;
    }

    private static boolean byAlbertEinstein(Publication p) {
        for (Author a : p.authors()) {
            if (a.family().equals("Einstein") && (a.given().startsWith("A") || a.given().isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
