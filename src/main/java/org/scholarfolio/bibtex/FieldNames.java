package org.scholarfolio.bibtex;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The BibTeX field names al-folio gives a meaning to, shared by the importer and the writer. */
public final class FieldNames {

    /** Link buttons, with the spellings seen in the wild mapped to al-folio's own. */
    public static final Map<String, String> LINK_ALIASES = Map.ofEntries(
            Map.entry("html", "html"), Map.entry("pdf", "pdf"), Map.entry("supp", "supp"),
            Map.entry("supplement", "supp"), Map.entry("supplementary", "supp"),
            Map.entry("video", "video"), Map.entry("blog", "blog"), Map.entry("code", "code"),
            Map.entry("poster", "poster"), Map.entry("slides", "slides"),
            Map.entry("website", "website"));

    public static final List<String> BADGES = List.of("altmetric", "dimensions", "google_scholar_id", "inspirehep_id");

    /** Per-paper fields a crossref child never inherits from its parent (links, badges, flags). */
    public static final Set<String> NOT_INHERITED = Set.of("selected", "bibtex_show", "preview", "abstract",
            "award", "award_name", "annotation", "additional_info", "doi", "arxiv", "html", "pdf",
            "supp", "supplement", "supplementary", "video", "blog", "code", "poster", "slides",
            "website", "altmetric", "dimensions", "google_scholar_id", "inspirehep_id", "crossref");

    /** Other fields whose values are identifiers or addresses, kept exactly as written. */
    private static final Set<String> VERBATIM = Set.of("url", "eprint", "hal", "pmid", "pubmed",
            "isbn", "issn", "file", "eid", "arxivid", "archiveprefix", "primaryclass", "ids", "groups", "xref",
            "related", "entryset", "date", "urldate", "eventdate", "origdate");

    private FieldNames() {
    }

    /** Whether an unmapped field's value is kept as written rather than read as LaTeX text. */
    public static boolean verbatim(String field, String value) {
        return VERBATIM.contains(field) || value.startsWith("http://") || value.startsWith("https://");
    }
}
