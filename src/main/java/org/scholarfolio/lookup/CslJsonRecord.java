package org.scholarfolio.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.UnknownFields;

/**
 * A CSL-JSON item, as doi.org's content negotiation serves it for Crossref, DataCite and mEDRA
 * DOIs, mapped onto a publication: every field CSL carries that the portfolio has a place for.
 */
final class CslJsonRecord {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article-journal", "article"), Map.entry("journal-article", "article"),
            Map.entry("paper-conference", "inproceedings"), Map.entry("proceedings-article", "inproceedings"),
            Map.entry("chapter", "incollection"), Map.entry("book-chapter", "incollection"),
            Map.entry("book", "book"), Map.entry("monograph", "book"), Map.entry("edited-book", "book"),
            Map.entry("thesis", "phdthesis"), Map.entry("dissertation", "phdthesis"),
            Map.entry("report", "techreport"), Map.entry("manuscript", "unpublished"),
            Map.entry("patent", "patent"), Map.entry("article", "article"), Map.entry("posted-content", "misc"),
            Map.entry("dataset", "misc"), Map.entry("software", "misc"), Map.entry("webpage", "misc"));

    private CslJsonRecord() {
    }

    static Publication map(JsonNode item, String about) throws LookupException {
        if (!item.isObject()) {
            throw new LookupException(about, "the answer is not a CSL-JSON record");
        }
        String cslType = text(item, "type");
        String type = TYPES.getOrDefault(cslType, "misc");
        Publication.Builder b = Publication.builder("", type);
        try {
            String title = ServiceMarkup.title(first(item.get("title")));
            String subtitle = ServiceMarkup.title(first(item.get("subtitle")));
            if (!subtitle.isEmpty() && !title.toLowerCase(Locale.ROOT).contains(subtitle.toLowerCase(Locale.ROOT))) {
                title = title + ": " + subtitle;
            }
            b.title(title);
            b.abstractText(ServiceMarkup.paragraphs(text(item, "abstract")));
            String container = ServiceMarkup.title(first(item.get("container-title")));
            if (container.isEmpty()) {
                container = ServiceMarkup.title(first(item.get("event-title")));
            }
            switch (type) {
                case "article", "misc", "unpublished", "techreport" -> b.journal(container);
                case "inproceedings", "incollection" -> b.booktitle(container);
                default -> { }
            }
        } catch (ServiceMarkup.ActiveMarkupException e) {
            throw new LookupException(about, "the record's text was refused: " + e.getMessage());
        }
        b.authors(authors(item.get("author")));
        String publisher = text(item, "publisher");
        if (type.equals("phdthesis")) {
            b.school(publisher);
        } else {
            b.publisher(publisher);
        }
        int[] date = date(item);
        if (date.length > 0) {
            b.year(date[0]);
        }
        if (date.length > 1 && date[1] >= 1 && date[1] <= 12) {
            b.month(date[1]);
        }
        b.volume(text(item, "volume")).number(text(item, "issue"))
                .pages(text(item, "page").replaceAll("\\s*[-\u2013\u2014]+\\s*", "--"))
                .doi(text(item, "DOI"))
                .location(text(item, "event-place"));
        Map<String, String> extra = new LinkedHashMap<>();
        put(extra, "issn", first(item.get("ISSN")));
        put(extra, "isbn", first(item.get("ISBN")));
        b.bibtexFields(extra).text(PublicationField.LICENSE, license(item));
        return b.build();
    }

    /** Authors in the record's order, with their ORCID iD as their link when the record gives one. */
    static List<Author> authors(JsonNode list) {
        List<Author> out = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode a : list) {
            String family = text(a, "family");
            String given = text(a, "given");
            if (family.isEmpty()) {
                family = text(a, "literal").isEmpty() ? text(a, "name") : text(a, "literal");
            }
            if (family.isEmpty() && given.isEmpty()) {
                continue;
            }
            String von = (text(a, "non-dropping-particle") + " " + text(a, "dropping-particle")).strip();
            String orcid = orcidUrl(text(a, "ORCID"));
            out.add(new Author(given, von, family, text(a, "suffix"), false, false, "", orcid, UnknownFields.NONE));
        }
        return out;
    }

    static String orcidUrl(String orcid) {
        if (orcid.isBlank()) {
            return "";
        }
        try {
            return OrcidId.parse(orcid).url();
        } catch (IllegalArgumentException notAnOrcid) {
            return "";
        }
    }

    private static int[] date(JsonNode item) {
        for (String field : List.of("issued", "published-print", "published-online", "created")) {
            JsonNode parts = item.path(field).path("date-parts").path(0);
            if (parts.isArray() && parts.size() > 0 && parts.get(0).canConvertToInt()
                    || parts.isArray() && parts.size() > 0 && parts.get(0).asText().matches("\\d{1,4}")) {
                int[] d = new int[parts.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = parts.get(i).asInt();
                }
                if (d[0] > 0) {
                    return d;
                }
            }
        }
        return new int[0];
    }

    /** The license of the version of record when the record lists several; DataCite calls it copyright. */
    private static String license(JsonNode item) {
        JsonNode licenses = item.get("license");
        if (licenses != null && licenses.isArray()) {
            Map<String, String> byVersion = new HashMap<>();
            for (JsonNode l : licenses) {
                byVersion.putIfAbsent(text(l, "content-version"), text(l, "URL"));
            }
            String vor = byVersion.get("vor");
            if (vor != null && !vor.isEmpty()) {
                return vor;
            }
            return licenses.size() > 0 ? text(licenses.get(0), "URL") : "";
        }
        return text(item, "copyright");
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (!value.isBlank()) {
            m.put(key, value.strip());
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().strip();
    }

    /** A field Crossref sometimes gives as a string and sometimes as a list of strings. */
    static String first(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            return v.size() == 0 || v.get(0).isContainerNode() ? "" : v.get(0).asText().strip();
        }
        return v.isContainerNode() ? "" : v.asText().strip();
    }
}
