package org.scholarfolio.bibtex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.PublicationField;

/** The BibTeX field names al-folio gives a meaning to, shared by the importer and the writer. */
public final class FieldNames {

    /** Link buttons, with the spellings seen in the wild mapped to al-folio's own (from {@link LinkKind}). */
    public static final Map<String, String> LINK_ALIASES = linkAliases();

    public static final List<String> BADGES = List.of("altmetric", "dimensions", "google_scholar_id", "inspirehep_id");

    /** Per-paper fields a crossref child never inherits from its parent (links, badges, flags). */
    public static final Set<String> NOT_INHERITED = Stream.of(PublicationField.notInheritedSpellings(),
            BADGES.stream(), Stream.of("crossref"), LinkKind.allSpellings().stream())
            .flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

    /** Other fields whose values are identifiers or addresses, kept exactly as written. */
    private static final Set<String> VERBATIM = Set.of("url", "eprint", "hal", "pmid", "pubmed",
            "isbn", "issn", "file", "eid", "arxivid", "archiveprefix", "ids", "groups", "crossref", "xref",
            "related", "entryset", "date", "urldate", "eventdate", "origdate");

    private FieldNames() {
    }

    private static Map<String, String> linkAliases() {
        Map<String, String> m = new HashMap<>();
        for (LinkKind kind : LinkKind.values()) {
            m.put(kind.key(), kind.key());
            kind.aliases().forEach(alias -> m.put(alias, kind.key()));
        }
        return Map.copyOf(m);
    }

    /** Whether an unmapped field's value is kept as written rather than read as LaTeX text. */
    public static boolean verbatim(String field, String value) {
        return VERBATIM.contains(field) || value.startsWith("http://") || value.startsWith("https://");
    }
}
