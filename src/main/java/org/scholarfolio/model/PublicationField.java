package org.scholarfolio.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fields of a publication, each described once: its key in {@code portfolio.json}, its BibTeX
 * key and the other spellings the BibTeX importer accepts, its kind, how an import merges it, whether
 * a crossref child inherits it, whether the site's public .bib keeps it, its CSL-JSON variable, and
 * its place, label and widget in the editor's form. The JSON reader and writer, the BibTeX importer,
 * writer and merge, crossref inheritance, CSL-JSON, the validator and the publication form iterate
 * these constants; a plain text field is one constant here (its value lives in
 * {@link Publication#text(PublicationField)}). Constant order is the order in {@code portfolio.json}
 * and in the form; {@link #bibtexOrder()} is the order in BibTeX. Links, metric badges and the
 * citation count ({@link #CITATIONS}) is a structured value with a record of its own; so are the
 * person's own links ({@link #OWN_LINKS}), held beside the kinds' links in {@link PublicationLinks}.
 * See {@code docs/decisions/field-registry.md}.
 */
public enum PublicationField {
    TITLE(spec("title").bibtex("title").form(Section.ENTRY, "Title", Widget.WIDE)),
    AUTHORS(spec("authors").bibtex("author").kind(Kind.NAMES).merge(Merge.AUTHORS)
            .form(Section.AUTHORS, "Authors, one per line (\u201cGiven Family\u201d or \u201cFamily, Given\u201d)", Widget.AREA)),
    AND_OTHERS(spec("andOthers").kind(Kind.FLAG).merge(Merge.AUTHORS)
            .form(Section.AUTHORS, "\u2026 and others (the list is shortened)", Widget.CHECK)),
    JOURNAL(spec("journal").bibtex("journal", "journaltitle").form(Section.VENUE, "Journal", Widget.TEXT)),
    BOOKTITLE(spec("booktitle").bibtex("booktitle").form(Section.VENUE, "Book title / proceedings", Widget.TEXT)),
    BOOKSUBTITLE(spec("booksubtitle").bibtex("booksubtitle").form(Section.VENUE, "Book subtitle", Widget.TEXT)),
    BOOKTITLEADDON(spec("booktitleaddon").bibtex("booktitleaddon")
            .form(Section.VENUE, "Book title addition", Widget.TEXT)),
    MAINTITLE(spec("maintitle").bibtex("maintitle")
            .form(Section.VENUE, "Main title (of a multi-volume work)", Widget.TEXT)),
    BOOKAUTHOR(spec("bookauthor").bibtex("bookauthor")
            .form(Section.VENUE, "Book author(s), BibTeX names joined by \u201cand\u201d", Widget.TEXT)),
    EDITORA(spec("editora").bibtex("editora")
            .form(Section.VENUE, "Further editor (role in editoratype)", Widget.TEXT)),
    SCHOOL(spec("school").bibtex("school").form(Section.VENUE, "School", Widget.TEXT)),
    INSTITUTION(spec("institution").bibtex("institution").form(Section.VENUE, "Institution (reports)", Widget.TEXT)),
    PUBLISHER(spec("publisher").bibtex("publisher").form(Section.VENUE, "Publisher", Widget.TEXT)),
    ABBR(spec("abbr").bibtex("abbr").notInPublicBib().form(Section.VENUE, "Short venue (badge)", Widget.TEXT)),
    YEAR(spec("year").bibtex("year").kind(Kind.INTEGER).form(Section.ENTRY, "Year", Widget.TEXT)),
    MONTH(spec("month").bibtex("month").kind(Kind.MONTH).form(Section.ENTRY, "Month (1\u201312)", Widget.TEXT)),
    VOLUME(spec("volume").bibtex("volume").form(Section.VENUE, "Volume", Widget.TEXT)),
    NUMBER(spec("number").bibtex("number").form(Section.VENUE, "Number", Widget.TEXT)),
    PAGES(spec("pages").bibtex("pages").form(Section.VENUE, "Pages", Widget.TEXT)),
    LOCATION(spec("location").bibtex("location").form(Section.VENUE, "Location", Widget.TEXT)),
    PUBSTATE(spec("pubstate").bibtex("pubstate").notInherited().csl("status")
            .form(Section.VENUE, "Publication state (e.g. forthcoming)", Widget.TEXT)),
    DOI(spec("doi").bibtex("doi").kind(Kind.IDENTIFIER).merge(Merge.DOI).notInherited()
            .form(Section.VENUE, "DOI", Widget.TEXT)),
    ARXIV(spec("arxiv").bibtex("arxiv").kind(Kind.IDENTIFIER).notInherited().notInPublicBib()
            .form(Section.VENUE, "arXiv id", Widget.TEXT)),
    PRIMARY_CLASS(spec("primaryClass").bibtex("primaryclass", "eprintclass").kind(Kind.IDENTIFIER).notInherited()
            .form(Section.VENUE, "arXiv category", Widget.TEXT)),
    LICENSE(spec("license").bibtex("license").notInherited().csl("license")
            .form(Section.VENUE, "License", Widget.TEXT)),
    ABSTRACT(spec("abstract").bibtex("abstract").kind(Kind.MARKDOWN).notInherited().notInPublicBib()
            .form(Section.NOTES, "Abstract (Markdown)", Widget.AREA)),
    NOTE(spec("note").bibtex("note").form(Section.NOTES, "Note", Widget.TEXT)),
    ADDITIONAL_INFO(spec("additionalInfo").bibtex("additional_info").kind(Kind.MARKDOWN).notInherited().notInPublicBib()
            .form(Section.NOTES, "Additional information", Widget.TEXT)),
    ANNOTATION(spec("annotation").bibtex("annotation").kind(Kind.MARKDOWN).notInherited().notInPublicBib()
            .form(Section.NOTES, "Annotation", Widget.TEXT)),
    AWARD(spec("award").bibtex("award").notInherited().notInPublicBib()
            .form(Section.VENUE, "Award (shown as a badge)", Widget.TEXT)),
    AWARD_NAME(spec("awardName").bibtex("award_name").notInherited().notInPublicBib()
            .form(Section.VENUE, "Award name", Widget.TEXT)),
    SELECTED(spec("selected").bibtex("selected").kind(Kind.FLAG).merge(Merge.SWITCH_ON).notInherited().notInPublicBib()
            .form(Section.DISPLAY, "Selected (shown on the home page)", Widget.CHECK)),
    BIBTEX_SHOW(spec("bibtexShow").bibtex("bibtex_show").kind(Kind.FLAG).merge(Merge.SWITCH_ON).notInherited()
            .notInPublicBib().form(Section.DISPLAY, "Show the BibTeX button", Widget.CHECK)),
    PREVIEW(spec("preview").bibtex("preview").kind(Kind.VERBATIM).notInherited().notInPublicBib()
            .alfolioFolder("assets/img/publication_preview/").form(Section.DISPLAY, "Preview image", Widget.TEXT)),
    SECTION(spec("section").merge(Merge.KEEP).form(Section.DISPLAY, "Section (e.g. Talks; empty: the main list)", Widget.TEXT)),
    OWN_LINKS(spec("ownLinks").kind(Kind.OWN_LINKS).merge(Merge.KEEP).notInherited().notInPublicBib().notInForm()),
    CITATIONS(spec("citations").kind(Kind.CITATION_COUNT).merge(Merge.KEEP).notInherited().notInPublicBib().notInForm());

    /** How a value is written in BibTeX and read back. */
    public enum Kind {
        /** Unicode text with protective braces; LaTeX in BibTeX. */
        TEXT,
        /** Text the site renders as Markdown: a backslash in it is text, never a LaTeX command. */
        MARKDOWN,
        /** An address or file path, kept exactly as written. */
        VERBATIM,
        /** An identifier (DOI, arXiv id), kept as written with LaTeX escapes such as {@code \_} undone. */
        IDENTIFIER,
        /** true or false; only true is written. */
        FLAG,
        /** A whole number; text that is not one is kept as typed and reported by the validator. */
        INTEGER,
        /** A month 1–12, written as BibTeX's {@code jan}…{@code dec}. */
        MONTH,
        /** The author list. */
        NAMES,
        /**
         * The person's own link buttons ({@link OwnLink}, held in {@link PublicationLinks#own()}): a JSON
         * list written after the links; in BibTeX one field per link named after its label; edited in
         * the form's list below the links, not as one of its fields.
         */
        OWN_LINKS,
        /**
         * A {@link CitationCount} (count, source, date) that a lookup refreshes: a JSON object written
         * after the links and badges, never in BibTeX or CSL-JSON, not edited in the form.
         */
        CITATION_COUNT
    }

    /** What importing an entry over an existing publication does with the field. */
    public enum Merge {
        /** The file's value when it has one, else the portfolio's. */
        FILLED_WINS,
        /** A flag is only ever switched on. */
        SWITCH_ON,
        /** The portfolio's value stays (it has no BibTeX spelling). */
        KEEP,
        /** As FILLED_WINS, but a DOI that differs only in case or prefix keeps the portfolio's spelling. */
        DOI,
        /** The author list with its markers and links, merged person by person. */
        AUTHORS
    }

    /** The form's sections, in order. */
    public enum Section {
        ENTRY("Entry"), AUTHORS("Authors"), VENUE("Venue"), DISPLAY("Display"), NOTES("Abstract and notes");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The control the form shows for the field. */
    public enum Widget {
        /** A one-line text field, up to three in a row. */
        TEXT,
        /** A one-line text field on a row of its own. */
        WIDE,
        /** A multi-line text area. */
        AREA,
        /** A check box. */
        CHECK
    }

    /** BibTeX's field order, for the fields that were there first; later fields follow in constant order. */
    private static final List<PublicationField> BIBTEX_ORDER = bibtexOrder(TITLE, AUTHORS, JOURNAL, BOOKTITLE,
            SCHOOL, INSTITUTION, PUBLISHER, VOLUME, NUMBER, PAGES, MONTH, YEAR, LOCATION, DOI, ARXIV, ABBR, ABSTRACT, NOTE,
            ADDITIONAL_INFO, ANNOTATION, AWARD, AWARD_NAME, SELECTED, BIBTEX_SHOW, PREVIEW);

    /** Every BibTeX key and alias, looked up once per field of every imported entry. */
    private static final Map<String, PublicationField> BY_BIBTEX_SPELLING = bibtexSpellings();

    private final String jsonKey;
    private final String bibtexKey;
    private final List<String> aliases;
    private final Kind kind;
    private final Merge merge;
    private final boolean inherited;
    private final boolean publicBib;
    private final String cslVariable;
    private final String alfolioFolder;
    private final Section section;
    private final String label;
    private final Widget widget;

    PublicationField(Spec s) {
        jsonKey = s.jsonKey;
        bibtexKey = s.bibtexKey;
        aliases = List.copyOf(s.aliases);
        kind = s.kind;
        merge = s.merge;
        inherited = s.inherited;
        publicBib = s.publicBib;
        cslVariable = s.cslVariable;
        alfolioFolder = s.alfolioFolder;
        section = s.section;
        label = s.label;
        widget = s.widget;
    }

    /** The member's name in a publication of {@code portfolio.json}. */
    public String jsonKey() {
        return jsonKey;
    }

    /** The BibTeX field name, or empty when the field has no BibTeX spelling. */
    public Optional<String> bibtexKey() {
        return Optional.ofNullable(bibtexKey);
    }

    /** Other BibTeX spellings the importer reads as this field (biblatex's {@code journaltitle}). */
    public List<String> aliases() {
        return aliases;
    }

    public Kind kind() {
        return kind;
    }

    public Merge merge() {
        return merge;
    }

    /** Whether a crossref child that lacks the field takes its parent's. */
    public boolean inherited() {
        return inherited;
    }

    /** Whether the site's public .bib (the "Bib" button) keeps the field; display-only fields are left out. */
    public boolean inPublicBib() {
        return publicBib;
    }

    /** The CSL-JSON variable a plain value is written to, or empty when the CSL writer has its own rule or none. */
    public Optional<String> cslVariable() {
        return Optional.ofNullable(cslVariable);
    }

    /**
     * The folder of an al-folio site a bare file name in this field is served from
     * ({@code assets/img/publication_preview/} for the preview), or empty.
     */
    public Optional<String> alfolioFolder() {
        return Optional.ofNullable(alfolioFolder);
    }

    /** The form's section, or null when the form does not edit the field (see {@link #inForm()}). */
    public Section formSection() {
        return section;
    }

    /** Whether the publication form edits the field. */
    public boolean inForm() {
        return section != null;
    }

    public String formLabel() {
        return label;
    }

    public Widget widget() {
        return widget;
    }

    /** Whether the value is a string held in {@link Publication#text(PublicationField)}. */
    public boolean isText() {
        return kind == Kind.TEXT || kind == Kind.MARKDOWN || kind == Kind.VERBATIM || kind == Kind.IDENTIFIER;
    }

    /**
     * The value as the form shows it: the text, a number as typed (text kept when it is not a
     * number), a flag as {@code true} or empty; authors one per line.
     */
    public String asText(Publication p) {
        return switch (kind) {
            case TEXT, MARKDOWN, VERBATIM, IDENTIFIER -> p.text(this);
            case INTEGER, MONTH -> p.asTyped(this);
            case FLAG -> flag(p) ? "true" : "";
            case NAMES -> String.join("\n", p.authors().stream().map(Author::displayName).toList());
            case OWN_LINKS -> String.join("\n", p.links().own().stream().map(l -> l.label() + " " + l.url()).toList());
            case CITATION_COUNT -> p.citations() == null ? "" : Long.toString(p.citations().count());
        };
    }

    /** A flag's value. */
    public boolean flag(Publication p) {
        return switch (this) {
            case AND_OTHERS -> p.andOthers();
            case SELECTED -> p.selected();
            case BIBTEX_SHOW -> p.bibtexShow();
            default -> throw new IllegalStateException(this + " is not a flag");
        };
    }

    /** A whole-number field's value, or null. */
    public Integer number(Publication p) {
        return switch (this) {
            case YEAR -> p.year();
            case MONTH -> p.month();
            default -> throw new IllegalStateException(this + " is not a number");
        };
    }

    /** The value compared to tell whether an import changed the field. */
    public Object value(Publication p) {
        return switch (kind) {
            case TEXT, MARKDOWN, VERBATIM, IDENTIFIER -> p.text(this);
            case INTEGER, MONTH -> number(p);
            case FLAG -> flag(p);
            case NAMES -> List.of(p.authors(), p.andOthers());
            case OWN_LINKS -> p.links().own();
            case CITATION_COUNT -> Optional.ofNullable(p.citations());
        };
    }

    /** Sets a text field. */
    public Publication.Builder withText(Publication.Builder b, String value) {
        if (!isText()) {
            throw new IllegalStateException(this + " is not a text field");
        }
        return b.text(this, value);
    }

    /** Sets a flag. */
    public Publication.Builder withFlag(Publication.Builder b, boolean value) {
        return switch (this) {
            case AND_OTHERS -> b.andOthers(value);
            case SELECTED -> b.selected(value);
            case BIBTEX_SHOW -> b.bibtexShow(value);
            default -> throw new IllegalStateException(this + " is not a flag");
        };
    }

    /** Sets a whole-number field. */
    public Publication.Builder withNumber(Publication.Builder b, Integer value) {
        return switch (this) {
            case YEAR -> b.year(value);
            case MONTH -> b.month(value);
            default -> throw new IllegalStateException(this + " is not a number");
        };
    }

    /** Sets a whole-number field from what was typed; text that is not a number is kept as typed. */
    public Publication.Builder withTyped(Publication.Builder b, String typed) {
        return b.numberAsTyped(this, typed);
    }

    /** Normalises a stored text: pages hold en dashes, a section name has no outer spaces. */
    String normalise(String value) {
        String v = Text.orEmpty(value);
        return switch (this) {
            case PAGES -> Publication.pageRange(v);
            case SECTION -> v.strip();
            default -> v;
        };
    }

    /** The fields in BibTeX's order: those that have a BibTeX key. */
    public static List<PublicationField> bibtexOrder() {
        return BIBTEX_ORDER;
    }

    /** The field a BibTeX key or alias names, in any case. */
    public static Optional<PublicationField> byBibtexKey(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_BIBTEX_SPELLING.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The field a JSON key names. */
    public static Optional<PublicationField> byJsonKey(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonKey.equals(name)).findFirst();
    }

    /** Every BibTeX key and alias of fields a crossref child never inherits. */
    public static Stream<String> notInheritedSpellings() {
        return Arrays.stream(values()).filter(f -> !f.inherited && f.bibtexKey != null)
                .flatMap(f -> Stream.concat(Stream.of(f.bibtexKey), f.aliases.stream()));
    }

    private static Map<String, PublicationField> bibtexSpellings() {
        Map<String, PublicationField> m = new HashMap<>();
        for (PublicationField f : values()) {
            if (f.bibtexKey != null) {
                m.put(f.bibtexKey, f);
                f.aliases.forEach(a -> m.put(a, f));
            }
        }
        return Map.copyOf(m);
    }

    private static List<PublicationField> bibtexOrder(PublicationField... first) {
        List<PublicationField> order = new ArrayList<>(List.of(first));
        for (PublicationField f : values()) {
            if (f.bibtexKey != null && !order.contains(f)) {
                order.add(f);
            }
        }
        return List.copyOf(order);
    }

    private static Spec spec(String jsonKey) {
        return new Spec(jsonKey);
    }

    /** The description of one constant, written fluently so that each constant reads as a sentence. */
    private static final class Spec {
        private final String jsonKey;
        private String bibtexKey;
        private List<String> aliases = List.of();
        private Kind kind = Kind.TEXT;
        private Merge merge = Merge.FILLED_WINS;
        private boolean inherited = true;
        private boolean publicBib = true;
        private String cslVariable;
        private String alfolioFolder;
        private Section section = Section.NOTES;
        private String label;
        private Widget widget = Widget.TEXT;

        private Spec(String jsonKey) {
            this.jsonKey = jsonKey;
            this.label = jsonKey;
        }

        Spec bibtex(String key, String... otherSpellings) {
            bibtexKey = key;
            aliases = List.of(otherSpellings);
            return this;
        }

        Spec kind(Kind k) {
            kind = k;
            return this;
        }

        Spec merge(Merge m) {
            merge = m;
            return this;
        }

        Spec notInherited() {
            inherited = false;
            return this;
        }

        Spec notInPublicBib() {
            publicBib = false;
            return this;
        }

        Spec csl(String variable) {
            cslVariable = variable;
            return this;
        }

        Spec alfolioFolder(String folder) {
            alfolioFolder = folder;
            return this;
        }

        Spec notInForm() {
            section = null;
            return this;
        }

        Spec form(Section s, String formLabel, Widget w) {
            section = s;
            label = formLabel;
            widget = w;
            return this;
        }
    }
}
