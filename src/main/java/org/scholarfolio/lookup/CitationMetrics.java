package org.scholarfolio.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.Publication;

/**
 * Citation counts from OpenAlex for every publication with a DOI or an arXiv id, asked fifty at a
 * time ({@code /works?filter=doi:A|B|...}). OpenAlex joins a preprint with its published version, so
 * an arXiv-only entry whose work now has a journal DOI is reported as published.
 */
public final class CitationMetrics {
    public static final String SOURCE = "OpenAlex";
    private static final int BATCH = 50;
    /** Counts move slowly; asking twice a day would only load the service. */
    private static final Duration COUNT_AGE = Duration.ofHours(20);

    private final RecordLookup lookup;

    public CitationMetrics(RecordLookup lookup) {
        this.lookup = lookup;
    }

    /** A count per citation key, the keys OpenAlex does not know, and arXiv-only entries now published. */
    public record Result(Map<String, CitationCount> counts, List<String> unknown, List<Published> nowPublished,
                         int withoutIdentifier) {
        public Result {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            unknown = List.copyOf(unknown);
            nowPublished = List.copyOf(nowPublished);
        }

        /** The publications with these counts stored; the others as they were. */
        public List<Publication> applyTo(List<Publication> publications) {
            return publications.stream().map(p -> counts.containsKey(p.citationKey())
                    ? p.toBuilder().citations(counts.get(p.citationKey())).build() : p).toList();
        }
    }

    /** An entry known only as an arXiv preprint whose published version OpenAlex knows. */
    public record Published(String citationKey, String arxiv, String venue, String doi) {
        public String message() {
            return citationKey + " (arxiv:" + arxiv + ") is now published" + (venue.isEmpty() ? "" : " in " + venue)
                    + " (doi:" + doi + "): update?";
        }
    }

    public Result fetch(List<Publication> publications, ProgressListener progress)
            throws LookupException, InterruptedException {
        Map<String, List<Publication>> byDoi = new LinkedHashMap<>();
        int without = 0;
        for (Publication p : publications) {
            String doi = doiOf(p);
            if (doi.isEmpty()) {
                without++;
            } else {
                byDoi.computeIfAbsent(doi, d -> new ArrayList<>()).add(p);
            }
        }
        List<String> dois = new ArrayList<>(byDoi.keySet());
        Map<String, CitationCount> counts = new LinkedHashMap<>();
        Map<String, OpenAlexWork> found = new HashMap<>();
        Map<String, LocalDate> fetchedOn = new HashMap<>();
        for (int start = 0; start < dois.size(); start += BATCH) {
            progress.progress(start, dois.size(), "");
            List<String> batch = dois.subList(start, Math.min(dois.size(), start + BATCH));
            ServiceClient.Answer answer = lookup.client().fetch(batchUri(batch), "application/json", COUNT_AGE,
                    batch.size() == 1 ? "doi:" + batch.get(0) : batch.size() + " DOIs (doi:" + batch.get(0) + " …)");
            LocalDate day = LocalDate.ofInstant(answer.fetched(), ZoneOffset.UTC);
            JsonNode page = RecordLookup.parse(answer.body(), "doi:" + batch.get(0), "OpenAlex");
            for (OpenAlexWork w : OpenAlexWork.readList(page)) {
                String key = w.doi().toLowerCase(Locale.ROOT);
                found.put(key, w);
                fetchedOn.put(key, day);
                if (!w.arxivId().isEmpty()) {
                    String arxivKey = new Identifier.Arxiv(w.arxivId(), "").doi().key();
                    found.putIfAbsent(arxivKey, w);
                    fetchedOn.putIfAbsent(arxivKey, day);
                }
            }
        }
        progress.progress(dois.size(), dois.size(), "");
        List<String> unknown = new ArrayList<>();
        List<Published> published = new ArrayList<>();
        byDoi.forEach((doi, pubs) -> {
            OpenAlexWork w = found.get(doi);
            for (Publication p : pubs) {
                if (w == null) {
                    unknown.add(p.citationKey());
                    continue;
                }
                counts.put(p.citationKey(), new CitationCount(w.citedByCount(), SOURCE, fetchedOn.get(doi)));
                boolean arxivOnly = new Doi(doi).isArxiv();
                if (arxivOnly && w.publishedOutsideArxiv()) {
                    published.add(new Published(p.citationKey(), VersionKeys.arxiv(p.arxiv()), w.venue(), w.doi()));
                }
            }
        });
        return new Result(counts, unknown, published, without);
    }

    /** The DOI OpenAlex knows the entry by: its own, else arXiv's DataCite DOI; empty for neither. */
    static String doiOf(Publication p) {
        Doi doi = Doi.of(p.doi());
        if (!doi.isEmpty()) {
            return doi.key();
        }
        String arxiv = VersionKeys.arxiv(p.arxiv());
        return arxiv.isEmpty() ? "" : new Identifier.Arxiv(arxiv, "").doi().key();
    }

    private URI batchUri(List<String> dois) {
        String filter = String.join("|", dois);
        return ServiceUrls.resolve(lookup.urls().openAlex(), "/works?filter=" + RecordLookup.encode("doi:" + filter)
                + "&per-page=" + BATCH + "&select=id,doi,display_name,cited_by_count,primary_location,best_oa_location,locations"
                + lookup.mailto("&"));
    }
}
