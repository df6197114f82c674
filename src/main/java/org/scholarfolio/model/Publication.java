package org.scholarfolio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One paper, talk or thesis, with every field al-folio's bibliography layout understands.
 * Text fields hold BibTeX-free Unicode with protective braces kept ({@code {BERT}}) so that an
 * export back to BibTeX loses nothing; the site hides the braces. {@code bibtexFields} keeps every
 * other BibTeX field (series, editor, tldr, ...) in source order. {@code citations} is the last
 * citation count fetched ({@code scholarfolio metrics}), or null. {@code section} names the list
 * the entry belongs to on the site ("Talks", "Patents"); blank is the main publications list.
 */
public record Publication(String citationKey,
                          String entryType,
                          String title,
                          List<Author> authors,
                          boolean andOthers,
                          String journal,
                          String booktitle,
                          String school,
                          String publisher,
                          String abbr,
                          Integer year,
                          Integer month,
                          String volume,
                          String number,
                          String pages,
                          String location,
                          String doi,
                          String arxiv,
                          String abstractText,
                          String note,
                          String additionalInfo,
                          String annotation,
                          String award,
                          String awardName,
                          boolean selected,
                          boolean bibtexShow,
                          String preview,
                          String section,
                          PublicationLinks links,
                          PublicationBadges badges,
                          CitationCount citations,
                          Map<String, String> bibtexFields,
                          UnknownFields unknownFields) {

    public Publication {
        citationKey = Text.orEmpty(citationKey);
        entryType = Text.isBlank(entryType) ? "misc" : entryType.strip().toLowerCase(Locale.ROOT);
        title = Text.orEmpty(title);
        authors = Text.listOf(authors);
        journal = Text.orEmpty(journal);
        booktitle = Text.orEmpty(booktitle);
        school = Text.orEmpty(school);
        publisher = Text.orEmpty(publisher);
        abbr = Text.orEmpty(abbr);
        volume = Text.orEmpty(volume);
        number = Text.orEmpty(number);
        pages = pageRange(Text.orEmpty(pages));
        location = Text.orEmpty(location);
        doi = Text.orEmpty(doi);
        arxiv = Text.orEmpty(arxiv);
        abstractText = Text.orEmpty(abstractText);
        note = Text.orEmpty(note);
        additionalInfo = Text.orEmpty(additionalInfo);
        annotation = Text.orEmpty(annotation);
        award = Text.orEmpty(award);
        awardName = Text.orEmpty(awardName);
        preview = Text.orEmpty(preview);
        section = Text.orEmpty(section).strip();
        links = links == null ? PublicationLinks.NONE : links;
        badges = badges == null ? PublicationBadges.NONE : badges;
        bibtexFields = bibtexFields == null || bibtexFields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bibtexFields));
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /**
     * Pages hold Unicode, never TeX's dash ligatures: {@code 230--265} typed or imported is the range
     * {@code 230–265}, which BibTeX gets back as {@code 230--265} (docs/decisions/inline-text-in-the-model.md).
     */
    static String pageRange(String pages) {
        return pages.indexOf("--") < 0 ? pages : pages.replace("---", "—").replace("--", "–");
    }

    public static Builder builder(String citationKey, String entryType) {
        return new Publication(citationKey, entryType, "", List.of(), false, "", "", "", "", "", null,
                null, "", "", "", "", "", "", "", "", "", "", "", "", false, false, "", "", null, null,
                null, null, null).toBuilder();
    }

    /** The venue line's main part: journal, book title or school, whichever the entry has. */
    public String venue() {
        if (!journal.isBlank()) {
            return journal;
        }
        if (!booktitle.isBlank()) {
            return booktitle;
        }
        return school;
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
        return asTyped("year", year);
    }

    /** The month as typed, as {@link #yearAsTyped()}. */
    public String monthAsTyped() {
        return asTyped("month", month);
    }

    /** Text kept for a whole-number field that does not hold a whole number, if any. */
    public java.util.Optional<String> invalidNumber(String key) {
        Object kept = unknownFields.values().get(key);
        return kept instanceof String text ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    private String asTyped(String key, Integer value) {
        return value != null ? value.toString() : invalidNumber(key).orElse("");
    }

    /** Copy-with-changes for a record with many components. */
    public static final class Builder {
        private String citationKey;
        private String entryType;
        private String title;
        private List<Author> authors;
        private boolean andOthers;
        private String journal;
        private String booktitle;
        private String school;
        private String publisher;
        private String abbr;
        private Integer year;
        private Integer month;
        private String volume;
        private String number;
        private String pages;
        private String location;
        private String doi;
        private String arxiv;
        private String abstractText;
        private String note;
        private String additionalInfo;
        private String annotation;
        private String award;
        private String awardName;
        private boolean selected;
        private boolean bibtexShow;
        private String preview;
        private String section;
        private PublicationLinks links;
        private PublicationBadges badges;
        private CitationCount citations;
        private Map<String, String> bibtexFields;
        private UnknownFields unknownFields;

        private Builder(Publication p) {
            citationKey = p.citationKey;
            entryType = p.entryType;
            title = p.title;
            authors = p.authors;
            andOthers = p.andOthers;
            journal = p.journal;
            booktitle = p.booktitle;
            school = p.school;
            publisher = p.publisher;
            abbr = p.abbr;
            year = p.year;
            month = p.month;
            volume = p.volume;
            number = p.number;
            pages = p.pages;
            location = p.location;
            doi = p.doi;
            arxiv = p.arxiv;
            abstractText = p.abstractText;
            note = p.note;
            additionalInfo = p.additionalInfo;
            annotation = p.annotation;
            award = p.award;
            awardName = p.awardName;
            selected = p.selected;
            bibtexShow = p.bibtexShow;
            preview = p.preview;
            section = p.section;
            links = p.links;
            badges = p.badges;
            citations = p.citations;
            bibtexFields = p.bibtexFields;
            unknownFields = p.unknownFields;
        }

        public Builder citationKey(String v) { citationKey = v; return this; }
        public Builder entryType(String v) { entryType = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder authors(List<Author> v) { authors = v; return this; }
        public Builder andOthers(boolean v) { andOthers = v; return this; }
        public Builder journal(String v) { journal = v; return this; }
        public Builder booktitle(String v) { booktitle = v; return this; }
        public Builder school(String v) { school = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder abbr(String v) { abbr = v; return this; }
        public Builder year(Integer v) { year = v; return this; }
        public Builder month(Integer v) { month = v; return this; }
        public Builder volume(String v) { volume = v; return this; }
        public Builder number(String v) { number = v; return this; }
        public Builder pages(String v) { pages = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder doi(String v) { doi = v; return this; }
        public Builder arxiv(String v) { arxiv = v; return this; }
        public Builder abstractText(String v) { abstractText = v; return this; }
        public Builder note(String v) { note = v; return this; }
        public Builder additionalInfo(String v) { additionalInfo = v; return this; }
        public Builder annotation(String v) { annotation = v; return this; }
        public Builder award(String v) { award = v; return this; }
        public Builder awardName(String v) { awardName = v; return this; }
        public Builder selected(boolean v) { selected = v; return this; }
        public Builder bibtexShow(boolean v) { bibtexShow = v; return this; }
        public Builder preview(String v) { preview = v; return this; }
        public Builder section(String v) { section = v; return this; }
        public Builder links(PublicationLinks v) { links = v; return this; }
        public Builder badges(PublicationBadges v) { badges = v; return this; }
        public Builder citations(CitationCount v) { citations = v; return this; }
        public Builder bibtexFields(Map<String, String> v) { bibtexFields = v; return this; }
        public Builder unknownFields(UnknownFields v) { unknownFields = v; return this; }

        /** The year from what was typed: a whole number, blank for none, anything else kept as text. */
        public Builder yearAsTyped(String text) {
            year = wholeNumber(text);
            unknownFields = keepInvalid(unknownFields, "year", year == null ? text : null);
            return this;
        }

        public Builder monthAsTyped(String text) {
            month = wholeNumber(text);
            unknownFields = keepInvalid(unknownFields, "month", month == null ? text : null);
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
            return new Publication(citationKey, entryType, title, authors, andOthers, journal, booktitle, school, publisher, abbr, year, month, volume, number, pages, location, doi, arxiv, abstractText, note, additionalInfo, annotation, award, awardName, selected, bibtexShow, preview, section, links, badges, citations, bibtexFields, unknownFields);
        }
    }
}
