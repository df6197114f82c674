package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;

/**
 * Writes the canonical JSON of a portfolio: members in a fixed order, empty texts and lists
 * left out, unknown members after the known ones in their original order. Same portfolio, same
 * bytes. {@link #write(Portfolio, JsonGenerator)} streams: only one record's tree is held at a time,
 * so saving 100,000 publications needs memory for one of them, not for a tree of all of them.
 */
final class PortfolioJsonWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final List<String> TOP_LEVEL = List.of("schemaVersion", "profile", "site", "news", "publications", "pages");

    private PortfolioJsonWriter() {
    }

    /** Streams the portfolio as {@link #write(Portfolio)}'s tree would be written, record by record. */
    static void write(Portfolio p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", Portfolio.CURRENT_SCHEMA_VERSION);
        g.writeFieldName("profile");
        JsonTreeWriter.write(profile(p.profile()), g);
        g.writeFieldName("site");
        JsonTreeWriter.write(site(p.site()), g);
        g.writeArrayFieldStart("news");
        for (NewsItem n : p.news()) {
            JsonTreeWriter.write(news(n), g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("publications");
        for (Publication pub : p.publications()) {
            JsonTreeWriter.write(publication(pub), g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pages");
        for (Page page : p.pages()) {
            JsonTreeWriter.write(page(page), g);
        }
        g.writeEndArray();
        for (Map.Entry<String, Object> e : p.unknownFields().values().entrySet()) {
            if (!TOP_LEVEL.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                JsonTreeWriter.write(JsonValues.toNode(e.getValue()), g);
            }
        }
        g.writeEndObject();
    }

    /** The whole tree at once; {@link #write(Portfolio, JsonGenerator)} writes the same bytes. */
    static ObjectNode write(Portfolio p) {
        ObjectNode o = NODES.objectNode();
        o.put("schemaVersion", Portfolio.CURRENT_SCHEMA_VERSION);
        o.set("profile", profile(p.profile()));
        o.set("site", site(p.site()));
        array(o, "news", p.news().stream().map(PortfolioJsonWriter::news).toList());
        array(o, "publications", p.publications().stream().map(PortfolioJsonWriter::publication).toList());
        array(o, "pages", p.pages().stream().map(PortfolioJsonWriter::page).toList());
        return unknown(o, p.unknownFields());
    }

    static ObjectNode profile(Profile p) {
        ObjectNode o = NODES.objectNode();
        for (ProfileField field : ProfileField.values()) {
            String key = field.jsonKey();
            switch (field.kind()) {
                case TEXT, INLINE_MARKDOWN, MARKDOWN -> text(o, key, field.text(p));
                case LINES -> texts(o, key, field.lines(p));
                case STRUCTURED -> {
                    switch (field) {
                        case NAME -> o.set(key, name(p.name()));
                        case PHOTO -> {
                            if (p.photo() != null) {
                                o.set(key, photo(p.photo()));
                            }
                        }
                        case SOCIAL_LINKS -> array(o, key, p.socialLinks().stream().map(PortfolioJsonWriter::socialLink).toList());
                        default -> throw new IllegalStateException(field + " is not structured");
                    }
                }
            }
        }
        return unknown(o, p.unknownFields());
    }

    private static ObjectNode name(PersonName n) {
        ObjectNode o = NODES.objectNode();
        text(o, "first", n.first());
        text(o, "middle", n.middle());
        text(o, "last", n.last());
        return unknown(o, n.unknownFields());
    }

    private static ObjectNode photo(Photo p) {
        ObjectNode o = NODES.objectNode();
        text(o, "path", p.path());
        o.put("align", p.align().name().toLowerCase(Locale.ROOT));
        o.put("circular", p.circular());
        text(o, "alt", p.alt());
        return unknown(o, p.unknownFields());
    }

    private static ObjectNode socialLink(SocialLink s) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", s.kind());
        text(o, "value", s.value());
        text(o, "title", s.title());
        text(o, "url", s.url());
        text(o, "icon", s.icon());
        return unknown(o, s.unknownFields());
    }

    static ObjectNode site(SiteSettings s) {
        ObjectNode o = NODES.objectNode();
        text(o, "title", s.title());
        text(o, "baseUrl", s.baseUrl());
        text(o, "description", s.description());
        o.put("language", s.language());
        o.put("showNews", s.showNews());
        o.put("newsLimit", s.newsLimit());
        o.put("newsScrollable", s.newsScrollable());
        o.put("showSelectedPapers", s.showSelectedPapers());
        o.put("showMetricBadges", s.showMetricBadges());
        o.put("showSocials", s.showSocials());
        text(o, "footer", s.footer());
        o.put("showMadeWith", s.showMadeWith());
        ObjectNode theme = NODES.objectNode();
        theme.put("accentColor", s.theme().accentColor());
        theme.put("darkMode", s.theme().darkMode());
        theme.put("showDarkModeToggle", s.theme().showDarkModeToggle());
        o.set("theme", unknown(theme, s.theme().unknownFields()));
        return unknown(o, s.unknownFields());
    }

    static ObjectNode news(NewsItem n) {
        ObjectNode o = NODES.objectNode();
        for (NewsField field : NewsField.values()) {
            String key = field.jsonKey();
            switch (field.kind()) {
                case TEXT, MARKDOWN -> text(o, key, field.text(n));
                case FLAG -> o.put(key, field.flag(n));
                case DATE -> {
                    // Without one, text typed in its place is written back among the unknown members.
                    if (n.date() != null) {
                        o.put(key, n.date().toString());
                    }
                }
            }
        }
        return unknown(o, n.unknownFields());
    }

    static ObjectNode publication(Publication p) {
        ObjectNode o = NODES.objectNode();
        o.put("citationKey", p.citationKey());
        o.put("entryType", p.entryType());
        for (PublicationField field : PublicationField.values()) {
            field(o, p, field);
        }
        ObjectNode links = links(p.links());
        if (!links.isEmpty()) {
            o.set("links", links);
        }
        ObjectNode badges = badges(p.badges());
        if (!badges.isEmpty()) {
            o.set("badges", badges);
        }
        // A citation count follows the links and badges, where it has always stood in the file.
        for (PublicationField field : PublicationField.values()) {
            if (field.kind() == PublicationField.Kind.CITATION_COUNT && p.citations() != null) {
                o.set(field.jsonKey(), citations(p.citations()));
            }
        }
        if (!p.bibtexFields().isEmpty()) {
            ObjectNode f = NODES.objectNode();
            p.bibtexFields().forEach(f::put);
            o.set("bibtexFields", f);
        }
        return unknown(o, p.unknownFields());
    }

    /** One registry field, written only when set (the author list always). */
    private static void field(ObjectNode o, Publication p, PublicationField field) {
        String key = field.jsonKey();
        switch (field.kind()) {
            case TEXT, MARKDOWN, VERBATIM, IDENTIFIER -> text(o, key, p.text(field));
            case FLAG -> flag(o, key, field.flag(p));
            case INTEGER, MONTH -> {
                Integer n = field.number(p);
                if (n != null) {
                    o.put(key, n);
                }
            }
            case NAMES -> array(o, key, p.authors().stream().map(PortfolioJsonWriter::author).toList());
            case CITATION_COUNT -> { } // after the links and badges
        }
    }

    private static ObjectNode citations(CitationCount c) {
        ObjectNode o = NODES.objectNode();
        o.put("count", c.count());
        text(o, "source", c.source());
        o.put("fetched", c.fetched().toString());
        return o;
    }

    private static ObjectNode links(PublicationLinks l) {
        ObjectNode o = NODES.objectNode();
        l.asMap().forEach(o::put);
        return unknown(o, l.unknownFields());
    }

    private static ObjectNode badges(PublicationBadges b) {
        ObjectNode o = NODES.objectNode();
        text(o, "altmetric", b.altmetric());
        text(o, "dimensions", b.dimensions());
        text(o, "googleScholarId", b.googleScholarId());
        text(o, "inspirehepId", b.inspirehepId());
        return unknown(o, b.unknownFields());
    }

    private static ObjectNode author(Author a) {
        ObjectNode o = NODES.objectNode();
        text(o, "given", a.given());
        text(o, "von", a.von());
        text(o, "family", a.family());
        text(o, "jr", a.jr());
        flag(o, "equalContribution", a.equalContribution());
        flag(o, "corresponding", a.corresponding());
        text(o, "otherMarks", a.otherMarks());
        text(o, "url", a.url());
        return unknown(o, a.unknownFields());
    }

    static ObjectNode page(Page p) {
        ObjectNode o = NODES.objectNode();
        o.put("slug", p.slug());
        text(o, "title", p.title());
        o.put("menuOrder", p.menuOrder());
        o.put("inMenu", p.inMenu());
        text(o, "body", p.body());
        return unknown(o, p.unknownFields());
    }

    private static void text(ObjectNode o, String name, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(name, value);
        }
    }

    private static void flag(ObjectNode o, String name, boolean value) {
        if (value) {
            o.put(name, true);
        }
    }

    private static void texts(ObjectNode o, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(name);
            values.forEach(a::add);
        }
    }

    private static void array(ObjectNode o, String name, List<ObjectNode> values) {
        ArrayNode a = o.putArray(name);
        values.forEach(a::add);
    }

    /** Unknown members go last; a known member of the same name always wins. */
    static ObjectNode unknown(ObjectNode o, UnknownFields extra) {
        for (Map.Entry<String, Object> e : extra.values().entrySet()) {
            if (!o.has(e.getKey())) {
                o.set(e.getKey(), JsonValues.toNode(e.getValue()));
            }
        }
        return o;
    }
}
