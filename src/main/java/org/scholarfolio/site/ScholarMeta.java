package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.Link;
import org.scholarfolio.site.Views.PublicationView;

/**
 * Machine-readable descriptions of a paper: Google Scholar's {@code citation_*} meta tags (Highwire
 * Press names) and a schema.org {@code ScholarlyArticle}.
 */
final class ScholarMeta {
    /** One {@code <meta name content>} pair; the template escapes both. */
    public record Meta(String name, String content) {
    }

    private ScholarMeta() {
    }

    static List<Meta> citationMeta(Publication p, PublicationView v, String baseUrl) {
        List<Meta> meta = new ArrayList<>();
        meta.add(new Meta("citation_title", v.titleText()));
        for (Author a : p.authors()) {
            meta.add(new Meta("citation_author", PublicationViews.withoutBraces(a.bibtexName())));
        }
        if (p.year() != null) {
            String date = p.year() + (p.month() != null && p.month() >= 1 && p.month() <= 12
                    ? String.format("/%02d", p.month()) : "");
            meta.add(new Meta("citation_publication_date", date));
        }
        if (!p.journal().isBlank()) {
            meta.add(new Meta("citation_journal_title", PublicationViews.withoutBraces(p.journal())));
        } else if (!p.booktitle().isBlank()) {
            meta.add(new Meta("citation_conference_title", PublicationViews.withoutBraces(p.booktitle())));
        } else if (!p.school().isBlank()) {
            meta.add(new Meta("citation_dissertation_institution", PublicationViews.withoutBraces(p.school())));
        }
        add(meta, "citation_volume", p.volume());
        add(meta, "citation_issue", p.number());
        String[] pages = p.pages().split("-+|–", 2);
        if (!p.pages().isBlank()) {
            add(meta, "citation_firstpage", pages[0].strip());
            if (pages.length > 1) {
                add(meta, "citation_lastpage", pages[1].strip());
            }
        }
        add(meta, "citation_publisher", PublicationViews.withoutBraces(p.publisher()));
        add(meta, "citation_doi", p.doi().replaceFirst("^(?i)(https?://(dx\\.)?doi\\.org/|doi:)", ""));
        pdf(v, baseUrl).ifPresent(url -> meta.add(new Meta("citation_pdf_url", url)));
        if (!v.abstractHtml().isBlank()) {
            meta.add(new Meta("citation_abstract", org.jsoup.Jsoup.parseBodyFragment(v.abstractHtml()).text()));
        }
        return meta;
    }

    /** Google Scholar wants an absolute PDF address; a local file has one only with a base URL. */
    private static java.util.Optional<String> pdf(PublicationView v, String baseUrl) {
        for (Link l : v.links()) {
            if (l.label().equals("PDF")) {
                if (!l.local()) {
                    return java.util.Optional.of(l.href());
                }
                if (!baseUrl.isEmpty()) {
                    return java.util.Optional.of(baseUrl + l.href());
                }
            }
        }
        return java.util.Optional.empty();
    }

    static String articleJsonLd(Publication p, PublicationView v, String baseUrl, String dir) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "ScholarlyArticle");
        article.put("headline", v.titleText());
        article.put("name", v.titleText());
        List<Object> authors = new ArrayList<>();
        for (Author a : p.authors()) {
            authors.add(JsonText.object("@type", "Person", "name", PublicationViews.withoutBraces(a.displayName())));
        }
        if (!authors.isEmpty()) {
            article.put("author", authors);
        }
        if (p.year() != null) {
            article.put("datePublished", p.year().toString());
        }
        if (!p.venue().isBlank()) {
            article.put("isPartOf", JsonText.object("@type", "PublicationIssue", "name", PublicationViews.withoutBraces(p.venue())));
        }
        if (!p.doi().isBlank()) {
            article.put("sameAs", "https://doi.org/" + SiteAssets.encodeUrlPart(p.doi().replaceFirst("^(?i)(https?://(dx\\.)?doi\\.org/|doi:)", "")));
        }
        if (!v.abstractHtml().isBlank()) {
            article.put("abstract", org.jsoup.Jsoup.parseBodyFragment(v.abstractHtml()).text());
        }
        if (!baseUrl.isEmpty()) {
            article.put("url", baseUrl + dir);
        }
        return JsonText.write(article);
    }

    private static void add(List<Meta> meta, String name, String value) {
        if (value != null && !value.isBlank()) {
            meta.add(new Meta(name, value.strip()));
        }
    }
}
