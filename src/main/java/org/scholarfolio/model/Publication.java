package org.scholarfolio.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One paper, talk or thesis, with every field al-folio's bibliography layout understands, each
 * described by a {@link PublicationField}: text fields live in {@code texts}, numbers, flags and the
 * author list in their own components. Text fields hold BibTeX-free Unicode with protective braces kept ({@code {BERT}}) so that an
 * export back to BibTeX loses nothing; the site hides the braces. {@code bibtexFields} keeps every
 * other BibTeX field (series, editor, tldr, ...) in source order. {@code citations} is the last
 * citation count fetched ({@code scholarfolio metrics}), or null. {@code section} names the list
 * the entry belongs to on the site ("Talks", "Patents"); blank is the main publications list.
 */
public record Publication(String citationKey,
                          String entryType,
                          List<Author> authors,
                          boolean andOthers,
                          Integer year,
                          Integer month,
                          boolean selected,
                          boolean bibtexShow,
                          Map<PublicationField, String> texts,
                          PublicationLinks links,
                          PublicationBadges badges,
                          CitationCount citations,
                          Map<String, String> bibtexFields,
                          UnknownFields unknownFields) {
    private static final PublicationField[] FIELDS = PublicationField.values();

    public Publication {
        citationKey = Text.orEmpty(citationKey);
        entryType = Text.isBlank(entryType) ? "misc" : entryType.strip().toLowerCase(Locale.ROOT);
        authors = Text.listOf(authors);
        Object[] kept = new Object[FIELDS.length];
        if (texts != null && !texts.isEmpty()) {
            // By field rather than by entry: iterating an EnumMap's entries makes an object per entry,
            // and a load of 10,000 publications builds each record once.
            for (PublicationField field : FIELDS) {
                String value = texts.get(field);
                if (value == null && !texts.containsKey(field)) {
                    continue;
                }
                if (!field.isText()) {
                    throw new IllegalArgumentException(field + " is not a text field");
                }
                String v = field.normalise(value);
                if (!v.isEmpty()) {
                    kept[field.ordinal()] = v;
                }
            }
        }
        // Held as long as the portfolio is open: the filled fields only (docs/decisions/compact-records-in-memory.md).
        texts = SparseEnumMap.of(FIELDS, kept);
        links = links == null ? PublicationLinks.NONE : links;
        badges = badges == null ? PublicationBadges.NONE : badges;
        bibtexFields = OrderedMap.copyOf(bibtexFields);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    // Written out rather than generated: the generated ones link method handles at their first call, on the JavaFX
    // thread at the first key typed into a large portfolio (BENCHMARKS.md, session 22). The key first: it tells most
    // publications apart.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Publication p && citationKey.equals(p.citationKey) && andOthers == p.andOthers
                && selected == p.selected && bibtexShow == p.bibtexShow && entryType.equals(p.entryType)
                && Objects.equals(year, p.year) && Objects.equals(month, p.month) && authors.equals(p.authors)
                && texts.equals(p.texts) && links.equals(p.links) && badges.equals(p.badges)
                && Objects.equals(citations, p.citations) && bibtexFields.equals(p.bibtexFields)
                && unknownFields.equals(p.unknownFields);
    }

    @Override
    public int hashCode() {
        int h = citationKey.hashCode();
        h = 31 * h + entryType.hashCode();
        h = 31 * h + authors.hashCode();
        h = 31 * h + Boolean.hashCode(andOthers);
        h = 31 * h + Objects.hashCode(year);
        h = 31 * h + Objects.hashCode(month);
        h = 31 * h + Boolean.hashCode(selected);
        h = 31 * h + Boolean.hashCode(bibtexShow);
        h = 31 * h + texts.hashCode();
        h = 31 * h + links.hashCode();
        h = 31 * h + badges.hashCode();
        h = 31 * h + Objects.hashCode(citations);
        h = 31 * h + bibtexFields.hashCode();
        return 31 * h + unknownFields.hashCode();
    }

    /** A text field's value; empty when the publication has none. */
    public String text(PublicationField field) {
        return texts.getOrDefault(field, "");
    }

    /**
     * A BibTeX field's text by its name in any case: a text field of the registry ({@code institution}),
     * else one kept among the other BibTeX fields ({@code series}); empty when the entry has neither.
     */
    public String bibtexField(String name) {
        PublicationField field = PublicationField.byBibtexKey(name).filter(PublicationField::isText).orElse(null);
        if (field != null && !text(field).isEmpty()) {
            return text(field);
        }
        // a record built in code may still carry it among the other BibTeX fields
        for (Map.Entry<String, String> e : bibtexFields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return "";
    }

    public String title() { return text(PublicationField.TITLE); }
    public String journal() { return text(PublicationField.JOURNAL); }
    public String booktitle() { return text(PublicationField.BOOKTITLE); }
    public String school() { return text(PublicationField.SCHOOL); }
    public String publisher() { return text(PublicationField.PUBLISHER); }
    public String abbr() { return text(PublicationField.ABBR); }
    public String volume() { return text(PublicationField.VOLUME); }
    public String number() { return text(PublicationField.NUMBER); }
    public String pages() { return text(PublicationField.PAGES); }
    public String location() { return text(PublicationField.LOCATION); }
    public String doi() { return text(PublicationField.DOI); }
    public String arxiv() { return text(PublicationField.ARXIV); }
    public String abstractText() { return text(PublicationField.ABSTRACT); }
    public String note() { return text(PublicationField.NOTE); }
    public String additionalInfo() { return text(PublicationField.ADDITIONAL_INFO); }
    public String annotation() { return text(PublicationField.ANNOTATION); }
    public String award() { return text(PublicationField.AWARD); }
    public String awardName() { return text(PublicationField.AWARD_NAME); }
    public String preview() { return text(PublicationField.PREVIEW); }
    public String section() { return text(PublicationField.SECTION); }

    /**
     * Pages hold Unicode, never TeX's dash ligatures: {@code 230--265} typed or imported is the range
     * {@code 230–265}, which BibTeX gets back as {@code 230--265} (docs/decisions/inline-text-in-the-model.md).
     */
    static String pageRange(String pages) {
        return pages.indexOf("--") < 0 ? pages : pages.replace("---", "—").replace("--", "–");
    }

    public static Builder builder(String citationKey, String entryType) {
        // Not through an empty record and its copy: a load starts every publication here, and the
        // record's array of fields and the copy's map were 8 % of what a load allocates. build()
        // normalises the key and type as the record always does.
        return new Builder(citationKey, entryType);
    }

    /** The venue line's main part: journal, book title or school, whichever the entry has. */
    public String venue() {
        if (!journal().isBlank()) {
            return journal();
        }
        if (!booktitle().isBlank()) {
            return booktitle();
        }
        return school();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The year as the person typed it: the number, or the text they typed that is not a number,
     * kept under the same JSON key among the unknown fields so that nothing typed is lost and
     * the validator can say what is wrong with it.
     */
    public String yearAsTyped() {
        return asTyped(PublicationField.YEAR);
    }

    /**
     * The paper's state written in place of its year ("in press", "submitted"), as written; empty when it has a
     * year, none, or a year typed wrong ({@link PublicationStatus}).
     */
    public String status() {
        if (year != null) {
            return "";
        }
        String typed = invalidNumber(PublicationField.YEAR.jsonKey()).orElse("");
        return PublicationStatus.names(typed) ? typed.strip() : "";
    }

    /** The month as typed, as {@link #yearAsTyped()}. */
    public String monthAsTyped() {
        return asTyped(PublicationField.MONTH);
    }

    /** Text kept for a whole-number field that does not hold a whole number, if any. */
    public java.util.Optional<String> invalidNumber(String key) {
        Object kept = unknownFields.values().get(key);
        return kept instanceof String text ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    /** A whole-number field as typed: the number, or the text kept because it is not one. */
    public String asTyped(PublicationField field) {
        Integer value = field.number(this);
        return value != null ? value.toString() : invalidNumber(field.jsonKey()).orElse("");
    }

    /** Copy-with-changes for a record with many components. */
    public static final class Builder {
        private String citationKey;
        private String entryType;
        private List<Author> authors;
        private boolean andOthers;
        private Integer year;
        private Integer month;
        private boolean selected;
        private boolean bibtexShow;
        private final EnumMap<PublicationField, String> texts = new EnumMap<>(PublicationField.class);
        private PublicationLinks links;
        private PublicationBadges badges;
        private CitationCount citations;
        private Map<String, String> bibtexFields;
        private UnknownFields unknownFields;

        private Builder(String citationKey, String entryType) {
            this.citationKey = citationKey;
            this.entryType = entryType;
            authors = List.of();
            links = PublicationLinks.NONE;
            badges = PublicationBadges.NONE;
            bibtexFields = Map.of();
            unknownFields = UnknownFields.NONE;
        }

        private Builder(Publication p) {
            citationKey = p.citationKey;
            entryType = p.entryType;
            authors = p.authors;
            andOthers = p.andOthers;
            year = p.year;
            month = p.month;
            selected = p.selected;
            bibtexShow = p.bibtexShow;
            texts.putAll(p.texts);
            links = p.links;
            badges = p.badges;
            citations = p.citations;
            bibtexFields = p.bibtexFields;
            unknownFields = p.unknownFields;
        }

        /** Sets a text field (see {@link PublicationField#isText()}). */
        public Builder text(PublicationField field, String v) {
            if (!field.isText()) {
                throw new IllegalArgumentException(field + " is not a text field");
            }
            texts.put(field, v);
            return this;
        }

        public Builder citationKey(String v) { citationKey = v; return this; }
        public Builder entryType(String v) { entryType = v; return this; }
        public Builder title(String v) { return text(PublicationField.TITLE, v); }
        public Builder authors(List<Author> v) { authors = v; return this; }
        public Builder andOthers(boolean v) { andOthers = v; return this; }
        public Builder journal(String v) { return text(PublicationField.JOURNAL, v); }
        public Builder booktitle(String v) { return text(PublicationField.BOOKTITLE, v); }
        public Builder school(String v) { return text(PublicationField.SCHOOL, v); }
        public Builder publisher(String v) { return text(PublicationField.PUBLISHER, v); }
        public Builder abbr(String v) { return text(PublicationField.ABBR, v); }
        public Builder year(Integer v) { year = v; return this; }
        public Builder month(Integer v) { month = v; return this; }
        public Builder volume(String v) { return text(PublicationField.VOLUME, v); }
        public Builder number(String v) { return text(PublicationField.NUMBER, v); }
        public Builder pages(String v) { return text(PublicationField.PAGES, v); }
        public Builder location(String v) { return text(PublicationField.LOCATION, v); }
        public Builder doi(String v) { return text(PublicationField.DOI, v); }
        public Builder arxiv(String v) { return text(PublicationField.ARXIV, v); }
        public Builder abstractText(String v) { return text(PublicationField.ABSTRACT, v); }
        public Builder note(String v) { return text(PublicationField.NOTE, v); }
        public Builder additionalInfo(String v) { return text(PublicationField.ADDITIONAL_INFO, v); }
        public Builder annotation(String v) { return text(PublicationField.ANNOTATION, v); }
        public Builder award(String v) { return text(PublicationField.AWARD, v); }
        public Builder awardName(String v) { return text(PublicationField.AWARD_NAME, v); }
        public Builder selected(boolean v) { selected = v; return this; }
        public Builder bibtexShow(boolean v) { bibtexShow = v; return this; }
        public Builder preview(String v) { return text(PublicationField.PREVIEW, v); }
        public Builder section(String v) { return text(PublicationField.SECTION, v); }
        public Builder links(PublicationLinks v) { links = v; return this; }
        public Builder badges(PublicationBadges v) { badges = v; return this; }
        public Builder citations(CitationCount v) { citations = v; return this; }
        public Builder bibtexFields(Map<String, String> v) { bibtexFields = v; return this; }
        public Builder unknownFields(UnknownFields v) { unknownFields = v; return this; }

        /** The year from what was typed: a whole number, blank for none, anything else kept as text. */
        public Builder yearAsTyped(String text) {
            return numberAsTyped(PublicationField.YEAR, text);
        }

        public Builder monthAsTyped(String text) {
            return numberAsTyped(PublicationField.MONTH, text);
        }

        /** A whole-number field from what was typed; text that is not a number is kept under the field's JSON key. */
        public Builder numberAsTyped(PublicationField field, String text) {
            Integer value = wholeNumber(text);
            field.withNumber(this, value);
            unknownFields = keepInvalid(unknownFields, field.jsonKey(), value == null ? text : null);
            return this;
        }

        private static Integer wholeNumber(String text) {
            try {
                return Text.isBlank(text) ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static UnknownFields keepInvalid(UnknownFields fields, String key, String text) {
            Map<String, Object> values = new LinkedHashMap<>(fields == null ? Map.of() : fields.values());
            if (Text.isBlank(text)) {
                values.remove(key);
            } else {
                values.put(key, text);
            }
            return new UnknownFields(values);
        }

        public Publication build() {
            return new Publication(citationKey, entryType, authors, andOthers, year, month, selected, bibtexShow,
                    texts, links, badges, citations, bibtexFields, unknownFields);
        }
    }
}
