package org.scholarfolio.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The link buttons of a publication, each described once: its key (the same in
 * {@code portfolio.json}, in BibTeX and in al-folio's {@code papers.bib}), other spellings the
 * BibTeX importer accepts, the button on the site, the form's label, whether al-folio reads a bare
 * file name as a file under {@code assets/pdf/}, and what CSL-JSON makes of it. The JSON reader and
 * writer, the BibTeX importer, writer and merge, the al-folio reader and writer, CSL-JSON, the
 * validator, the site's buttons and the form all iterate these constants, so a new link kind is one
 * constant here. Constant order is the order of the buttons on the site and in every file.
 * Links are per-paper display data: a crossref child never inherits one and the public .bib of a
 * paper leaves them out (see {@code docs/decisions/field-registry.md}).
 */
public enum LinkKind {
    HTML("html", "HTML", "Web page (HTML)", Csl.URL_CANDIDATE, false),
    PDF("pdf", "PDF", "PDF", Csl.URL_CANDIDATE, true),
    SUPP("supp", "Supp", "Supplementary material", Csl.NONE, true, "supplement", "supplementary"),
    VIDEO("video", "Video", "Video", Csl.NONE, false),
    BLOG("blog", "Blog", "Blog post", Csl.NONE, false),
    CODE("code", "Code", "Code", Csl.NONE, false),
    POSTER("poster", "Poster", "Poster", Csl.NONE, true),
    SLIDES("slides", "Slides", "Slides", Csl.NONE, true),
    WEBSITE("website", "Website", "Project website", Csl.NONE, false),
    DATASET("dataset", "Data", "Dataset", Csl.CUSTOM, false, "data");

    /** What a CSL-JSON export does with a link of this kind. */
    public enum Csl {
        /** The item's {@code URL} is the first such link that is a web address (after the url field). */
        URL_CANDIDATE,
        /** Written under the item's {@code custom} object, by key. */
        CUSTOM,
        /** Not written: CSL has no place for it. */
        NONE
    }

    private final String key;
    private final String buttonLabel;
    private final String formLabel;
    private final Csl csl;
    private final boolean alfolioPdfFolder;
    private final List<String> aliases;

    LinkKind(String key, String buttonLabel, String formLabel, Csl csl, boolean alfolioPdfFolder, String... aliases) {
        this.key = key;
        this.buttonLabel = buttonLabel;
        this.formLabel = formLabel;
        this.csl = csl;
        this.alfolioPdfFolder = alfolioPdfFolder;
        this.aliases = List.of(aliases);
    }

    /** The key in {@code portfolio.json}'s {@code links}, in BibTeX and in al-folio. */
    public String key() {
        return key;
    }

    /** The text on the site's button. */
    public String buttonLabel() {
        return buttonLabel;
    }

    /** The label of the field in the editor's form. */
    public String formLabel() {
        return formLabel;
    }

    public Csl csl() {
        return csl;
    }

    /** Whether al-folio serves a bare file name for this link from {@code assets/pdf/}. */
    public boolean alfolioPdfFolder() {
        return alfolioPdfFolder;
    }

    /** Other BibTeX spellings read as this link ({@code supplement} for {@code supp}). */
    public List<String> aliases() {
        return aliases;
    }

    /** The link kind a key or alias names, in any case. */
    public static Optional<LinkKind> byKey(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(n) || k.aliases.contains(n)).findFirst();
    }

    /** Every key and alias, for code that must recognise the fields of an entry. */
    public static List<String> allSpellings() {
        return Arrays.stream(values()).flatMap(k -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(k.key), k.aliases.stream())).toList();
    }
}
