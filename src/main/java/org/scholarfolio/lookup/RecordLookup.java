package org.scholarfolio.lookup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationLinks;

/**
 * From an identifier to a complete record: a DOI through doi.org's content negotiation (CSL-JSON)
 * completed by OpenAlex (open-access PDF, license, arXiv copy), an arXiv id through the arXiv API,
 * a PubMed id through E-utilities.
 */
public final class RecordLookup {
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    /** Metadata of a paper rarely changes; a month-old answer is still the paper. */
    static final Duration RECORD_AGE = Duration.ofDays(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceClient client;
    private final ServiceUrls urls;
    private final String email;

    public RecordLookup(ServiceClient client, ServiceUrls urls, String email) {
        this.client = client.spaced(urls.arxiv(), Duration.ofSeconds(3));
        this.urls = urls;
        this.email = email == null ? "" : email.strip();
    }

    ServiceClient client() {
        return client;
    }

    ServiceUrls urls() {
        return urls;
    }

    public FetchedRecord fetch(Identifier id) throws LookupException, InterruptedException {
        if (id instanceof Identifier.Doi doi) {
            return fetchDoi(doi);
        }
        if (id instanceof Identifier.Arxiv arxiv) {
            URI query = ServiceUrls.resolve(urls.arxiv(), "/query?id_list=" + encode(arxiv.id() + arxiv.version())
                    + "&max_results=1");
            return new FetchedRecord(id, ArxivAtomRecord.map(client.get(query, "application/atom+xml", RECORD_AGE,
                    id.toString()), arxiv), List.of());
        }
        Identifier.Pubmed pmid = (Identifier.Pubmed) id;
        URI efetch = ServiceUrls.resolve(urls.pubmed(), "/efetch.fcgi?db=pubmed&retmode=xml&id=" + pmid.value()
                + "&tool=scholarfolio" + (email.isEmpty() ? "" : "&email=" + encode(email)));
        return new FetchedRecord(id, PubmedRecord.map(client.get(efetch, "application/xml", RECORD_AGE, id.toString()),
                pmid), List.of());
    }

    private FetchedRecord fetchDoi(Identifier.Doi doi) throws LookupException, InterruptedException {
        String about = doi.toString();
        JsonNode csl = json(ServiceUrls.resolve(urls.doi(), "/" + pathEncode(doi.value())), CSL_JSON, RECORD_AGE, about,
                "doi.org");
        Publication p = CslJsonRecord.map(csl, about);
        if (p.title().isEmpty()) {
            throw new LookupException(about, "the record doi.org gave has no title; it was not used");
        }
        if (p.doi().isEmpty()) {
            p = p.toBuilder().doi(doi.value()).build();
        }
        List<String> notes = new ArrayList<>();
        try {
            p = withOpenAlex(p, OpenAlexWork.read(json(openAlexWork(doi.value()), "application/json", RECORD_AGE,
                    about, "OpenAlex")));
        } catch (LookupException e) {
            notes.add("no open-access link or license from OpenAlex: " + e.reason());
        }
        return new FetchedRecord(doi, p, notes);
    }

    /** The PDF when OpenAlex knows an open-access copy, its license, and the arXiv id of its preprint. */
    private static Publication withOpenAlex(Publication p, OpenAlexWork work) {
        Publication.Builder b = p.toBuilder();
        if (!work.oaPdfUrl().isEmpty() && p.links().pdf().isEmpty()) {
            b.links(p.links().with(LinkKind.PDF, work.oaPdfUrl()));
        }
        if (p.arxiv().isEmpty() && !work.arxivId().isEmpty()) {
            b.arxiv(work.arxivId());
        }
        if (!work.license().isEmpty() && p.text(PublicationField.LICENSE).isEmpty()) {
            b.text(PublicationField.LICENSE, OpenAlexWork.licenseName(work.license()));
        }
        return b.build();
    }

    URI openAlexWork(String doi) {
        return ServiceUrls.resolve(urls.openAlex(), "/works/doi:" + pathEncode(doi) + mailto("?"));
    }

    String mailto(String separator) {
        return email.isEmpty() ? "" : separator + "mailto=" + encode(email);
    }

    JsonNode json(URI uri, String accept, Duration maxAge, String about, String service)
            throws LookupException, InterruptedException {
        return parse(client.get(uri, accept, maxAge, about), about, service);
    }

    static JsonNode parse(String body, String about, String service) throws LookupException {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new LookupException(about, service + " sent an empty answer");
            }
            return node;
        } catch (JsonProcessingException e) {
            // A limit Jackson keeps (nesting over 1,000 deep, a number of a thousand digits) comes without a place.
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new LookupException(about, service + "'s answer is not readable JSON (" + where
                    + e.getOriginalMessage() + ")");
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A DOI as a path: its slashes kept, everything a URI path cannot hold percent-encoded. */
    static String pathEncode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            int u = c & 0xff;
            if (u < 0x80 && (Character.isLetterOrDigit(u) || "-._~/:;()!*'@$,=+".indexOf(u) >= 0)) {
                b.append((char) u);
            } else {
                b.append('%').append(String.format("%02X", u));
            }
        }
        return b.toString();
    }
}
