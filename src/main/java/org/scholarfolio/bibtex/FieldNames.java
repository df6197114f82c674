package org.scholarfolio.bibtex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scholarfolio.model.LinkKind;

/** The BibTeX field names al-folio gives a meaning to, shared by the importer and the writer. */
public final class FieldNames {

    /** Link buttons, with the spellings seen in the wild mapped to al-folio's own (from {@link LinkKind}). */
    public static final Map<String, String> LINK_ALIASES = linkAliases();

    public static final List<String> BADGES = List.of("altmetric", "dimensions", "google_scholar_id", "inspirehep_id");

    /** Per-paper fields a crossref child never inherits from its parent (links, badges, flags). */
    public static final Set<String> NOT_INHERITED = Stream.concat(Stream.of("selected", "bibtex_show", "preview",
            "abstract", "award", "award_name", "annotation", "additional_info", "doi", "arxiv", "altmetric", "dimensions",
            "google_scholar_id", "inspirehep_id", "crossref"), LinkKind.allSpellings().stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Other fields whose values are identifiers or addresses, kept exactly as written. */
    private static final Set<String> VERBATIM = Set.of("url", "eprint", "hal", "pmid", "pubmed",
            "isbn", "issn", "file", "eid", "arxivid", "archiveprefix", "primaryclass", "ids", "groups", "xref",
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
