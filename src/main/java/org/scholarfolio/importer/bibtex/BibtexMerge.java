package org.scholarfolio.importer.bibtex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationLinks;

/**
 * Works out what importing BibTeX entries into a list of publications would change, without
 * changing anything: each entry is added, or updates the publication it matches, or changes nothing.
 * The caller shows the {@link BibtexMergePlan} and applies {@link BibtexMergePlan#publications()}.
 *
 * <p>Matching, in this order: the citation key (ignoring case, as BibTeX does), then the DOI
 * (ignoring case and a {@code https://doi.org/} prefix), then the arXiv id (ignoring its version),
 * then the title folded to letters and digits
 * (case, accents, punctuation and protective braces ignored). Entries are matched only against the
 * publications the portfolio had before, never against each other: two entries of one file with the
 * same DOI stay two publications, as the file has them ({@code validate} reports the duplicate).
 *
 * <p>An update never loses what the researcher has and the BibTeX lacks: a field the entry leaves
 * empty keeps its value, {@code selected} and {@code bibtex_show} are only ever switched on, author
 * links (not part of BibTeX) and markers the file does not write stay on the author at the same place
 * with the same family name, other
 * BibTeX fields are merged key by key, Scholarfolio's own extra JSON fields are kept, and a DOI that
 * differs only in case or a {@code https://doi.org/} prefix keeps the portfolio's spelling. A match by
 * DOI or title keeps the existing citation key, because the site's addresses are made from it.
 */
public final class BibtexMerge {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The fields compared to say what an update changed, by their BibTeX names. */
    private static final Map<String, Function<Publication, Object>> FIELDS = fields();

    private BibtexMerge() {
    }

    public static BibtexMergePlan plan(List<Publication> existing, List<Publication> incoming) {
        return plan(existing, incoming, EnumSet.allOf(BibtexMergePlan.Match.class));
    }

