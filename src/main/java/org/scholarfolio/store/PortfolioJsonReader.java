package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.NewsDate;
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

/** Maps a (migrated) {@code portfolio.json} onto the model as it is parsed; see docs/file-format.md. */
final class PortfolioJsonReader {
    // values() copies its array on every call: once per record adds up over 10,000 publications.
    private static final PublicationField[] PUBLICATION_FIELDS = PublicationField.values();
    private static final NewsField[] NEWS_FIELDS = NewsField.values();
    private static final LinkKind[] LINK_KINDS = LinkKind.values();
    /** The fields that name where a paper appeared, by ordinal: their long texts repeat across records. */
    private static final boolean[] VENUE = venueFields();
    /**
     * The text fields of the registry by their BibTeX key as written ({@code primaryclass}): a raw
     * BibTeX member of an older file spelled so becomes that field. Looked up once here, not per
     * member of every record (the registry's look-up strips and lower-cases the name).
     */
    private static final Map<String, PublicationField> TEXT_FIELDS_BY_BIBTEX_KEY = textFieldsByBibtexKey();
    private PortfolioJsonReader() {
    }

    /**
     * Reads the top-level object the parser stands on (its START_OBJECT) to its end. News,
     * publications and pages are turned into records one at a time as the parser reaches them.
     */
    static Portfolio read(Path file, LocatedJson json, JsonParser p) throws IOException, PortfolioLoadException {
        return read(file, json, p, null);
    }

    /**
     * As {@link #read(Path, LocatedJson, JsonParser)} for a parser over {@code source} (from its
     * first byte): plain texts are then taken from those bytes, not decoded by the parser.
     */
    static Portfolio read(Path file, LocatedJson json, JsonParser p, byte[] source)
            throws IOException, PortfolioLoadException {
        TopLevel all = new TopLevel(file, json, new TextPool(json.size(), source));
        all.read(p, -1);
        return all.portfolio(null);
    }

    /**
     * The top-level members one parser read, in file order: the three lists of records (null when
     * absent) and the rest. A load split in two has one for each part; see {@link SplitLoad}.
     */
    static final class TopLevel {
        private final JsonMembers rest = new JsonMembers();
        private final Set<String> seen = new HashSet<>();
        private final JsonObjectReader root;
        private List<NewsItem> news;
        private List<Publication> publications;
        private List<Page> pages;

        TopLevel(Path file, LocatedJson json, TextPool texts) {
            root = JsonObjectReader.root(file, json, texts, rest);
        }

