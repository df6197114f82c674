package org.scholarfolio.site;

/**
 * An arXiv field as the site uses it: its id without the prefixes a researcher may have typed before it
 * ({@code arXiv:}, {@code https://arxiv.org/abs/}, {@code http://arxiv.org/pdf/}, in any ASCII case). Written as
 * loops in place of the expressions {@code ^(?i)(https?://arxiv\.org/(abs|pdf)/|arxiv:)} and {@code \.pdf$}, which
 * every paper's page ran twice; {@code ArxivIdsTest} holds the loops to those expressions.
 */
final class ArxivIds {
    private ArxivIds() {
    }

    /** For Google Scholar's {@code citation_arxiv_id}: the id without its prefix (abs or pdf) and a final {@code .pdf}. */
    static String id(String arxiv) {
        String id = withoutPrefix(arxiv.strip(), true);
        // "$" of an expression without flags matches at the end and before a final line terminator; strip() leaves
        // only U+0085 of those
        int end = id.length();
        if (end > 0 && id.charAt(end - 1) == '\u0085') {
            end--;
        }
        return end >= 4 && id.startsWith(".pdf", end - 4) ? id.substring(0, end - 4) + id.substring(end) : id;
    }

    /** For the paper's arXiv link: the id without the {@code arXiv:} or {@code …/abs/} prefix. */
    static String absId(String arxiv) {
        return withoutPrefix(arxiv.strip(), false);
    }

    private static String withoutPrefix(String s, boolean pdfToo) {
        if (startsWithAscii(s, 0, "arxiv:")) {
            return s.substring(6);
        }
        int host = startsWithAscii(s, 0, "https://") ? 8 : startsWithAscii(s, 0, "http://") ? 7 : -1;
        if (host < 0 || !startsWithAscii(s, host, "arxiv.org/")) {
            return s;
        }
        int path = host + 10;
        return startsWithAscii(s, path, "abs/") || pdfToo && startsWithAscii(s, path, "pdf/") ? s.substring(path + 4) : s;
    }

    /** {@code lower} at {@code at} of {@code s} in any case of its ASCII letters, as {@code (?i)} without Unicode case. */
    private static boolean startsWithAscii(String s, int at, String lower) {
        if (s.length() - at < lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = s.charAt(at + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
