package org.scholarfolio.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DOI without the resolver address or {@code doi:} scheme people paste with it, kept as written
 * (DOIs compare ignoring case, but the registrant's spelling is nicer). The one place that knows how
 * a DOI is spelled: the importers, the merge, the validator, the site and the lookups all read DOIs
 * through it.
 */
public record Doi(String value) {
    /** The address that resolves a DOI; the site links {@code RESOLVER + value}. */
    public static final String RESOLVER = "https://doi.org/";
    /** arXiv registers a DOI for every paper with DataCite under this prefix. */
    public static final String ARXIV_PREFIX = "10.48550/";

    private static final Pattern RESOLVER_OR_SCHEME = Pattern.compile(
            // doi.acm.org: ACM's own resolver, in the doi field of ACM Digital Library exports until 2016
            "^(?:(?:https?://)?(?:(?:dx\\.|www\\.)?doi\\.org|doi\\.acm\\.org)/|doi:\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SYNTAX = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");
    private static final Pattern ARXIV = Pattern.compile("10\\.48550/arxiv\\.(.+)", Pattern.CASE_INSENSITIVE);

    public Doi {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Reads a DOI as people paste it: {@code 10.1000/xyz}, {@code doi:10.1000/xyz} or a
     * {@code (dx.)doi.org} address with or without its scheme; surrounding whitespace is dropped.
     */
    public static Doi of(String typed) {
        return new Doi(withoutResolver(typed == null ? "" : typed.strip()));
    }

    /** {@code text} without a leading resolver address or {@code doi:} scheme; nothing else changes. */
    public static String withoutResolver(String text) {
        // Every prefix starts with h, d or w (http, dx., doi, www.): a DOI as it should be written (10.…) or none
        // is not run through the expression, which several views of every paper ask of it
        char first = text.isEmpty() ? '1' : (char) (text.charAt(0) | 0x20);
        if (first != 'h' && first != 'd' && first != 'w') {
            return text;
        }
        return RESOLVER_OR_SCHEME.matcher(text).replaceFirst("");
    }

    /** Whether {@code text} starts with a resolver address or the {@code doi:} scheme. */
    public static boolean hasResolver(String text) {
        return RESOLVER_OR_SCHEME.matcher(text).find();
    }

    /** arXiv's DataCite DOI for a paper (version-less id). */
    public static Doi ofArxiv(String arxivId) {
        return new Doi(ARXIV_PREFIX + "arXiv." + arxivId);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** The DOI folded for comparison: DOIs are case-insensitive. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Whether it starts as every DOI does ({@code 10.}). */
    public boolean hasDoiPrefix() {
        return value.startsWith("10.");
    }

    /** Whether it reads {@code 10.NNNN/suffix}, the registry's syntax. */
    public boolean isWellFormed() {
        return SYNTAX.matcher(value).matches();
    }

    /** Whether arXiv registered it (the preprint's DOI rather than a publisher's). */
    public boolean isArxiv() {
        return key().startsWith(ARXIV_PREFIX);
    }

    /** The arXiv id inside an arXiv DOI ({@code 10.48550/arXiv.2101.00001} gives {@code 2101.00001}). */
    public Optional<String> arxivId() {
        Matcher m = ARXIV.matcher(value);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The canonical spelling used in messages: {@code doi:10.1000/xyz}. */
    @Override
    public String toString() {
        return "doi:" + value;
    }
}
