package org.scholarfolio.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scholarfolio.model.Doi;

/**
 * The works list of ORCID's public API ({@code /v3.0/ID/works}): one entry per group (ORCID groups
 * the copies of one work that share an identifier), with the identifiers of the group's own
 * ("self") ids and what the first summary says, for works that have no identifier to complete.
 */
final class OrcidWorks {
    private OrcidWorks() {
    }

    /** One work of the list. Identifiers are empty when the work has none of that kind. */
    record Work(String title, String type, Integer year, String journal, String doi, String arxiv, String pmid) {
        boolean isPreprint() {
            return type.equals("preprint") || type.equals("working-paper")
                    || new Doi(doi).isArxiv() || doi.isEmpty() && !arxiv.isEmpty();
        }
    }

    static List<Work> read(JsonNode root, String about) throws LookupException {
        JsonNode groups = root.get("group");
        if (groups == null || !groups.isArray()) {
            throw new LookupException(about, "ORCID's answer has no works list (\"group\")");
        }
        List<Work> out = new ArrayList<>();
        for (JsonNode g : groups) {
            JsonNode summary = g.path("work-summary").path(0);
            String doi = "";
            String arxiv = "";
            String pmid = "";
            List<JsonNode> ids = new ArrayList<>();
            g.path("external-ids").path("external-id").forEach(ids::add);
            summary.path("external-ids").path("external-id").forEach(ids::add);
            for (JsonNode id : ids) {
                String relationship = CslJsonRecord.text(id, "external-id-relationship");
                if (!relationship.isEmpty() && !relationship.equalsIgnoreCase("self")) {
                    continue;
                }
                String kind = CslJsonRecord.text(id, "external-id-type").toLowerCase(Locale.ROOT);
                String value = CslJsonRecord.text(id.path("external-id-normalized"), "value");
                if (value.isEmpty()) {
                    value = CslJsonRecord.text(id, "external-id-value");
                }
                switch (kind) {
                    case "doi" -> doi = doi.isEmpty() || new Doi(doi).isArxiv() ? value : doi;
                    case "arxiv" -> arxiv = arxiv.isEmpty() ? value : arxiv;
                    case "pmid" -> pmid = pmid.isEmpty() ? value : pmid;
                    default -> { }
                }
            }
            String year = CslJsonRecord.text(summary.path("publication-date").path("year"), "value");
            out.add(new Work(CslJsonRecord.text(summary.path("title").path("title"), "value"),
                    CslJsonRecord.text(summary, "type"), year.matches("\\d{4}") ? Integer.valueOf(year) : null,
                    CslJsonRecord.text(summary.path("journal-title"), "value"), doi, arxiv, pmid));
        }
        return out;
    }
}
