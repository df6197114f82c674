package org.scholarfolio.lookup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's identifier as a researcher pastes it: a DOI, an arXiv id or a PubMed id, in any of the
 * spellings the services and publishers print. {@link #toString()} gives one canonical spelling
 * ({@code doi:10.1000/xyz}, {@code arxiv:2101.00001v2}, {@code pmid:12345}) used in every message.
 */
public sealed interface Identifier permits Identifier.Doi, Identifier.Arxiv, Identifier.Pubmed {

    /** A DOI to look up; the DOI itself is the model's value type. */
    record Doi(org.scholarfolio.model.Doi doi) implements Identifier {
        public String value() {
            return doi.value();
        }

        /** The DOI folded for comparison: DOIs are case-insensitive. */
        public String key() {
            return doi.key();
        }

        @Override
        public String toString() {
            return doi.toString();
        }
    }

    /** An arXiv id, new style ({@code 2101.00001}) or old style ({@code math/0601001}); version may be empty. */
    record Arxiv(String id, String version) implements Identifier {
        @Override
        public String toString() {
            return "arxiv:" + id + version;
        }

        /** The DOI arXiv registers with DataCite for every paper (the version-less one). */
        public Doi doi() {
            return new Doi(org.scholarfolio.model.Doi.ofArxiv(id));
        }
    }

    /** A PubMed id (PMID). */
    record Pubmed(String value) implements Identifier {
        @Override
        public String toString() {
            return "pmid:" + value;
        }
    }

    Pattern ARXIV_NEW = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");
    Pattern ARXIV_OLD = Pattern.compile("([a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
    Pattern PMID = Pattern.compile("[1-9]\\d{0,9}");
    Pattern ARXIV_URL = Pattern.compile("^(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/",
            Pattern.CASE_INSENSITIVE);
    Pattern PUBMED_URL = Pattern.compile("^(?:https?://)?(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov/|(?:www\\.)?ncbi\\.nlm\\.nih\\.gov/pubmed/)",
            Pattern.CASE_INSENSITIVE);
    Pattern SCHEME = Pattern.compile("^(doi|arxiv|pmid|pubmed)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * Reads one identifier. Accepts {@code doi:10.…}, {@code 10.…}, {@code https://doi.org/10.…},
     * {@code arxiv:2101.00001}, {@code arXiv:math/0601001v2}, {@code https://arxiv.org/abs/…} (or
     * {@code /pdf/…}), {@code pmid:…} and PubMed addresses. An arXiv DOI ({@code 10.48550/arXiv.…})
     * is read as the arXiv id, whose service says more about the paper.
     *
     * @throws IllegalArgumentException with a sentence saying what was expected
     */
    static Identifier parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("an empty identifier; give a DOI, an arXiv id or pmid:NUMBER");
        }
        Matcher scheme = SCHEME.matcher(s);
        String kind = "";
        if (scheme.find()) {
            kind = scheme.group(1).toLowerCase(Locale.ROOT);
            s = s.substring(scheme.end());
        } else if (org.scholarfolio.model.Doi.hasResolver(s)) {
            kind = "doi";
            s = org.scholarfolio.model.Doi.withoutResolver(s);
            s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } else if (ARXIV_URL.matcher(s).find()) {
            kind = "arxiv";
            s = ARXIV_URL.matcher(s).replaceFirst("").replaceFirst("(?i)\\.pdf$", "").replaceFirst("/$", "");
        } else if (PUBMED_URL.matcher(s).find()) {
            kind = "pmid";
            s = PUBMED_URL.matcher(s).replaceFirst("").replaceFirst("/$", "");
        }
        return switch (kind) {
            case "doi" -> doi(s, text);
            case "arxiv" -> arxiv(s, text);
            case "pmid", "pubmed" -> pubmed(s, text);
            default -> guess(s, text);
        };
    }

    private static Identifier guess(String s, String original) {
        if (s.startsWith("10.")) {
            return doi(s, original);
        }
        if (ARXIV_NEW.matcher(s).matches() || ARXIV_OLD.matcher(s).matches()) {
            return arxiv(s, original);
        }
        throw new IllegalArgumentException("\"" + original.strip() + "\" is not a DOI (10.…), an arXiv id "
                + "(arxiv:2101.00001) or a PubMed id (pmid:12345)");
    }

    private static Identifier doi(String s, String original) {
        org.scholarfolio.model.Doi doi = new org.scholarfolio.model.Doi(s);
        if (!doi.isWellFormed()) {
            throw new IllegalArgumentException("\"" + original.strip() + "\" is not a DOI: a DOI reads 10.NNNN/suffix");
        }
        if (doi.arxivId().isPresent()) {
            try {
                return arxiv(doi.arxivId().get(), original);
            } catch (IllegalArgumentException notArxiv) {
                return new Doi(doi);
            }
        }
        return new Doi(doi);
    }

    private static Identifier arxiv(String s, String original) {
        Matcher m = ARXIV_NEW.matcher(s);
        if (m.matches()) {
            return new Arxiv(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        m = ARXIV_OLD.matcher(s);
        if (m.matches()) {
            return new Arxiv(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        throw new IllegalArgumentException("\"" + original.strip() + "\" is not an arXiv id: they read 2101.00001 "
                + "or math/0601001, with an optional version such as v2");
    }

    private static Identifier pubmed(String s, String original) {
        if (!PMID.matcher(s).matches()) {
            throw new IllegalArgumentException("\"" + original.strip() + "\" is not a PubMed id: a PMID is a number");
        }
        return new Pubmed(s);
    }
}
