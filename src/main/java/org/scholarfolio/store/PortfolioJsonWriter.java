package org.scholarfolio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.NewsField;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;

/**
 * Writes the canonical JSON of a portfolio: members in a fixed order, empty texts and lists
 * left out, unknown members after the known ones in their original order. Same portfolio, same
 * bytes. Records go straight to the generator, no tree in between; the journal's diff asks for one
 * record's tree ({@link #tree}), made from the same writing so there is one definition of the format.
 */
final class PortfolioJsonWriter {
    private static final List<String> TOP_LEVEL = List.of("schemaVersion", "profile", "site", "news", "publications", "pages");
    // values() copies its array on every call: once per record adds up over 10,000 publications.
    private static final PublicationField[] PUBLICATION_FIELDS = PublicationField.values();
    private static final NewsField[] NEWS_FIELDS = NewsField.values();

    /** Writes one record to a generator. */
    interface RecordWriter<T> {
        void write(T record, JsonSink g) throws IOException;
    }

    private PortfolioJsonWriter() {
    }

    static void write(Portfolio p, JsonSink g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", Portfolio.CURRENT_SCHEMA_VERSION);
        g.writeFieldName("profile");
        profile(p.profile(), g);
        g.writeFieldName("site");
        site(p.site(), g);
        g.writeArrayFieldStart("news");
        for (NewsItem n : p.news()) {
            news(n, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("publications");
        for (Publication pub : p.publications()) {
            publication(pub, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pages");
        for (Page page : p.pages()) {
            page(page, g);
        }
        g.writeEndArray();
        for (Map.Entry<String, Object> e : p.unknownFields().values().entrySet()) {
            if (!TOP_LEVEL.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                JsonObjectWriter.writePlain(e.getValue(), g);
            }
        }
        g.writeEndObject();
    }

    /** What {@code writer} writes for {@code record}, as a tree (numbers exact). */
    static <T> ObjectNode tree(T record, RecordWriter<T> writer) {
        try (TokenBuffer buffer = new TokenBuffer(null, false)) {
            writer.write(record, JsonSink.of(buffer));
            return (ObjectNode) LocatedJson.tree(buffer.asParser());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
    }

    /** The whole portfolio as one tree (the journal's replay patches it). */
    static ObjectNode write(Portfolio p) {
        return tree(p, PortfolioJsonWriter::write);
    }

    /** The top-level unknown members as an object of their own (the journal's diff compares them). */
    static void unknownMembers(UnknownFields extra, JsonSink g) throws IOException {
        JsonObjectWriter.start(g, extra).end();
    }

    static void profile(Profile p, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, p.unknownFields());
        for (ProfileField field : ProfileField.values()) {
            String key = field.jsonKey();
            switch (field.kind()) {
                case TEXT, INLINE_MARKDOWN, MARKDOWN -> o.text(key, field.text(p));
                case LINES -> o.texts(key, field.lines(p));
                case STRUCTURED -> {
                    switch (field) {
                        case NAME -> name(p.name(), o.name(key));
                        case PHOTO -> {
                            if (p.photo() != null) {
                                photo(p.photo(), o.name(key));
                            }
                        }
                        case SOCIAL_LINKS -> {
                            o.name(key).writeStartArray();
                            for (SocialLink s : p.socialLinks()) {
                                socialLink(s, g);
                            }
                            g.writeEndArray();
                        }
                        default -> throw new IllegalStateException(field + " is not structured");
                    }
                }
            }
        }
        o.end();
    }

    private static void name(PersonName n, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, n.unknownFields());
        o.text("first", n.first());
        o.text("middle", n.middle());
        o.text("last", n.last());
        o.end();
    }

    private static void photo(Photo p, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, p.unknownFields());
        o.text("path", p.path());
        o.put("align", p.align().name().toLowerCase(Locale.ROOT));
        o.put("circular", p.circular());
        o.text("alt", p.alt());
        o.end();
    }

    private static void socialLink(SocialLink s, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, s.unknownFields());
        o.put("kind", s.kind());
        o.text("value", s.value());
        o.text("title", s.title());
        o.text("url", s.url());
        o.text("icon", s.icon());
        o.end();
    }

    static void site(SiteSettings s, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, s.unknownFields());
        o.text("title", s.title());
        o.text("baseUrl", s.baseUrl());
        o.text("description", s.description());
        o.put("language", s.language());
        o.put("showNews", s.showNews());
        o.put("newsLimit", s.newsLimit());
        o.put("newsScrollable", s.newsScrollable());
        o.put("showSelectedPapers", s.showSelectedPapers());
        o.put("showMetricBadges", s.showMetricBadges());
        o.put("showSocials", s.showSocials());
        o.text("footer", s.footer());
        o.put("showMadeWith", s.showMadeWith());
        o.texts("embedHosts", s.embedHosts());
        JsonObjectWriter theme = JsonObjectWriter.start(o.name("theme"), s.theme().unknownFields());
        theme.put("accentColor", s.theme().accentColor());
        theme.put("darkMode", s.theme().darkMode());
        theme.put("showDarkModeToggle", s.theme().showDarkModeToggle());
        theme.end();
        o.text("bibtexPreamble", s.bibtexPreamble());
        o.end();
    }

