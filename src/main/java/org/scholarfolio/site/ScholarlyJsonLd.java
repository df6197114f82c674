package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.PublicationView;

/**
 * A paper's schema.org description: the type its entry is (ScholarlyArticle, Chapter, Book, Thesis,
 * Report), an article's Periodical / PublicationVolume / PublicationIssue chain, full date,
 * pagination, publisher, the DOI as an identifier, and authors as Persons with their ORCID.
 */
final class ScholarlyJsonLd {
    private ScholarlyJsonLd() {
    }

    /**
     * @param abstractText  the abstract's text ({@link PageHead#plainText}), "" for none
     * @param dir           the paper's folder, for its address
     * @param researcherOrcid the ORCID address of the site's owner, for the author who is them; may be blank
     * @return the description as {@link JsonText} writes it, into the page ({@link HtmlOut#scriptJson})
     */
    static Map<String, Object> of(Publication p, PublicationView v, String abstractText, String baseUrl, String dir,
                     String researcherOrcid) {
        EntryKind kind = EntryKind.of(p);
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@context", "https://schema.org");
        work.put("@type", switch (kind) {
            case CHAPTER -> "Chapter";
            case BOOK -> "Book";
            case THESIS -> "Thesis";
            case REPORT -> "Report";
            default -> "ScholarlyArticle";
        });
        work.put("headline", v.titleText());
        work.put("name", v.titleText());
        List<Object> authors = new ArrayList<>();
        for (int i = 0; i < p.authors().size(); i++) {
            Author a = p.authors().get(i);
            // The view's name where it has one: the same text, made once for every page that shows it.
            Map<String, Object> person = JsonText.object("@type", "Person", "name", i < v.authors().size()
                    ? v.authors().get(i).name() : PublicationViews.withoutBraces(a.displayName()));
            String orcid = a.url().strip().startsWith("https://orcid.org/") ? a.url().strip()
                    : i < v.authors().size() && v.authors().get(i).me() ? researcherOrcid : "";
            if (!orcid.isBlank()) {
                person.put("sameAs", orcid);
            }
            authors.add(person);
        }
        if (!authors.isEmpty()) {
            work.put("author", authors);
        }
        if (p.year() != null) {
            work.put("datePublished", p.month() != null && p.month() >= 1 && p.month() <= 12
                    ? ScholarMeta.zeroPadded(p.year(), 4) + "-" + ScholarMeta.zeroPadded(p.month(), 2) : p.year().toString());
        }
        switch (kind) {
            case ARTICLE -> periodical(p).ifPresent(chain -> work.put("isPartOf", chain));
            case PAPER_IN_PROCEEDINGS, CHAPTER -> {
                if (!p.booktitle().isBlank()) {
                    work.put("isPartOf", JsonText.object("@type", "Book", "name", clean(p.booktitle())));
                }
            }
            case THESIS -> {
                organization(first(p.school(), ScholarMeta.field(p, "institution")), "CollegeOrUniversity")
                        .ifPresent(o -> work.put("sourceOrganization", o));
                work.put("inSupportOf", p.entryType().equals("mastersthesis") ? "Master's degree" : "PhD");
            }
            case REPORT -> {
                organization(first(ScholarMeta.field(p, "institution"), p.school()), "Organization")
                        .ifPresent(o -> work.put("sourceOrganization", o));
                if (!p.number().isBlank()) {
                    work.put("reportNumber", clean(p.number()));
                }
            }
            default -> {
                if (!p.journal().isBlank()) {
                    work.put("isPartOf", JsonText.object("@type", "Periodical", "name", clean(p.journal())));
                }
            }
        }
        ScholarMeta.pageRange(p.pages()).ifPresent(range -> {
            work.put("pageStart", range[0]);
            if (range.length > 1) {
                work.put("pageEnd", range[1]);
            }
            work.put("pagination", String.join("–", range));
        });
        organization(p.publisher(), "Organization").ifPresent(o -> work.put("publisher", o));
        String isbn = ScholarMeta.field(p, "isbn");
        if (kind == EntryKind.BOOK && !isbn.isBlank()) {
            work.put("isbn", clean(isbn));
        }
        if (!p.doi().isBlank()) {
            String doi = Doi.of(p.doi()).value();
            work.put("identifier", JsonText.object("@type", "PropertyValue", "propertyID", "DOI", "value", doi));
            work.put("sameAs", Doi.RESOLVER + SiteAssets.encodeUrlPart(doi));
        }
        if (!abstractText.isBlank()) {
            work.put("abstract", abstractText);
        }
        if (!baseUrl.isEmpty()) {
            work.put("url", baseUrl + dir);
        }
        return work;
    }

    /** Periodical, inside it the volume, inside that the issue: the innermost one the entry names. */
    private static java.util.Optional<Map<String, Object>> periodical(Publication p) {
        if (p.journal().isBlank()) {
            return java.util.Optional.empty();
        }
        Map<String, Object> part = JsonText.object("@type", "Periodical", "name", clean(p.journal()));
        String issn = ScholarMeta.field(p, "issn");
        if (!issn.isBlank()) {
            part.put("issn", clean(issn));
        }
        if (!p.volume().isBlank()) {
            part = JsonText.object("@type", "PublicationVolume", "volumeNumber", clean(p.volume()), "isPartOf", part);
        }
        if (!p.number().isBlank()) {
            part = JsonText.object("@type", "PublicationIssue", "issueNumber", clean(p.number()), "isPartOf", part);
        }
        return java.util.Optional.of(part);
    }

    private static java.util.Optional<Map<String, Object>> organization(String name, String type) {
        return name.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(JsonText.object("@type", type, "name", clean(name)));
    }

    private static String clean(String s) {
        return PublicationViews.withoutBraces(s).strip();
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b : a;
    }
}