    /**
     * The plan using only some ways of matching: records fetched by identifier carry keys made up
     * on the spot, so they are matched by DOI, arXiv id and title only.
     */
    public static BibtexMergePlan plan(List<Publication> existing, List<Publication> incoming,
                                       Set<BibtexMergePlan.Match> matching) {
        // One index per way of matching, built once: a bibliography of thousands stays linear.
        Map<BibtexMergePlan.Match, Map<String, Integer>> indexes = new EnumMap<>(BibtexMergePlan.Match.class);
        for (BibtexMergePlan.Match m : matching) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < existing.size(); i++) {
                String k = key(existing.get(i), m);
                if (!k.isEmpty()) {
                    index.putIfAbsent(k, i);
                }
            }
            indexes.put(m, index);
        }
        List<Publication> result = new ArrayList<>(existing);
        List<BibtexMergePlan.Entry> entries = new ArrayList<>();
        Set<String> usedKeys = new HashSet<>();
        existing.forEach(p -> usedKeys.add(p.citationKey().strip().toLowerCase(Locale.ROOT)));
        for (Publication in : incoming) {
            Integer index = null;
            BibtexMergePlan.Match match = null;
            for (BibtexMergePlan.Match m : indexes.keySet()) {
                String k = key(in, m);
                index = k.isEmpty() ? null : indexes.get(m).get(k);
                if (index != null && m == BibtexMergePlan.Match.CITATION_KEY && otherWork(result.get(index), in)) {
                    index = null; // the key names another work here: the entry may still match by DOI or title
                }
                if (index != null) {
                    match = m;
                    break;
                }
            }
            if (index == null) {
                Publication added = withFreeKey(in, usedKeys);
                result.add(added);
                entries.add(new BibtexMergePlan.Entry(BibtexMergePlan.Outcome.ADDED, in.citationKey(), null,
                        added.citationKey(), List.of()));
                continue;
            }
            Publication before = result.get(index);
            Publication merged = update(before, in);
            List<String> changed = changedFields(before, merged);
            result.set(index, merged);
            entries.add(new BibtexMergePlan.Entry(changed.isEmpty() ? BibtexMergePlan.Outcome.UNCHANGED
                    : BibtexMergePlan.Outcome.UPDATED, in.citationKey(), match, before.citationKey(), changed));
        }
        return new BibtexMergePlan(result, entries);
    }

    /**
     * Two works under one citation key: both have titles, neither the titles nor any identifier agree, and
     * the titles share less than half their words. Two files of one group (papers.bib and theses.bib)
     * may both use "Wirthl2024"; the second must not overwrite the first's title, authors and type, while
     * a title corrected in place (a typo, a subtitle added) still updates the publication.
     */
    static boolean otherWork(Publication had, Publication in) {
        String a = normalisedTitle(had.title());
        String b = normalisedTitle(in.title());
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return false;
        }
        for (BibtexMergePlan.Match id : List.of(BibtexMergePlan.Match.DOI, BibtexMergePlan.Match.ARXIV)) {
            if (!key(had, id).isEmpty() && key(had, id).equals(key(in, id))) {
                return false;
            }
        }
        Set<String> wordsA = new HashSet<>(List.of(a.split(" ")));
        Set<String> wordsB = new HashSet<>(List.of(b.split(" ")));
        long shared = wordsB.stream().filter(wordsA::contains).count();
        return shared * 2 < Math.min(wordsA.size(), wordsB.size());
    }

    /** The entry under its own key, or under the first free {@code key-2}, {@code key-3} ... when that key is taken. */
    private static Publication withFreeKey(Publication in, Set<String> usedKeys) {
        String key = in.citationKey().strip();
        String candidate = key;
        for (int n = 2; !key.isEmpty() && !usedKeys.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = key + "-" + n;
        }
        return candidate.equals(in.citationKey()) ? in : in.toBuilder().citationKey(candidate).build();
    }

    /** What an entry is matched on; empty when it has nothing to match (no DOI, no title). */
    private static String key(Publication p, BibtexMergePlan.Match match) {
        return switch (match) {
            case CITATION_KEY -> p.citationKey().strip().toLowerCase(Locale.ROOT);
            case DOI -> normalisedDoi(p.doi());
            case ARXIV -> p.arxiv().strip().toLowerCase(Locale.ROOT).replaceFirst("^arxiv:\\s*", "")
                    .replaceFirst("v\\d+$", "");
            case TITLE -> normalisedTitle(p.title());
        };
    }

    static String normalisedDoi(String doi) {
        return Doi.of(doi).key();
    }

    /**
     * "{BERT}: Pre-training of Deep ..." and "Bert — pre-training of deep ..." fold to the same text, and so
     * do "The \\emph{lac} operon" (a looked-up title) and "The lac operon": the text a reader sees.
     */
    static String normalisedTitle(String title) {
        String shown = InlineText.plain(title);
        String decomposed = Normalizer.normalize(shown.replace("{", "").replace("}", ""), Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l")
                .replace("đ", "d").replace("ı", "i");
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll(" ").strip();
    }

    /** One publication updated from one entry, by the rules above; the existing citation key stays. */
    public static Publication update(Publication old, Publication in) {
        Publication.Builder b = old.toBuilder();
        b.entryType(in.entryType());
        for (PublicationField field : PublicationField.values()) {
            merge(b, field, old, in);
        }
        Map<LinkKind, String> links = new EnumMap<>(LinkKind.class);
        links.putAll(old.links().values());
        links.putAll(in.links().values());
        b.links(old.links().withValues(links)); // the own links kept: a BibTeX entry has none
        PublicationBadges ob = old.badges();
        PublicationBadges ib = in.badges();
        b.badges(new PublicationBadges(or(ib.altmetric(), ob.altmetric()), or(ib.dimensions(), ob.dimensions()),
                or(ib.googleScholarId(), ob.googleScholarId()), or(ib.inspirehepId(), ob.inspirehepId()),
                ob.unknownFields()));
        Map<String, String> extra = new LinkedHashMap<>(old.bibtexFields());
        in.bibtexFields().forEach((k, v) -> {
            if (!v.isEmpty()) {
                extra.put(k, v);
            }
        });
        return b.bibtexFields(extra).build();
    }

    /** One field by its merge rule. */
    private static void merge(Publication.Builder b, PublicationField field, Publication old, Publication in) {
        switch (field.merge()) {
            case KEEP -> { }
            case AUTHORS -> {
                if (field == PublicationField.AUTHORS && (!in.authors().isEmpty() || in.andOthers())) {
                    b.authors(authors(old.authors(), in.authors())).andOthers(in.andOthers());
                }
            }
            case SWITCH_ON -> field.withFlag(b, field.flag(old) || field.flag(in));
            case DOI -> b.text(field, in.text(field).isEmpty()
                    || normalisedDoi(in.text(field)).equals(normalisedDoi(old.text(field))) ? old.text(field) : in.text(field));
            case FILLED_WINS -> {
                if (field.isText()) {
                    b.text(field, or(in.text(field), old.text(field)));
                } else if (field.kind() == PublicationField.Kind.FLAG) {
                    field.withFlag(b, field.flag(in) || field.flag(old));
                } else {
                    field.withNumber(b, field.number(in) != null ? field.number(in) : field.number(old));
                }
            }
        }
    }

    /**
     * The file's author list. Where the person is the same (same family name at the same place), the
     * author keeps their link and extra fields, and their markers when the file's name has none: a
     * Google Scholar or publisher export never carries al-folio's markers.
     */
    private static List<Author> authors(List<Author> old, List<Author> in) {
        List<Author> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Author a = in.get(i);
            Author before = i < old.size() ? old.get(i) : null;
            if (before != null && before.family().equals(a.family())) {
                boolean unmarked = !a.equalContribution() && !a.corresponding() && a.otherMarks().isEmpty();
                Author marks = unmarked ? before : a;
                a = new Author(a.given(), a.von(), a.family(), a.jr(), marks.equalContribution(), marks.corresponding(),
                        marks.otherMarks(), a.url().isEmpty() ? before.url() : a.url(), before.unknownFields());
            }
            out.add(a);
        }
        return out;
    }

    private static String or(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    /** The BibTeX names of the fields that differ, in a fixed order, then other fields in file order. */
    public static List<String> changedFields(Publication before, Publication after) {
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((name, get) -> {
            if (!Objects.equals(get.apply(before), get.apply(after))) {
                changed.add(name);
            }
        });
        Map<String, String> b = before.bibtexFields();
        Map<String, String> a = after.bibtexFields();
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!e.getValue().equals(b.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    private static Map<String, Function<Publication, Object>> fields() {
        Map<String, Function<Publication, Object>> m = new LinkedHashMap<>();
        m.put("type", Publication::entryType);
        for (PublicationField field : PublicationField.values()) {
            field.bibtexKey().ifPresent(name -> m.put(name, field::value));
        }
        for (LinkKind link : LinkKind.values()) {
            m.put(link.key(), p -> p.links().get(link));
        }
        m.put("altmetric", p -> p.badges().altmetric());
        m.put("dimensions", p -> p.badges().dimensions());
        m.put("google_scholar_id", p -> p.badges().googleScholarId());
        m.put("inspirehep_id", p -> p.badges().inspirehepId());
        return m;
    }
}
