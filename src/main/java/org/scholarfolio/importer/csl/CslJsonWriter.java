package org.scholarfolio.importer.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.Publication;

/**
 * Writes publications as CSL-JSON (an array of items, as Zotero, Pandoc and citeproc read them).
 * BibTeX types map to CSL types the way Zotero and Pandoc map them; titles and venues are CSL rich
 * text ({@link CslRichText}: protective braces as {@code <span class="nocase">}, markup, math as Unicode);
 * al-folio's markers and display-only fields (abbr, selected, preview, badges) have no CSL variable
 * and are left out. The item {@code id} is the citation key.
 */
public final class CslJsonWriter {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article", "article-journal"), Map.entry("inproceedings", "paper-conference"),
            Map.entry("conference", "paper-conference"), Map.entry("proceedings", "book"),
            Map.entry("book", "book"), Map.entry("inbook", "chapter"), Map.entry("incollection", "chapter"),
            Map.entry("booklet", "pamphlet"), Map.entry("phdthesis", "thesis"),
            Map.entry("mastersthesis", "thesis"), Map.entry("thesis", "thesis"),
            Map.entry("techreport", "report"), Map.entry("report", "report"), Map.entry("manual", "report"),
            Map.entry("unpublished", "manuscript"), Map.entry("patent", "patent"),
            Map.entry("online", "webpage"), Map.entry("misc", "document"));

    public String write(List<Publication> publications) {
        JsonBuilder json = new JsonBuilder().beginArray();
        for (Publication p : publications) {
            item(json, p);
        }
        return json.endArray().toString();
    }

    private static void item(JsonBuilder json, Publication p) {
        json.beginObject();
        json.name("id").value(p.citationKey());
        json.name("type").value(TYPES.getOrDefault(p.entryType(), "document"));
        json.field("title", CslRichText.of(p.title()));
        if (!p.authors().isEmpty()) {
            json.name("author").beginArray();
            for (Author a : p.authors()) {
                json.beginObject()
                        .field("family", InlineText.plain(a.family()))
                        .field("given", InlineText.plain(a.given()))
                        .field("non-dropping-particle", InlineText.plain(a.von()))
                        .field("suffix", InlineText.plain(a.jr()))
                        .endObject();
            }
            json.endArray();
        }
        String container = !p.journal().isEmpty() ? p.journal() : bookTitle(p);
        json.field("container-title", CslRichText.of(container));
        json.field("collection-title", CslRichText.of(p.bibtexField("series")));
        json.field("publisher", InlineText.plain(p.entryType().endsWith("thesis") && p.publisher().isEmpty() ? p.school() : p.publisher()));
        place(json, p);
        if (p.entryType().equals("phdthesis")) {
            json.name("genre").value("PhD thesis");
        } else if (p.entryType().equals("mastersthesis")) {
            json.name("genre").value("Master's thesis");
        }
        if (p.year() != null) {
            json.name("issued").beginObject().name("date-parts").beginArray().beginArray().value(p.year());
            if (p.month() != null) {
                json.value(p.month());
            }
            json.endArray().endArray().endObject();
        } else if (!p.status().isEmpty()) {
            // CSL's variable for it: styles print "(in press)" where the date would go
            json.name("status").value(p.status());
        } else if (!p.yearAsTyped().isBlank()) {
            // a year typed wrong, kept as written: a date CSL processors print as it stands
            json.name("issued").beginObject().name("literal").value(p.yearAsTyped().strip()).endObject();
        }
        json.field("volume", p.volume());
        json.field("issue", p.number());
        // CSL page ranges use a plain hyphen; citeproc typesets the dash itself
        json.field("page", p.pages().replaceAll("\\s*(?:--|[\u2013\u2014])\\s*", "-"));
        json.field("DOI", p.doi());
        json.field("URL", url(p));
        json.field("ISBN", p.bibtexField("isbn"));
        json.field("ISSN", p.bibtexField("issn"));
        json.field("PMID", p.bibtexField("pmid"));
        json.field("abstract", p.abstractText());
        json.field("note", CslRichText.of(p.note()));
        for (PublicationField f : PublicationField.values()) {
            f.cslVariable().ifPresent(variable -> json.field(variable,
                    f.kind() == PublicationField.Kind.TEXT ? CslRichText.of(p.text(f)) : p.text(f)));
        }
        custom(json, p);
        json.endObject();
    }

    /**
     * biblatex's book title as it prints it: main title, book title, subtitle and addition
     * ("Collected Works. The Sea: Essays. Second Edition").
     */
    private static String bookTitle(Publication p) {
        String title = p.booktitle();
        if (title.isEmpty()) {
            return "";
        }
        String main = p.text(PublicationField.MAINTITLE);
        String sub = p.text(PublicationField.BOOKSUBTITLE);
        String addon = p.text(PublicationField.BOOKTITLEADDON);
        return (main.isEmpty() ? "" : main + ". ") + title + (sub.isEmpty() ? "" : ": " + sub)
                + (addon.isEmpty() ? "" : ". " + addon);
    }

    /**
     * {@code address} is where the publisher is. {@code location} means two things: where a talk or
     * conference took place (al-folio's use, CSL's event place) and, in biblatex, where the publisher
     * is; so it is the event place for conference papers and talks, the publisher's place otherwise
     * when {@code address} says nothing (docs/decisions/location-keeps-both-meanings.md).
     */
    private static void place(JsonBuilder json, Publication p) {
        String address = p.bibtexField("address");
        String location = p.location();
        boolean event = EVENT_TYPES.contains(p.entryType()) || !address.isEmpty();
        json.field("publisher-place", address.isEmpty() && !event ? location : address);
        json.field("event-place", event ? location : "");
    }

    /** Entry types whose place is where they were presented. */
    private static final Set<String> EVENT_TYPES = Set.of("inproceedings", "conference",
            "proceedings", "unpublished", "misc", "online");

    /** Links CSL has no variable for, under the item's {@code custom} object by their key. */
    private static void custom(JsonBuilder json, Publication p) {
        boolean open = false;
        for (LinkKind kind : LinkKind.values()) {
            if (kind.csl() == LinkKind.Csl.CUSTOM && !p.links().get(kind).isBlank()) {
                if (!open) {
                    json.name("custom").beginObject();
                    open = true;
                }
                json.field(kind.key(), p.links().get(kind));
            }
        }
        // The person's own buttons: CSL has no variable for them, so by the BibTeX name their label gives.
        for (OwnLink own : p.links().own()) {
            String name = own.bibtexName();
            if (!name.isEmpty() && !own.url().isBlank() && LinkKind.byKey(name).isEmpty()) {
                if (!open) {
                    json.name("custom").beginObject();
                    open = true;
                }
                json.field(name, own.url());
            }
        }
        if (open) {
            json.endObject();
        }
    }

    /** The paper's own page: its url field, else the html or pdf link when that is a web address, else arXiv. */
    private static String url(Publication p) {
        List<String> candidates = new ArrayList<>();
        candidates.add(p.bibtexField("url"));
        for (LinkKind kind : LinkKind.values()) {
            if (kind.csl() == LinkKind.Csl.URL_CANDIDATE) {
                candidates.add(p.links().get(kind));
            }
        }
        for (String candidate : candidates) {
            String c = candidate.strip().toLowerCase(Locale.ROOT);
            if (c.startsWith("https://") || c.startsWith("http://")) {
                return candidate.strip();
            }
        }
        return p.arxiv().isEmpty() ? "" : "https://arxiv.org/abs/" + p.arxiv().strip();
    }
}
