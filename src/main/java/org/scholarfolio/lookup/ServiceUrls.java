package org.scholarfolio.lookup;

import java.net.URI;
import java.util.Map;

/**
 * Where the open scholarly services answer. Each base address can be replaced through an
 * environment variable, so that tests, mirrors and proxies can point elsewhere.
 */
public record ServiceUrls(URI doi, URI arxiv, URI openAlex, URI orcid, URI pubmed) {
    public static final String DOI_VARIABLE = "SCHOLARFOLIO_DOI_URL";
    public static final String ARXIV_VARIABLE = "SCHOLARFOLIO_ARXIV_URL";
    public static final String OPENALEX_VARIABLE = "SCHOLARFOLIO_OPENALEX_URL";
    public static final String ORCID_VARIABLE = "SCHOLARFOLIO_ORCID_URL";
    public static final String PUBMED_VARIABLE = "SCHOLARFOLIO_PUBMED_URL";

    public static final ServiceUrls PUBLIC = new ServiceUrls(URI.create("https://doi.org"),
            URI.create("https://export.arxiv.org/api"), URI.create("https://api.openalex.org"),
            URI.create("https://pub.orcid.org/v3.0"), URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils"));

    public ServiceUrls {
        doi = base(doi);
        arxiv = base(arxiv);
        openAlex = base(openAlex);
        orcid = base(orcid);
        pubmed = base(pubmed);
    }

    /** @throws IllegalArgumentException naming the variable whose value is no http(s) address */
    public static ServiceUrls fromEnvironment(Map<String, String> env) {
        return new ServiceUrls(pick(env, DOI_VARIABLE, PUBLIC.doi), pick(env, ARXIV_VARIABLE, PUBLIC.arxiv),
                pick(env, OPENALEX_VARIABLE, PUBLIC.openAlex), pick(env, ORCID_VARIABLE, PUBLIC.orcid),
                pick(env, PUBMED_VARIABLE, PUBLIC.pubmed));
    }

    private static URI pick(Map<String, String> env, String name, URI fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                throw new IllegalArgumentException(name + "=" + value + " is not an http or https address");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not an address: " + e.getReason(), e);
        }
    }

    /** The address without a trailing slash, so that paths can be appended as {@code base + "/works"}. */
    private static URI base(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    /** {@code base + path}; the path starts with a slash and is already percent-encoded. */
    static URI resolve(URI base, String path) {
        return URI.create(base.toString() + path);
    }
}