        /**
         * Reads members up to the top-level object's end, or (returning false) up to the
         * publication whose closing brace is byte {@code lastEnd} of the file (-1: none): the
         * parser then stands on that brace, and {@link #readOn} goes on from there.
         */
        boolean read(JsonParser p, long lastEnd) throws IOException, PortfolioLoadException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (!seen.add(name)) {
                    throw JsonMembers.duplicate(p, name);
                }
                p.nextToken();
                switch (name) {
                    case "news" -> news = root.objects(name, p, PortfolioJsonReader::news);
                    case "publications" -> {
                        publications = new ArrayList<>();
                        if (!root.objects(name, p, PortfolioJsonReader::publication, publications, lastEnd)) {
                            return false;
                        }
                    }
                    case "pages" -> pages = root.objects(name, p, PortfolioJsonReader::page);
                    default -> rest.add(name, JsonMembers.value(p, texts()));
                }
            }
            return true;
        }

        /** After {@link #read} stopped in the publications: the rest of the file, as one reading would. */
        void readOn(JsonParser p) throws IOException, PortfolioLoadException {
            root.moreObjects("publications", p, PortfolioJsonReader::publication, publications, -1);
            read(p, -1);
        }

        private TextPool texts() {
            return root.texts();
        }

        /**
         * Whether {@code later}, read from where this reading stopped in the publications on, can be
         * joined to it: no member of the top level named in both but the publications.
         */
        boolean joins(TopLevel later) {
            for (String name : later.seen) {
                if (seen.contains(name) && !name.equals("publications")) {
                    return false;
                }
            }
            return true;
        }

        /** The portfolio of this reading, followed by {@code later}'s when it is not null. */
        Portfolio portfolio(TopLevel later) throws PortfolioLoadException {
            JsonObjectReader all = root;
            if (later != null) {
                publications.addAll(later.publications);
                news = news != null ? news : later.news;
                pages = pages != null ? pages : later.pages;
                for (int i = 0; i < later.rest.size(); i++) {
                    rest.add(later.rest.name(i), later.rest.value(i));
                }
            }
            int version = all.integer("schemaVersion", Portfolio.CURRENT_SCHEMA_VERSION);
            JsonObjectReader profile = all.object("profile");
            JsonObjectReader site = all.object("site");
            return new Portfolio(version,
                    profile == null ? Profile.EMPTY : profile(profile),
                    site == null ? SiteSettings.DEFAULT : site(site),
                    news == null ? List.of() : news, publications == null ? List.of() : publications,
                    pages == null ? List.of() : pages,
                    all.unknown());
        }
    }

    private static Profile profile(JsonObjectReader o) throws PortfolioLoadException {
        Profile.Builder b = Profile.EMPTY.toBuilder();
        for (ProfileField field : ProfileField.values()) {
            String key = field.jsonKey();
            switch (field.kind()) {
                case TEXT, INLINE_MARKDOWN, MARKDOWN -> field.withText(b, o.string(key));
                case LINES -> field.withLines(b, o.strings(key));
                case STRUCTURED -> structured(o, field, b);
            }
        }
        return b.unknownFields(o.unknown()).build();
    }

    private static void structured(JsonObjectReader o, ProfileField field, Profile.Builder b)
            throws PortfolioLoadException {
        String key = field.jsonKey();
        switch (field) {
            case NAME -> {
                JsonObjectReader name = o.object(key);
                b.name(name == null ? PersonName.EMPTY : personName(name));
            }
            case PHOTO -> {
                JsonObjectReader photo = o.object(key);
                b.photo(photo == null ? null : photo(photo));
            }
            case SOCIAL_LINKS -> b.socialLinks(o.objects(key, PortfolioJsonReader::socialLink));
            default -> throw new IllegalStateException(field + " is not structured");
        }
    }

    private static PersonName personName(JsonObjectReader o) throws PortfolioLoadException {
        return new PersonName(o.string("first"), o.string("middle"), o.string("last"), o.unknown());
    }

    private static Photo photo(JsonObjectReader o) throws PortfolioLoadException {
        String align = o.string("align").toLowerCase(Locale.ROOT);
        Photo.Align a = switch (align) {
            case "", "right" -> Photo.Align.RIGHT;
            case "left" -> Photo.Align.LEFT;
            default -> throw o.error("align", "expected \"left\" or \"right\", found \"" + align + "\"");
        };
        return new Photo(o.string("path"), a, o.bool("circular", false), o.string("alt"), o.unknown());
    }

    private static SocialLink socialLink(JsonObjectReader o) throws PortfolioLoadException {
        return new SocialLink(o.string("kind"), o.string("value"), o.string("title"), o.string("url"),
                o.string("icon"), o.unknown());
    }

    private static SiteSettings site(JsonObjectReader o) throws PortfolioLoadException {
        SiteSettings d = SiteSettings.DEFAULT;
        JsonObjectReader theme = o.object("theme");
        return new SiteSettings(o.string("title"), o.string("baseUrl"), o.string("description"),
                o.string("language"), o.bool("showNews", d.showNews()),
                o.integer("newsLimit", d.newsLimit()), o.bool("newsScrollable", d.newsScrollable()),
                o.bool("showSelectedPapers", d.showSelectedPapers()),
                o.bool("showMetricBadges", d.showMetricBadges()),
                o.bool("showSocials", d.showSocials()), o.string("footer"),
                o.bool("showMadeWith", d.showMadeWith()), o.strings("embedHosts"),
                theme == null ? SiteSettings.Theme.DEFAULT : theme(theme), o.string("bibtexPreamble"), o.unknown());
    }

    private static SiteSettings.Theme theme(JsonObjectReader o) throws PortfolioLoadException {
        return new SiteSettings.Theme(o.string("accentColor"), o.string("darkMode"),
                o.bool("showDarkModeToggle", true), o.unknown());
    }

    private static NewsItem news(JsonObjectReader o) throws PortfolioLoadException {
        NewsItem item = new NewsItem("", null, "", "", true, UnknownFields.NONE);
        String dateText = "";
        for (NewsField field : NEWS_FIELDS) {
            String key = field.jsonKey();
            switch (field.kind()) {
                case TEXT, MARKDOWN -> item = field.withText(item, o.string(key));
                case FLAG -> item = field.withFlag(item, o.bool(key, true));
                case DATE -> {
                    dateText = o.string(key);
                    if (dateText.isBlank()) {
                        throw o.error(key, "every news item needs a date (YYYY-MM-DD)");
                    }
                }
            }
        }
        NewsDate date;
        try {
            date = NewsDate.parse(dateText);
        } catch (DateTimeParseException e) {
            // Kept as typed among the unknown members; the validator says what is wrong with it.
            date = null;
        }
        item = new NewsItem(item.id(), date, item.title(), item.body(), item.inline(), o.unknown());
        return date == null ? item.withInvalidDate(dateText) : item;
    }

    private static Publication publication(JsonObjectReader o) throws PortfolioLoadException {
        Publication.Builder b = Publication.builder(o.string("citationKey"), o.string("entryType"));
        List<OwnLink> own = List.of();
        for (PublicationField field : PUBLICATION_FIELDS) {
            String key = field.jsonKey();
            switch (field.kind()) {
                case TEXT, MARKDOWN, VERBATIM, IDENTIFIER -> {
                    // An absent field stays out of the builder (the record drops empty texts anyway).
                    String text = o.string(key);
                    if (!text.isEmpty()) {
                        b.text(field, VENUE[field.ordinal()] ? o.texts().sharedLongText(text) : text);
                    }
                }
                case FLAG -> field.withFlag(b, o.bool(key, false));
                case INTEGER, MONTH -> field.withNumber(b, o.integerOrTyped(key));
                case NAMES -> b.authors(o.objects(key, PortfolioJsonReader::author));
                case OWN_LINKS -> own = o.objects(key, PortfolioJsonReader::ownLink);
                case CITATION_COUNT -> {
                    JsonObjectReader citations = o.object(key);
                    b.citations(citations == null ? null : citations(citations));
                }
            }
        }
        JsonObjectReader links = o.object("links");
        if (links != null) {
            Map<LinkKind, String> values = new EnumMap<>(LinkKind.class);
            for (LinkKind kind : LINK_KINDS) {
                String link = links.string(kind.key());
                if (!link.isEmpty()) {
                    values.put(kind, link); // the record drops empty links anyway
                }
            }
            b.links(new PublicationLinks(values, own, links.unknown()));
        } else if (!own.isEmpty()) {
            b.links(PublicationLinks.NONE.withOwn(own));
        }
        JsonObjectReader badges = o.object("badges");
        if (badges != null) {
            b.badges(new PublicationBadges(badges.string("altmetric"), badges.string("dimensions"),
                    badges.string("googleScholarId"), badges.string("inspirehepId"), badges.unknown()));
        }
        b.bibtexFields(withoutRegistryFields(o.stringMap("bibtexFields"), b));
        return b.unknownFields(o.unknown()).build();
    }

    private static OwnLink ownLink(JsonObjectReader o) throws PortfolioLoadException {
        return new OwnLink(o.string("label"), o.string("url"), o.unknown());
    }

    /**
     * A BibTeX field kept raw by an older version that is now a field of its own ({@code primaryclass},
     * {@code license}) becomes that field when the publication does not have it yet.
     */
    private static Map<String, String> withoutRegistryFields(JsonObjectReader.TextMembers raw, Publication.Builder b) {
        // Most raw fields are not registry fields: only then is the publication built to ask it.
        boolean anyRegistryField = false;
        for (int i = 0; i < raw.size(); i++) {
            anyRegistryField |= TEXT_FIELDS_BY_BIBTEX_KEY.containsKey(raw.name(i));
        }
        if (!anyRegistryField) {
            return raw;
        }
        Publication p = b.build();
        Map<String, String> rest = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            PublicationField field = TEXT_FIELDS_BY_BIBTEX_KEY.get(raw.name(i));
            if (field != null && p.text(field).isEmpty()) {
                b.text(field, raw.value(i));
            } else {
                rest.put(raw.name(i), raw.value(i));
            }
        }
        return rest;
    }

    private static boolean[] venueFields() {
        boolean[] venue = new boolean[PUBLICATION_FIELDS.length];
        for (PublicationField field : PUBLICATION_FIELDS) {
            venue[field.ordinal()] = field.formSection() == PublicationField.Section.VENUE;
        }
        return venue;
    }

    private static Map<String, PublicationField> textFieldsByBibtexKey() {
        Map<String, PublicationField> byKey = new HashMap<>();
        for (PublicationField field : PUBLICATION_FIELDS) {
            String key = field.bibtexKey().orElse(null);
            if (key != null && field.isText() && PublicationField.byBibtexKey(key).orElse(null) == field) {
                byKey.put(key, field);
            }
        }
        return Map.copyOf(byKey);
    }

    private static CitationCount citations(JsonObjectReader o) throws PortfolioLoadException {
        Integer count = o.integer("count");
        if (count == null || count < 0) {
            throw o.error("count", "a citation count needs a whole number of citations, 0 or more");
        }
        String fetched = o.string("fetched");
        try {
            return new CitationCount(count, o.string("source"), LocalDate.parse(fetched));
        } catch (DateTimeParseException e) {
            throw o.error("fetched", "\"" + fetched + "\" is not a date; write YYYY-MM-DD");
        }
    }

    private static Author author(JsonObjectReader o) throws PortfolioLoadException {
        String given = o.string("given");
        String von = o.string("von");
        String family = o.string("family");
        String jr = o.string("jr");
        boolean equalContribution = o.bool("equalContribution", false);
        boolean corresponding = o.bool("corresponding", false);
        String otherMarks = o.string("otherMarks");
        String url = o.string("url");
        UnknownFields unknown = o.unknown();
        return unknown.isEmpty()
                ? o.texts().sharedAuthor(given, von, family, jr, equalContribution, corresponding, otherMarks, url)
                : new Author(given, von, family, jr, equalContribution, corresponding, otherMarks, url, unknown);
    }

    private static Page page(JsonObjectReader o) throws PortfolioLoadException {
        return new Page(o.string("slug"), o.string("title"), o.integer("menuOrder", 0),
                o.bool("inMenu", true), o.string("body"), o.unknown());
    }
}
