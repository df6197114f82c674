package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.bibtex.FieldNames;
import org.scholarfolio.bibtex.Latex;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.CitationKeys;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationStatus;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.validation.LinkRules;

/**
 * Reads an al-folio {@code papers.bib} into publications, importing every entry it can and
 * reporting the rest with file, line and field.
 *
 * <p>Decisions: a citation key used twice keeps both entries unless they are identical, and the
 * later one is renamed {@code key-2} (a warning says so), because in real files the second entry
 * is usually a different paper pasted from a template. A field repeated inside one entry keeps its
 * first value. {@code address} stays a plain BibTeX field (the publisher's address); only
 * {@code location} fills the venue line. {@code crossref} children get the parent's missing
 * venue fields (its {@code title} as {@code booktitle}) and the link to the parent is dropped.
 */
public final class BibtexImporter {

    private static final Pattern ARXIV = Pattern.compile(
            "^(?:arxiv:\\s*|https?://(?:www\\.)?arxiv\\.org/(?:abs|pdf)/)(.+?)(?:\\.pdf)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    /** A month name with a day after or before it: "jun 29", "29 june", and with a tie: dec # "~12". */
    private static final Pattern MONTH_AND_DAY = Pattern.compile("([a-z]{3,9})[\\s~]*,?[\\s~]*(\\d{1,2})|(\\d{1,2})[\\s~]+([a-z]{3,9})");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "oct", "nov", "dec"};
    private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december"};
    private static final Pattern ESCAPED_SPECIAL = Pattern.compile("\\{?\\\\([_%&#])}?");
    /** Fields whose LaTeX escapes are undone on import: a DOI link with {@code \_} in it is broken. */
    private static final Set<String> IDENTIFIERS = Set.of("url", "eprint", "arxivid");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    /** A date written into {@code year}, as older Zotero exports do: {@code 2014-09}, {@code 2014-09-17}. */
    private static final Pattern YEAR_AS_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "1");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "0", "");

    /** A file as it is on disk: its encoding found as {@link BibtexFileText} says. */
    public BibtexImportResult read(byte[] file, String fileName) {
        List<Diagnostic> warnings = new ArrayList<>();
        return read(BibtexFileText.decode(file, fileName, warnings), fileName, warnings);
    }

    public BibtexImportResult read(String source, String fileName) {
        return read(source, fileName, new ArrayList<>());
    }

    private BibtexImportResult read(String source, String fileName, List<Diagnostic> warnings) {
        BibtexScanner scanner = new BibtexScanner(source, fileName, warnings);
        List<RawEntry> entries = scanner.scan();
        entries = PreambleCommands.of(scanner.preambles()).expand(entries, fileName, warnings);
        entries = CrossrefInheritance.resolve(entries, fileName, warnings);
        List<Publication> publications = new ArrayList<>();
        Map<String, Integer> lineByKey = new HashMap<>();
        Map<String, List<Publication>> sameKey = new HashMap<>();
        Set<String> keys = new HashSet<>();
        entries.forEach(e -> keys.add(e.key()));
        Set<String> unknownCommands = new HashSet<>(); // each reported once per file, where it is first used
        for (RawEntry entry : entries) {
            Publication read = new EntryReader(entry, fileName, warnings, unknownCommands).read();
            if (read.citationKey().isEmpty()) { // Citavi and Mendeley write @article{, …}
                String key = CitationKeys.unique(read, keys);
                keys.add(key);
                warnings.add(Diagnostic.imported(fileName, entry.line(), Diagnostic.Kind.ADJUSTED, "The @" + entry.type()
                        + " entry on line " + entry.line() + " has no citation key; it was imported as '" + key + "'."));
                read = read.toBuilder().citationKey(key).build();
            }
            Publication p = read;
            String folded = p.citationKey().toLowerCase(Locale.ROOT);
            List<Publication> earlier = sameKey.computeIfAbsent(folded, k -> new ArrayList<>());
            if (earlier.isEmpty() && !lineByKey.containsKey(folded)) {
                lineByKey.put(folded, entry.line());
                earlier.add(p);
                publications.add(p);
                continue;
            }
            if (earlier.stream().anyMatch(e -> e.equals(p.toBuilder().citationKey(e.citationKey()).build()))) {
                warnings.add(Diagnostic.imported(fileName, entry.line(), Diagnostic.Kind.SKIPPED, "The entry '" + p.citationKey()
                        + "' is an exact copy of an earlier one; the copy was skipped."));
                continue;
            }
            String renamed = p.citationKey();
            for (int n = 2; lineByKey.containsKey(renamed.toLowerCase(Locale.ROOT)); n++) {
                renamed = p.citationKey() + "-" + n;
            }
            warnings.add(Diagnostic.imported(fileName, entry.line(), Diagnostic.Kind.ADJUSTED, "The citation key '" + p.citationKey()
                    + "' is already used on line " + lineByKey.get(folded) + "; this entry was imported as '"
                    + renamed + "'."));
            lineByKey.put(renamed.toLowerCase(Locale.ROOT), entry.line());
            Publication kept = p.toBuilder().citationKey(renamed).build();
            earlier.add(kept);
            sameKey.computeIfAbsent(renamed.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(kept);
            publications.add(kept);
        }
        warnings.sort(Comparator.comparingInt(w -> w.source().line())); // stable: same-line order kept
        return new BibtexImportResult(publications, warnings, scanner.preambles());
    }

    /** A link read as its text, with the field it was written in. */
    private record FieldAnchor(RawEntry.RawField field, HtmlInlineTags.Anchor anchor) {
    }

    /** Maps one raw entry's fields onto a publication, collecting warnings on the way. */
    private static final class EntryReader {
        private final RawEntry entry;
        private final String file;
        private final List<Diagnostic> warnings;
        private final Map<String, String> links = new LinkedHashMap<>();
        private final Map<String, String> badges = new HashMap<>();
        private final Map<String, String> extras = new LinkedHashMap<>();
        private final Set<PublicationField> taken = EnumSet.noneOf(PublicationField.class);
        /** The spelling each registry field was read from. */
        private final Map<PublicationField, RawEntry.RawField> spelling = new EnumMap<>(PublicationField.class);
        private final Set<String> unknownCommands;
        /** The links read as their text in text fields, with the field each was in, in the order they were written. */
        private final List<FieldAnchor> anchors = new ArrayList<>();
        /** The month of a date written into {@code year}; set when the entry has no month of its own. */
        private Integer monthFromYear;

        EntryReader(RawEntry entry, String file, List<Diagnostic> warnings, Set<String> unknownCommands) {
            this.entry = entry;
            this.file = file;
            this.warnings = warnings;
            this.unknownCommands = unknownCommands;
        }

        /** LaTeX text as the model keeps it; a command the conversion does not know is kept as written and reported once per file. */
        private String text(RawEntry.RawField f, String value) {
            for (String command : Latex.unknownCommands(value)) {
                if (unknownCommands.add(command)) {
                    warn(f, "\\" + command + " is a LaTeX command Scholarfolio does not know; it is kept as written"
                            + " (first use in this file; later ones are not reported).");
                }
            }
            return Latex.toUnicode(HtmlInlineTags.toLatex(value));
        }

        private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(jr|sr|jun|sen|[ivx]+)\\.?");

        /**
         * Names BibTeX reads in a way the researcher surely did not mean: more than two commas
         * (BibTeX stops with "Too many commas in name"; the rest lands in the given name), or a
         * trailing comma that makes the given name a "Jr" part.
         */
        /**
         * Reports names BibTeX would read oddly. "Collas, Antoine," (a comma before the "and") makes
         * BibTeX read the given name as a suffix like Jr. and leave the given name empty; such a name
         * is read as "Last, First", which is what its writer meant, so the owner's highlight finds it.
         */
        private List<Author> withOddNamesMended(RawEntry.RawField f, NameParser.Names names) {
            List<Author> out = new ArrayList<>(names.authors().size());
            for (int i = 0; i < names.authors().size(); i++) {
                Author a = names.authors().get(i);
                if (names.extendedForm().get(i)) {
                    // every part named: read as written, the way biber reads it
                } else if (commaOutsideBraces(a.given())) {
                    warn(f, "The name '" + a.family() + ", " + a.jr() + ", " + a.given() + "' has more than two"
                            + " commas; separate authors with 'and' and write each as 'Last, First'.");
                } else if (a.given().contains(",")) {
                    // "{St-Hilaire,} S.": BibTeX counts no comma inside braces, so the family name is the last word
                    warn(f, "The comma in '" + a.given() + " " + a.family() + "' is inside braces, where BibTeX does"
                            + " not count it: read as given name '" + a.given() + "' and family name '" + a.family()
                            + "'; for 'Last, First' put the comma after the closing brace.");
                } else if (a.given().isBlank() && !a.jr().isBlank() && !NAME_SUFFIX.matcher(a.jr().strip()).matches()) {
                    warn(f, "The name '" + a.family() + ", " + a.jr() + ",' ends with a comma, which BibTeX reads as a"
                            + " suffix like Jr. with no given name; read as given name '" + a.jr() + "', remove the comma.");
                    a = new Author(a.jr(), a.von(), a.family(), "", a.equalContribution(), a.corresponding(),
                            a.otherMarks(), a.url(), a.unknownFields());
                } else if (a.given().isBlank() && a.jr().isBlank() && a.von().isBlank() && !a.family().startsWith("{")
                        && a.family().strip().contains(" ")) {
                    // "Kevin Gimpel, and …": BibTeX reads a family name "Kevin Gimpel" with no given name, and
                    // export-bibtex's "Kevin Gimpel" then read back as Kevin, Gimpel: read it so at once
                    Author asWritten = NameParser.parse(a.family()).authors().get(0);
                    warn(f, "The name '" + a.family() + ",' ends with a comma, which BibTeX reads as the family name '"
                            + a.family() + "' with no given name; read as given name '" + asWritten.given()
                            + "' and family name '" + asWritten.family() + "', remove the comma.");
                    a = new Author(asWritten.given(), asWritten.von(), asWritten.family(), asWritten.jr(), a.equalContribution(),
                            a.corresponding(), a.otherMarks(), a.url(), a.unknownFields());
                }
                out.add(a);
            }
            return out;
        }

        /** A comma BibTeX counts: one outside braces ({@code {St-Hilaire,} S.} holds none, a braced one is text). */
        private static boolean commaOutsideBraces(String name) {
            int depth = 0;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (c == ',' && depth == 0) {
                    return true;
                }
            }
            return false;
        }

        Publication read() {
            Publication.Builder b = Publication.builder(entry.key(), entry.type());
            for (RawEntry.RawField f : entry.fields()) {
                String raw = f.value();
                String value = raw.strip();
                PublicationField field = PublicationField.byBibtexKey(f.name()).orElse(null);
                if (field == null) {
                    other(f, value);
                } else if (!taken.add(field)) {
                    twoSpellings(b, field, f, value);
                } else {
                    field(b, field, f, value);
                    spelling.put(field, f);
                }
            }
            if (monthFromYear != null) {
                b.month(monthFromYear);
            }
            arxivFromEprint(b);
            RawEntry.RawField date = entry.field("date");
            if (date != null && entry.field("year") == null) {
                dateParts(date, b, entry.field("month") == null);
            }
            keepAnchorAddresses();
            return b.links(PublicationLinks.fromMap(links))
                    .badges(new PublicationBadges(badges.get("altmetric"), badges.get("dimensions"),
                            badges.get("google_scholar_id"), badges.get("inspirehep_id")))
                    .bibtexFields(extras)
                    .build();
        }

        /**
         * A field given twice under its two spellings ({@code journal} and {@code journaltitle}):
         * biber maps the BibTeX name to the biblatex one and, when both are there, keeps the biblatex
         * one and drops the other with a warning; so here, whichever comes first. The value left out
         * is named in the warning, so nothing goes unseen.
         */
        private void twoSpellings(Publication.Builder b, PublicationField field, RawEntry.RawField f, String value) {
            RawEntry.RawField first = spelling.get(field);
            String bibtexName = field.bibtexKey().orElseThrow();
            boolean newIsBiblatex = !f.name().equals(bibtexName) && first != null && first.name().equals(bibtexName);
            RawEntry.RawField kept = newIsBiblatex ? f : first;
            RawEntry.RawField dropped = newIsBiblatex ? first : f;
            if (newIsBiblatex) {
                field(b, field, f, value);
                spelling.put(field, f);
            }
            warn(f, "'" + dropped.name() + " = {" + dropped.value().strip() + "}' was left out: the entry also has '"
                    + kept.name() + "', which is kept" + (kept.name().equals(bibtexName) ? " (the first one)" : " (as biber keeps"
                    + " biblatex's name when both are there)") + ".");
        }

        /**
         * biblatex's {@code eprinttype = {arxiv}} (or arXiv's own {@code archivePrefix = {arXiv}}) with
         * {@code eprint} names the arXiv id when the entry has no {@code arxiv} field; the fields stay as written.
         */
        private void arxivFromEprint(Publication.Builder b) {
            RawEntry.RawField eprint = entry.field("eprint");
            RawEntry.RawField type = entry.field("eprinttype") != null ? entry.field("eprinttype") : entry.field("archiveprefix");
            if (eprint == null || type == null || taken.contains(PublicationField.ARXIV)
                    || !Latex.verbatimFromBibtex(type.value()).strip().equalsIgnoreCase("arxiv")) {
                return;
            }
            b.text(PublicationField.ARXIV, arxiv(identifier(eprint.value().strip())));
        }

        /**
         * The addresses of the links read as their text ({@link HtmlInlineTags#withoutAnchors}): each becomes the
         * entry's link of its kind ({@link #linkKindOf}) when the entry has none, else it is named in a warning, so
         * none is lost unseen. Done after every field is read, so the entry's own links come first.
         */
        private void keepAnchorAddresses() {
            for (FieldAnchor fa : anchors) {
                RawEntry.RawField f = fa.field();
                String address = identifier(fa.anchor().address());
                String link = "<a>" + fa.anchor().text() + "</a>";
                if (address.isEmpty() || address.startsWith("#")) {
                    warn(f, "The " + f.name() + "'s link " + link + " was read as its text; it has no address to keep.");
                    continue;
                }
                Optional<String> refused = LinkRules.check(address);
                if (refused.isPresent()) {
                    // A page's address may be anything a browser runs (javascript:, data:); a link button may not.
                    warn(f, "The " + f.name() + "'s link " + link + " was read as its text, as the al-folio page shows it;"
                            + " its address " + address + " was not kept: " + refused.get() + ".");
                    continue;
                }
                LinkKind kind = linkKindOf(address);
                String had = links.get(kind.key());
                if (had == null) {
                    links.put(kind.key(), address);
                    warn(f, "The " + f.name() + "'s link " + link + " was read as its text, as the al-folio page shows it;"
                            + " its address " + address + " is this entry's " + kind.key() + " link.");
                } else {
                    warn(f, "The " + f.name() + "'s link " + link + " was read as its text, as the al-folio page shows it;"
                            + " its address " + address + " was not kept: this entry's " + kind.key() + " link is already "
                            + had + ". Add it where it belongs if you want it.");
                }
            }
        }

        /** {@code arxiv={2403.11043}} inside a text field: a field of al-folio's or BibTeX's, written after a comma or at a line's start. */
        private static final Pattern FIELD_TYPED_INSIDE = Pattern.compile("(?im)(?:^|[,;]\\s*)(\\s*(arxiv|doi|url|pdf|html|code"
                + "|slides|poster|video|year|month|pages|volume|number|journal|booktitle|publisher|author|abstract|abbr|selected"
                + "|bibtex_show|preview|eprint)\\s*=\\s*[{\"][^}\"\\n]*[}\"]?)");

        /** The link button an address inside a field suits: a PDF, code, a video, else the web page (html). */
        private static LinkKind linkKindOf(String address) {
            String a = address.toLowerCase(Locale.ROOT);
            String path = a.replaceFirst("[?#].*$", "");
            String host = a.replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("[/?#:].*$", "").replaceFirst("^www\\.", "");
            if (path.endsWith(".pdf")) {
                return LinkKind.PDF;
            }
            if (host.equals("github.com") || host.equals("gitlab.com") || host.equals("bitbucket.org")) {
                return LinkKind.CODE;
            }
            if (host.equals("youtube.com") || host.equals("youtu.be") || host.equals("vimeo.com")) {
                return LinkKind.VIDEO;
            }
            return LinkKind.HTML;
        }

        /** A registry field, read as its kind says. */
        private void field(Publication.Builder b, PublicationField field, RawEntry.RawField f, String value) {
            switch (field.kind()) {
                case TEXT -> {
                    // A title's HTML is read for its emphasis and its other tags kept as typed (BibtexImporterTest);
                    // the fields al-folio sites fill with spans for the page (award, note) are read as the page shows them.
                    String plain = field == PublicationField.TITLE ? null : HtmlInlineTags.withoutSpansAndBreaks(value);
                    if (plain != null) {
                        warn(f, "The " + f.name() + "'s HTML tags (<span>, <br>) were taken out; the site shows its text,"
                                + " as al-folio does.");
                    }
                    String shown = plain != null ? plain : value;
                    // a link (<a href>) is its text, as the al-folio page shows it; its address is kept once every field is read
                    HtmlInlineTags.Unlinked unlinked = field == PublicationField.TITLE ? null : HtmlInlineTags.withoutAnchors(shown);
                    if (unlinked != null) {
                        unlinked.anchors().forEach(a -> anchors.add(new FieldAnchor(f, a)));
                        shown = unlinked.value();
                    }
                    Matcher typedInside = FIELD_TYPED_INSIDE.matcher(value);
                    if (typedInside.find()) {
                        // a closing brace left out before it: BibTeX, and al-folio's page, take the next field as text
                        warn(f, "The " + f.name() + " holds \"" + typedInside.group(1).strip() + "\", which reads like a field"
                                + " written inside it (a closing brace missing before it?): kept as written, as al-folio's page"
                                + " shows it; that " + typedInside.group(2).toLowerCase(Locale.ROOT) + " is not read.");
                    }
                    String read = text(f, shown);
                    HtmlInlineTags.CharactersRead characters = HtmlInlineTags.withCharacterReferencesRead(read);
                    if (characters != null) {
                        warn(f, "The " + f.name() + " holds HTML character references such as " + characters.firstReference()
                                + ", read as the characters they name (" + characters.firstCharacter() + "), as al-folio's"
                                + " page shows them.");
                        read = characters.value();
                    }
                    b.text(field, read);
                }
                case MARKDOWN -> b.text(field, markdownText(value));
                case VERBATIM -> b.text(field, Latex.verbatimFromBibtex(value));
                case IDENTIFIER -> b.text(field, cleanIdentifier(field, identifier(value)));
                case FLAG -> field.withFlag(b, flag(f, value));
                case INTEGER -> {
                    Integer number = year(f, value);
                    if (number == null && !value.isBlank() && !value.replace("{", "").replace("}", "").isBlank()) {
                        // "in press", or a year written wrong: kept as written, as the form keeps what is typed
                        b.numberAsTyped(field, Latex.toUnicode(value));
                    } else {
                        field.withNumber(b, number);
                    }
                }
                case MONTH -> field.withNumber(b, month(f, value));
                case NAMES -> {
                    String plain = HTML_TAG.matcher(value).replaceAll("");
                    if (!plain.equals(value)) {
                        warn(f, "HTML tags in the author list were removed; the site highlights your"
                                + " own name by itself.");
                    }
                    NameParser.Names names = NameParser.parse(plain);
                    b.authors(withOddNamesMended(f, names)).andOthers(names.andOthers());
                }
            }
        }

        /** A DOI without its resolver prefix; an arXiv id without {@code arXiv:} or the abs/pdf address. */
        private String cleanIdentifier(PublicationField field, String value) {
            return switch (field) {
                case DOI -> doi(value);
                case ARXIV -> arxiv(value);
                default -> value;
            };
        }

        private void other(RawEntry.RawField f, String value) {
            String link = FieldNames.LINK_ALIASES.get(f.name());
            if (link != null) {
                if (links.containsKey(link)) {
                    warn(f, "'" + f.name() + "' repeats the " + link + " link of this entry; the first one was kept.");
                } else if (!value.isEmpty()) {
                    links.put(link, identifier(value));
                }
            } else if (FieldNames.BADGES.contains(f.name())) {
                badges.put(f.name(), Latex.verbatimFromBibtex(value));
            } else if (IDENTIFIERS.contains(f.name())) {
                extras.put(f.name(), identifier(value));
            } else {
                extras.put(f.name(), FieldNames.verbatim(f.name(), value) ? Latex.verbatimFromBibtex(value) : Latex.toUnicode(value));
            }
        }

        /**
         * An address or identifier with LaTeX escapes undone ({@code \_}, {@code {\_}}, {@code \%}), as
         * bibtex-ruby and biber read them, so that the link works.
         */
        private static String identifier(String value) {
            return ESCAPED_SPECIAL.matcher(Latex.verbatimFromBibtex(value)).replaceAll("$1");
        }

        /**
         * biblatex's {@code date} (ISO 8601 / EDTF: {@code 2004}, {@code 2004-05}, {@code 2004-05-17},
         * ranges {@code 2004-05/2005}, {@code /2005}) gives the year and month of its start; the field
         * itself is kept as written, so the day and the range end are not lost.
         */
        private void dateParts(RawEntry.RawField f, Publication.Builder b, boolean setMonth) {
            String value = f.value().replace("{", "").replace("}", "").strip();
            String start = value.startsWith("/") ? value.substring(1) : value.split("/", -1)[0];
            Matcher m = DATE.matcher(start.strip());
            if (!m.lookingAt()) {
                warn(f, "The date '" + value + "' is not a biblatex date (such as 2004-05-17 or 2004/2005); the entry has no year.");
                return;
            }
            b.year(Integer.valueOf(m.group(1)));
            if (setMonth && m.group(2) != null) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) {
                    b.month(month);
                }
            }
        }

        /** Fields the site renders as Markdown hold no LaTeX markup commands; their text stays. */
        private static String markdownText(String latex) {
            return Latex.toUnicodeWithoutMarkup(latex);
        }

        private Integer year(RawEntry.RawField f, String value) {
            String digits = value.replace("{", "").replace("}", "").strip();
            if (digits.isEmpty()) {
                return null;
            }
            if (digits.matches("\\d{1,4}")) {
                return Integer.valueOf(digits);
            }
            Matcher date = YEAR_AS_DATE.matcher(digits);
            if (date.matches() && Integer.parseInt(date.group(2)) >= 1 && Integer.parseInt(date.group(2)) <= 12) {
                return yearOfDate(f, value, date);
            }
            if (!PublicationStatus.names(Latex.toUnicode(value))) {
                warn(f, "The year '" + value + "' is not a year; it was kept as written and is reported as a problem"
                        + " until it is corrected (a paper not yet published may say so: in press, forthcoming, submitted …).");
            }
            return null;
        }

        /**
         * {@code year = {2014-09-17}}: the year, and the month and day where the entry has none of its
         * own (its own are kept); a month or day left out is named in the warning.
         */
        private Integer yearOfDate(RawEntry.RawField f, String value, Matcher date) {
            int month = Integer.parseInt(date.group(2));
            boolean ownMonth = entry.field("month") != null;
            String day = date.group(3) == null ? null : Integer.toString(Integer.parseInt(date.group(3)));
            boolean ownDay = entry.field("day") != null;
            if (!ownMonth) {
                monthFromYear = month;
            }
            if (day != null && !ownDay) {
                extras.put("day", day);
            }
            warn(f, "The year '" + value + "' is a date; read as year " + date.group(1)
                    + (ownMonth ? " (month " + month + " left out: the entry's own month is kept)" : ", month " + month)
                    + (day == null ? "" : ownDay ? " (day " + day + " left out: the entry's own day is kept)" : ", day " + day + " (field day)")
                    + ".");
            return Integer.valueOf(date.group(1));
        }

        private Integer month(RawEntry.RawField f, String value) {
            String m = value.replace("{", "").replace("}", "").replace(".", "").strip().toLowerCase(Locale.ROOT);
            if (m.isEmpty()) {
                return null;
            }
            if (m.matches("\\d{1,2}")) {
                int n = Integer.parseInt(m);
                if (n >= 1 && n <= 12) {
                    return n;
                }
            } else if (m.length() >= 3) {
                Integer named = monthNamed(m);
                if (named != null) {
                    return named;
                }
                // "jun 29", "June 29" or "29 June": the day written into the month, as some exports do
                Matcher withDay = MONTH_AND_DAY.matcher(m);
                if (withDay.matches()) {
                    String name = withDay.group(1) != null ? withDay.group(1) : withDay.group(4);
                    int day = Integer.parseInt(withDay.group(1) != null ? withDay.group(2) : withDay.group(3));
                    Integer month = monthNamed(name);
                    if (month != null && day >= 1 && day <= 31) {
                        boolean keepDay = entry.fields().stream().noneMatch(other -> other.name().equalsIgnoreCase("day"));
                        if (keepDay) {
                            extras.put("day", Integer.toString(day));
                        }
                        warn(f, "The month '" + value + "' holds a day; read as month " + month
                                + (keepDay ? " and day " + day + " (field day)." : "; the entry's own day field is kept."));
                        return month;
                    }
                }
            }
            warn(f, "The month '" + value + "' is not a month; it was kept as text.");
            extras.put("month", Latex.toUnicode(value));
            return null;
        }

        /** 1-12 for "jun", "june", "sept"; null for anything else. */
        private static Integer monthNamed(String m) {
            if (m.length() < 3) {
                return null;
            }
            String prefix = m.substring(0, 3);
            for (int i = 0; i < 12; i++) {
                if (MONTHS[i].equals(prefix) && isMonthSpelling(m, i)) {
                    return i + 1;
                }
            }
            return null;
        }

        private static boolean isMonthSpelling(String m, int index) {
            return MONTH_NAMES[index].startsWith(m) || m.equals("sept");
        }

        private String doi(String value) {
            Doi doi = new Doi(Doi.withoutResolver(value));
            return doi.hasDoiPrefix() ? doi.value() : value;
        }

        /** al-folio links {@code arxiv.org/abs/<id>}, so a prefix or a full URL would break the button. */
        private static String arxiv(String value) {
            Matcher m = ARXIV.matcher(value);
            return m.matches() ? m.group(1) : value;
        }

        private boolean flag(RawEntry.RawField f, String value) {
            String v = value.replace("{", "").replace("}", "").strip().toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(v)) {
                return true;
            }
            if (!FALSE_WORDS.contains(v)) {
                warn(f, "'" + value + "' is not true or false; it was read as false.");
            }
            return false;
        }

        private void warn(RawEntry.RawField f, String message) {
            warnings.add(Diagnostic.imported(file, f.line(), Diagnostic.Kind.ADJUSTED, f.name(), message));
        }
    }
}
