package org.scholarfolio.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scholarfolio.model.Doi;

/**
 * What Scholarfolio reads from an OpenAlex work object: its DOI, citation count, where it was
 * published (the primary location's source), the best open-access copy and its license, and the
 * arXiv copy among its locations (OpenAlex joins a preprint and its published version into one work).
 */
record OpenAlexWork(String id, String doi, String title, long citedByCount, String venue, String venueType,
                    String oaPdfUrl, String license, String arxivId) {

    static OpenAlexWork read(JsonNode w) {
        JsonNode primary = w.path("primary_location");
        JsonNode source = primary.path("source");
        JsonNode best = w.path("best_oa_location");
        String license = CslJsonRecord.text(best, "license");
        if (license.isEmpty()) {
            license = CslJsonRecord.text(primary, "license");
        }
        String arxiv = "";
        for (JsonNode location : w.path("locations")) {
            String page = CslJsonRecord.text(location, "landing_page_url");
            int abs = page.toLowerCase(Locale.ROOT).indexOf("arxiv.org/abs/");
            if (abs >= 0) {
                arxiv = page.substring(abs + "arxiv.org/abs/".length()).replaceFirst("v\\d+$", "");
                break;
            }
        }
        return new OpenAlexWork(CslJsonRecord.text(w, "id"), Doi.of(CslJsonRecord.text(w, "doi")).value(),
                CslJsonRecord.text(w, "display_name"), w.path("cited_by_count").asLong(0),
                CslJsonRecord.text(source, "display_name"), CslJsonRecord.text(source, "type"),
                CslJsonRecord.text(best, "pdf_url"), license, arxiv);
    }

    static List<OpenAlexWork> readList(JsonNode page) {
        List<OpenAlexWork> out = new ArrayList<>();
        for (JsonNode w : page.path("results")) {
            out.add(read(w));
        }
        return out;
    }

    /** Whether OpenAlex places this work in a journal or proceedings rather than on arXiv alone. */
    boolean publishedOutsideArxiv() {
        return !doi.isEmpty() && !new Doi(doi).isArxiv()
                && !venueType.equals("repository");
    }

    /** OpenAlex gives licenses as short slugs ({@code cc-by}); a reader knows them as this. */
    static String licenseName(String slug) {
        String s = slug.toLowerCase(Locale.ROOT);
        if (s.startsWith("cc-")) {
            return "CC " + s.substring(3).toUpperCase(Locale.ROOT).replace("-", "-");
        }
        return s.equals("public-domain") ? "public domain" : slug;
    }
}