    static void news(NewsItem n, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, n.unknownFields());
        for (NewsField field : NEWS_FIELDS) {
            String key = field.jsonKey();
            switch (field.kind()) {
                case TEXT, MARKDOWN -> o.text(key, field.text(n));
                case FLAG -> o.put(key, field.flag(n));
                case DATE -> {
                    // Without one, text typed in its place is written back among the unknown members.
                    if (n.date() != null) {
                        o.put(key, n.date().toString());
                    }
                }
            }
        }
        o.end();
    }

    static void publication(Publication p, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, p.unknownFields());
        o.put("citationKey", p.citationKey());
        o.put("entryType", p.entryType());
        for (PublicationField field : PUBLICATION_FIELDS) {
            field(o, p, field);
        }
        PublicationLinks links = p.links();
        Map<String, String> linkValues = links.asMap();
        if (!linkValues.isEmpty() || !links.unknownFields().isEmpty()) {
            JsonObjectWriter l = JsonObjectWriter.start(o.name("links"), links.unknownFields());
            for (Map.Entry<String, String> e : linkValues.entrySet()) {
                l.put(e.getKey(), e.getValue());
            }
            l.end();
        }
        // The person's own links right after the kinds' ones; a file without them is written as before.
        if (!links.own().isEmpty()) {
            JsonSink list = o.name(PublicationField.OWN_LINKS.jsonKey());
            list.writeStartArray();
            for (OwnLink own : links.own()) {
                JsonObjectWriter l = JsonObjectWriter.start(list, own.unknownFields());
                l.text("label", own.label());
                l.text("url", own.url());
                l.end();
            }
            list.writeEndArray();
        }
        PublicationBadges b = p.badges();
        if (!b.altmetric().isEmpty() || !b.dimensions().isEmpty() || !b.googleScholarId().isEmpty()
                || !b.inspirehepId().isEmpty() || !b.unknownFields().isEmpty()) {
            JsonObjectWriter badges = JsonObjectWriter.start(o.name("badges"), b.unknownFields());
            badges.text("altmetric", b.altmetric());
            badges.text("dimensions", b.dimensions());
            badges.text("googleScholarId", b.googleScholarId());
            badges.text("inspirehepId", b.inspirehepId());
            badges.end();
        }
        // A citation count follows the links and badges, where it has always stood in the file.
        if (p.citations() != null) {
            for (PublicationField field : PUBLICATION_FIELDS) {
                if (field.kind() == PublicationField.Kind.CITATION_COUNT) {
                    citations(p.citations(), o.name(field.jsonKey()));
                }
            }
        }
        if (!p.bibtexFields().isEmpty()) {
            JsonObjectWriter f = JsonObjectWriter.start(o.name("bibtexFields"), UnknownFields.NONE);
            for (Map.Entry<String, String> e : p.bibtexFields().entrySet()) {
                f.put(e.getKey(), e.getValue());
            }
            f.end();
        }
        o.end();
    }

    /** One registry field, written only when set (the author list always). */
    private static void field(JsonObjectWriter o, Publication p, PublicationField field) throws IOException {
        String key = field.jsonKey();
        switch (field.kind()) {
            case TEXT, MARKDOWN, VERBATIM, IDENTIFIER -> o.text(key, p.text(field));
            case FLAG -> o.flag(key, field.flag(p));
            case INTEGER, MONTH -> {
                Integer n = field.number(p);
                if (n != null) {
                    o.put(key, n);
                }
            }
            case NAMES -> {
                JsonSink g = o.name(key);
                g.writeStartArray();
                for (Author a : p.authors()) {
                    author(a, g);
                }
                g.writeEndArray();
            }
            case OWN_LINKS -> { } // after the links
            case CITATION_COUNT -> { } // after the links and badges
        }
    }

    private static void citations(CitationCount c, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, UnknownFields.NONE);
        o.put("count", c.count());
        o.text("source", c.source());
        o.put("fetched", c.fetched().toString());
        o.end();
    }

    private static void author(Author a, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, a.unknownFields());
        o.text("given", a.given());
        o.text("von", a.von());
        o.text("family", a.family());
        o.text("jr", a.jr());
        o.flag("equalContribution", a.equalContribution());
        o.flag("corresponding", a.corresponding());
        o.text("otherMarks", a.otherMarks());
        o.text("url", a.url());
        o.end();
    }

    static void page(Page p, JsonSink g) throws IOException {
        JsonObjectWriter o = JsonObjectWriter.start(g, p.unknownFields());
        o.put("slug", p.slug());
        o.text("title", p.title());
        o.put("menuOrder", p.menuOrder());
        o.put("inMenu", p.inMenu());
        o.text("body", p.body());
        o.end();
    }
}
