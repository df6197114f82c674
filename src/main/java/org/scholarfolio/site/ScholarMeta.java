package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.Link;
import org.scholarfolio.site.Views.PublicationView;

/**
 * Google Scholar's {@code citation_*} meta tags (Highwire Press names) for a paper's page, with
 * the tags of its entry type: journal, conference, chapter, thesis or technical report.
 */
final class ScholarMeta {
    /** One {@code <meta name content>} pair; the template escapes both. */
    public record Meta(String name, String content) {
    }

    private ScholarMeta() {
    }

    /** {@code abstractText}: the abstract's text ({@link PageHead#plainText}), "" for none. */
    static List<Meta> citationMeta(Publication p, PublicationView v, String abstractText, String baseUrl) {
        List<Meta> meta = new ArrayList<>();
        meta.add(new Meta("citation_title", v.titleText()));
        for (Author a : p.authors()) {
            meta.add(new Meta("citation_author", PublicationViews.withoutBraces(a.bibtexName())));
        }
        if (p.year() != null) {
            String date = p.year() + (p.month() != null && p.month() >= 1 && p.month() <= 12
                    ? "/" + zeroPadded(p.month(), 2) : "");
            meta.add(new Meta("citation_publication_date", date));
        }
        switch (EntryKind.of(p)) {
            case ARTICLE -> add(meta, "citation_journal_title", p.journal());
            case PAPER_IN_PROCEEDINGS -> add(meta, "citation_conference_title", p.booktitle());
            case CHAPTER -> add(meta, "citation_inbook_title", p.booktitle());
            case THESIS -> add(meta, "citation_dissertation_institution", first(p.school(), field(p, "institution")));
            case REPORT -> {
                add(meta, "citation_technical_report_institution", first(field(p, "institution"), p.school()));
                add(meta, "citation_technical_report_number", p.number());
            }
            // Other kinds (misc, unpublished) name the venue the page shows: a workshop kept as
            // @misc with a booktitle is shown with it, so Scholar is told it as the conference.
            default -> {
                if (!p.journal().isBlank()) {
                    add(meta, "citation_journal_title", p.journal());
                } else {
                    add(meta, "citation_conference_title", p.booktitle());
                }
            }
        }
        add(meta, "citation_volume", p.volume());
        if (EntryKind.of(p) != EntryKind.REPORT) {
            add(meta, "citation_issue", p.number());
        }
        pageRange(p.pages()).ifPresent(range -> {
            add(meta, "citation_firstpage", range[0]);
            if (range.length > 1) {
                add(meta, "citation_lastpage", range[1]);
            }
        });
        add(meta, "citation_publisher", p.publisher());
        add(meta, "citation_isbn", field(p, "isbn"));
        add(meta, "citation_doi", Doi.of(p.doi()).value());
        add(meta, "citation_arxiv_id", arxivId(p.arxiv()));
        pdfUrl(v, baseUrl).ifPresent(url -> meta.add(new Meta("citation_pdf_url", url)));
        if (!abstractText.isBlank()) {
            meta.add(new Meta("citation_abstract", abstractText));
        }
        return meta;
    }

    /**
     * Scholar takes a PDF only from the abstract page's folder (or below it) on the same site, by
     * its absolute address: the paper's own files are in a folder beside its page. An off-site PDF
     * or a site without a base URL gets no tag.
     */
    static Optional<String> pdfUrl(PublicationView v, String baseUrl) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        String folder = Routes.filesOf(v.pageHref());
        return v.links().stream()
                .filter(l -> l.local() && !l.own() && l.label().equals("PDF") && l.href().startsWith(folder)
                        && l.href().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                .map(Link::href).findFirst().map(href -> baseUrl + href);
    }

    /**
     * {@code value} in decimal, zero-padded to {@code width} characters after a minus sign, as
     * {@code String.format("%0<width>d")} writes it in the root locale: without parsing a format
     * string on every page, and always in ASCII digits, whatever the computer's locale.
     */
    static String zeroPadded(int value, int width) {
        String digits = Long.toString(Math.abs((long) value));
        StringBuilder out = new StringBuilder(Math.max(width, digits.length() + 1));
        if (value < 0) {
            out.append('-');
        }
        for (int i = out.length() + digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    /** "230--265", "230-265", "230–265" or "e1234": the first and, when given, the last page. */
    static Optional<String[]> pageRange(String pages) {
        String clean = PublicationViews.withoutBraces(pages).strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        // Cut at the first \s*(-+|–|—)\s*, as Pattern.split(clean, 2) cut it: the white space before the first
        // dash, its run of hyphens (or the one en or em dash), the white space after it. By hand: once per paper.
        int dash = 0;
        while (dash < clean.length() && !isDash(clean.charAt(dash))) {
            dash++;
        }
        if (dash == clean.length()) {
            return Optional.of(new String[] {clean});
        }
        int start = dash;
        while (start > 0 && PageHead.isRegexSpace(clean.charAt(start - 1))) {
            start--;
        }
        int end = dash + 1;
        if (clean.charAt(dash) == '-') {
            while (end < clean.length() && clean.charAt(end) == '-') {
                end++;
            }
        }
        while (end < clean.length() && PageHead.isRegexSpace(clean.charAt(end))) {
            end++;
        }
        String last = clean.substring(end);
        return Optional.of(!last.isBlank() ? new String[] {clean.substring(0, start), last}
                : new String[] {clean.substring(0, start)});
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    static String arxivId(String arxiv) {
        return ArxivIds.id(arxiv);
    }

    /** A BibTeX field the model keeps among the other fields (institution, isbn, ...), by any case of its name. */
    static String field(Publication p, String name) {
        return p.bibtexField(name);
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b : a;
    }

    private static void add(List<Meta> meta, String name, String value) {
        if (value != null && !value.isBlank()) {
            meta.add(new Meta(name, PublicationViews.withoutBraces(value).strip()));
        }
    }
}
