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
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.CrossrefContainers;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.validation.PortfolioValidator;

/**
 * Writes publications as canonical BibTeX: values in braces, Unicode kept (modern BibTeX and biber
 * read UTF-8), LaTeX specials escaped outside math, al-folio markers written back onto author names.
 * {@link #complete()} writes every field, so that the BibTeX importer reads it back to equal
 * publications (export, al-folio's {@code papers.bib}); {@link #publicCopy()} leaves out al-folio's
 * display-only keys and author markers, as al-folio's "Bib" button does (the site's {@code .bib} files).
 */
public final class BibtexWriter {
    /** al-folio's display-only keys, stripped from the public BibTeX. */
    public static final Set<String> DISPLAY_ONLY_KEYS = Stream.of(
            Arrays.stream(PublicationField.values()).filter(f -> !f.inPublicBib())
                    .flatMap(f -> f.bibtexKey().stream()),
            // crossref: the site lists no container, so its copy of a child stands alone (it holds the inherited fields)
            Stream.of("altmetric", "dimensions", "eprint", "google_scholar_id", "hal", "inspirehep_id", "pmid", "crossref"),
            Arrays.stream(LinkKind.values()).map(LinkKind::key))
            .flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

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

    /** The entries in their order, but a crossref container after the entries that name it, where BibTeX looks for it. */
    public String write(List<Publication> publications) {
        StringBuilder out = new StringBuilder();
        for (Publication p : CrossrefContainers.of(publications).parentsAfterChildren(publications)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            writeEntry(p, out);
        }
        return out.toString();
    }

    /**
     * As {@link #write(List)}, after an {@code @preamble} holding {@code preamble} (the portfolio's, read
     * from the files it imported) when there is one, so that LaTeX finds the macros the entries use.
     */
    public String write(String preamble, List<Publication> publications) {
        String entries = write(publications);
        if (preamble == null || preamble.isBlank()) {
            return entries;
        }
        // braces keep quotes and line breaks as they are; BibTeX wants them balanced, as they were when read
        String value = Latex.balanced(preamble, 0, preamble.length()) ? "{" + preamble + "}" : "\"" + preamble.replace("\"", "{\"}") + "\"";
        return "@preamble{" + value + "}\n" + (entries.isEmpty() ? "" : "\n" + entries);
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
        for (PublicationField f : PublicationField.bibtexOrder()) {
            field(out, written, p, f);
        }
        for (Map.Entry<String, String> link : p.links().asMap().entrySet()) {
            raw(out, written, link.getKey(), link.getValue());
        }
        if (!publicCopy) {
            // The person's own buttons, display data as the links are: a field named after the label
            // ("Talk" -> talk), none for a label that names no free field (the validator says so).
            for (OwnLink own : p.links().own()) {
                String name = own.bibtexName();
                if (!name.isEmpty() && !written.contains(name)) {
                    raw(out, written, name, own.url());
                }
            }
        }
        raw(out, written, "altmetric", p.badges().altmetric());
        raw(out, written, "dimensions", p.badges().dimensions());
        raw(out, written, "google_scholar_id", p.badges().googleScholarId());
        raw(out, written, "inspirehep_id", p.badges().inspirehepId());
        for (Map.Entry<String, String> f : p.bibtexFields().entrySet()) {
            // a name BibTeX cannot hold ("x}y", typed into the file by hand) would break the whole entry
            if (!written.contains(f.getKey()) && !leftOut(f.getKey()) && PortfolioValidator.isBibtexFieldName(f.getKey())) {
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

    /**
     * "von Family*†, Jr, Given": markers follow the family name, where al-folio users put them. A name the classic
     * form would not read back as it is, or one with biblatex name options, is written in biblatex's extended format.
     */
    static String name(Author a) {
        String markers = (a.equalContribution() ? "*" : "") + (a.corresponding() ? "†" : "") + a.otherMarks();
        if (ExtendedNames.needed(a)) {
            return ExtendedNames.write(a, markers);
        }
        StringBuilder last = new StringBuilder();
        if (!a.von().isBlank()) {
            last.append(Latex.toBibtex(a.von())).append(' ');
        }
        last.append(Latex.toBibtex(a.family())).append(markers);
        if (!a.jr().isBlank()) {
            return last + ", " + Latex.toBibtex(a.jr()) + ", " + Latex.toBibtex(a.given());
        }
        return a.given().isBlank() ? last.toString() : last + ", " + Latex.toBibtex(a.given());
    }

    /** One registry field, in the form its kind asks for; empty values and false flags are not written. */
    private void field(StringBuilder out, Set<String> written, Publication p, PublicationField f) {
        String name = f.bibtexKey().orElseThrow();
        if (leftOut(name)) {
            // Not encoded only to be dropped: the abstract's LaTeX, with its own Markdown parse for the
            // emphasis, was the largest part of the site's BibTeX, which never shows it.
            return;
        }
        switch (f.kind()) {
            case TEXT -> text(out, written, name, p.text(f));
            case MARKDOWN -> markdown(out, written, name, p.text(f));
            case VERBATIM, IDENTIFIER -> raw(out, written, name, p.text(f));
            case FLAG -> {
                if (f.flag(p)) {
                    field(out, written, name, "true");
                }
            }
            case INTEGER -> {
                if (f.number(p) != null) {
                    field(out, written, name, String.valueOf(f.number(p)));
                } else if (f == PublicationField.YEAR && (!publicCopy || !p.status().isEmpty())) {
                    // "in press" as written, read back the same; the site's copy leaves out a year typed wrong
                    text(out, written, name, p.yearAsTyped().strip());
                }
            }
            case MONTH -> {
                Integer month = f.number(p);
                if (month != null && month >= 1 && month <= 12) {
                    out.append("  ").append(name).append(" = ").append(MONTHS[month - 1]).append(",\n");
                    written.add(name);
                }
            }
            case NAMES -> {
                if (!p.authors().isEmpty() || p.andOthers()) {
                    field(out, written, name, authors(p, publicCopy));
                }
            }
        }
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
        if (!value.isEmpty() && !leftOut(name)) {
            field(out, written, name, Latex.verbatimToBibtex(value));
        }
    }

    /** Whether this writer leaves the key out: the public copy's display-only keys. */
    private boolean leftOut(String name) {
        return publicCopy && DISPLAY_ONLY_KEYS.contains(name);
    }

    private void field(StringBuilder out, Set<String> written, String name, String value) {
        if (leftOut(name)) {
            return;
        }
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
        written.add(name);
    }
}
