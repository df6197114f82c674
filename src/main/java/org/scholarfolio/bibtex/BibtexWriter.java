package org.scholarfolio.bibtex;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;

/**
 * Writes publications as canonical BibTeX: values in braces, Unicode kept (modern BibTeX and biber
 * read UTF-8), LaTeX specials escaped outside math, al-folio markers written back onto author names.
 * {@link #complete()} writes every field, so that the BibTeX importer reads it back to equal
 * publications (export, al-folio's {@code papers.bib}); {@link #publicCopy()} leaves out al-folio's
 * display-only keys and author markers, as al-folio's "Bib" button does (the site's {@code .bib} files).
 */
public final class BibtexWriter {
    /** al-folio's display-only keys, stripped from the public BibTeX. */
    public static final Set<String> DISPLAY_ONLY_KEYS = Stream.concat(Stream.of("abbr", "abstract", "additional_info",
            "altmetric", "annotation", "arxiv", "award", "award_name", "bibtex_show", "dimensions", "eprint",
            "google_scholar_id", "hal", "inspirehep_id", "pmid", "preview", "selected"),
            Arrays.stream(LinkKind.values()).map(LinkKind::key)).collect(Collectors.toUnmodifiableSet());

    private static final Pattern KEY_BREAKERS = Pattern.compile("[\\s,{}\"#%'()=\\\\]");

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "oct", "nov", "dec"};

    private final boolean publicCopy;

    private BibtexWriter(boolean publicCopy) {
        this.publicCopy = publicCopy;
    }

    /** Every field, for a file that is read back in. */
    public static BibtexWriter complete() {
        return new BibtexWriter(false);
    }

    /** Without display-only keys and author markers, for visitors who copy a citation. */
    public static BibtexWriter publicCopy() {
        return new BibtexWriter(true);
    }

    public String write(List<Publication> publications) {
        StringBuilder out = new StringBuilder();
        for (Publication p : publications) {
            if (out.length() > 0) {
                out.append('\n');
            }
            writeEntry(p, out);
        }
        return out.toString();
    }

    /** One entry, ending in a newline. */
    public String write(Publication p) {
        StringBuilder out = new StringBuilder();
        writeEntry(p, out);
        return out.toString();
    }

    private void writeEntry(Publication p, StringBuilder out) {
        Set<String> written = new HashSet<>();
        out.append('@').append(p.entryType()).append('{').append(key(p)).append(",\n");
        text(out, written, "title", p.title());
        if (!p.authors().isEmpty() || p.andOthers()) {
            field(out, written, "author", authors(p, publicCopy));
        }
        text(out, written, "journal", p.journal());
        text(out, written, "booktitle", p.booktitle());
        text(out, written, "school", p.school());
        text(out, written, "publisher", p.publisher());
        text(out, written, "volume", p.volume());
        text(out, written, "number", p.number());
        text(out, written, "pages", p.pages());
        if (p.month() != null && p.month() >= 1 && p.month() <= 12) {
            out.append("  month = ").append(MONTHS[p.month() - 1]).append(",\n");
            written.add("month");
        }
        if (p.year() != null) {
            field(out, written, "year", String.valueOf(p.year()));
        }
        text(out, written, "location", p.location());
        raw(out, written, "doi", p.doi());
        raw(out, written, "arxiv", p.arxiv());
        text(out, written, "abbr", p.abbr());
        markdown(out, written, "abstract", p.abstractText());
        text(out, written, "note", p.note());
        markdown(out, written, "additional_info", p.additionalInfo());
        markdown(out, written, "annotation", p.annotation());
        text(out, written, "award", p.award());
        text(out, written, "award_name", p.awardName());
        if (p.selected()) {
            field(out, written, "selected", "true");
        }
        if (p.bibtexShow()) {
            field(out, written, "bibtex_show", "true");
        }
        raw(out, written, "preview", p.preview());
        for (Map.Entry<String, String> link : p.links().asMap().entrySet()) {
            raw(out, written, link.getKey(), link.getValue());
        }
        raw(out, written, "altmetric", p.badges().altmetric());
        raw(out, written, "dimensions", p.badges().dimensions());
        raw(out, written, "google_scholar_id", p.badges().googleScholarId());
        raw(out, written, "inspirehep_id", p.badges().inspirehepId());
        for (Map.Entry<String, String> f : p.bibtexFields().entrySet()) {
            if (!written.contains(f.getKey())) {
                String value = f.getValue();
                field(out, written, f.getKey(), FieldNames.verbatim(f.getKey(), value) ? Latex.verbatimToBibtex(value) : Latex.toBibtex(value));
            }
        }
        out.append("}\n");
    }

    /** Keys with characters that end a key in BibTeX lose them; an entry always has a key. */
    private static String key(Publication p) {
        String key = KEY_BREAKERS.matcher(p.citationKey()).replaceAll("");
        return key.isEmpty() ? "entry" : key;
    }

    private static String authors(Publication p, boolean withoutMarkers) {
        StringBuilder sb = new StringBuilder();
        for (Author a : p.authors()) {
            if (sb.length() > 0) {
                sb.append(" and ");
            }
            sb.append(name(withoutMarkers ? new Author(a.given(), a.von(), a.family(), a.jr(), false, false,
                    "", a.url(), a.unknownFields()) : a));
        }
        if (p.andOthers()) {
            sb.append(sb.length() > 0 ? " and others" : "others");
        }
        return sb.toString();
    }

    /** "von Family*†, Jr, Given": markers follow the family name, where al-folio users put them. */
    static String name(Author a) {
        StringBuilder last = new StringBuilder();
        if (!a.von().isBlank()) {
            last.append(Latex.toBibtex(a.von())).append(' ');
        }
        last.append(Latex.toBibtex(a.family()));
        if (a.equalContribution()) {
            last.append('*');
        }
        if (a.corresponding()) {
            last.append('†');
        }
        last.append(a.otherMarks());
        if (!a.jr().isBlank()) {
            return last + ", " + Latex.toBibtex(a.jr()) + ", " + Latex.toBibtex(a.given());
        }
        return a.given().isBlank() ? last.toString() : last + ", " + Latex.toBibtex(a.given());
    }

    private void text(StringBuilder out, Set<String> written, String name, String value) {
        if (!value.isEmpty()) {
            field(out, written, name, Latex.toBibtex(value));
        }
    }

    /** A field the site renders as Markdown: a backslash in it is text, never a LaTeX command. */
    private void markdown(StringBuilder out, Set<String> written, String name, String value) {
        if (!value.isEmpty()) {
            field(out, written, name, Latex.toBibtexWithoutMarkup(value));
        }
    }

    private void raw(StringBuilder out, Set<String> written, String name, String value) {
        if (!value.isEmpty()) {
            field(out, written, name, Latex.verbatimToBibtex(value));
        }
    }

    private void field(StringBuilder out, Set<String> written, String name, String value) {
        if (publicCopy && DISPLAY_ONLY_KEYS.contains(name)) {
            return;
        }
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
        written.add(name);
    }
}
