package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scholarfolio.bibtex.FieldNames;
import org.scholarfolio.model.Diagnostic;

/**
 * {@code crossref} as BibTeX and biblatex define it: the child gets every field it lacks from its
 * parent (and the parent's own parent), with biblatex's default mappings between entry types
 * ({@code proceedings} → {@code inproceedings}: parent {@code title} is the child's
 * {@code booktitle}; {@code book} → {@code inbook}: parent {@code author} is also the child's
 * {@code bookauthor}; {@code periodical} → {@code article}: {@code title} is the journal; a
 * multi-volume parent's title is the {@code maintitle}). al-folio's per-paper fields (links,
 * badges, flags, abstract) and biblatex's {@code \noinherit} fields are never inherited. A child
 * without a title of its own also takes the parent's title, as BibTeX does, so it is never untitled.
 * {@code xref} only relates entries, as in biblatex, and inherits nothing.
 */
final class CrossrefInheritance {

    private static final Set<String> BIBLATEX_NOT_INHERITED = Set.of("ids", "crossref", "xref", "entryset",
            "entrysubtype", "execute", "label", "options", "presort", "related", "relatedoptions",
            "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey");

    private record Rule(Set<String> parents, Set<String> children, Map<String, List<String>> fields) {
    }

    private static final Map<String, List<String>> TITLE_AS_BOOK = Map.of("title", List.of("booktitle"),
            "subtitle", List.of("booksubtitle"), "titleaddon", List.of("booktitleaddon"),
            "shorttitle", List.of(), "sorttitle", List.of(), "indextitle", List.of(), "indexsorttitle", List.of());
    private static final Map<String, List<String>> TITLE_AS_MAIN = Map.of("title", List.of("maintitle"),
            "subtitle", List.of("mainsubtitle"), "titleaddon", List.of("maintitleaddon"),
            "shorttitle", List.of(), "sorttitle", List.of(), "indextitle", List.of(), "indexsorttitle", List.of());

    /** biblatex.def's {@code \DeclareDataInheritance} defaults; BibTeX's own types ride along. */
    private static final List<Rule> RULES = List.of(
            new Rule(Set.of("mvbook", "book"), Set.of("inbook", "bookinbook", "suppbook"),
                    Map.of("author", List.of("author", "bookauthor"))),
            new Rule(Set.of("mvbook"), Set.of("book", "inbook", "bookinbook", "suppbook"), TITLE_AS_MAIN),
            new Rule(Set.of("mvcollection", "mvreference"), Set.of("collection", "reference", "incollection",
                    "inreference", "suppcollection"), TITLE_AS_MAIN),
            new Rule(Set.of("mvproceedings"), Set.of("proceedings", "inproceedings", "conference"), TITLE_AS_MAIN),
            new Rule(Set.of("book"), Set.of("inbook", "bookinbook", "suppbook", "incollection"), TITLE_AS_BOOK),
            new Rule(Set.of("collection", "reference"), Set.of("incollection", "inreference", "suppcollection"), TITLE_AS_BOOK),
            new Rule(Set.of("proceedings"), Set.of("inproceedings", "conference"), TITLE_AS_BOOK),
            new Rule(Set.of("periodical"), Set.of("article", "suppperiodical"), Map.of("title", List.of("journaltitle"),
                    "subtitle", List.of("journalsubtitle"), "shorttitle", List.of(), "sorttitle", List.of(),
                    "indextitle", List.of(), "indexsorttitle", List.of())));

    private static final int MAX_CHAIN = 8;

    private final Map<String, RawEntry> byKey = new HashMap<>();
    private final String file;
    private final List<Diagnostic> warnings;

    private CrossrefInheritance(List<RawEntry> entries, String file, List<Diagnostic> warnings) {
        for (RawEntry e : entries) {
            byKey.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e);
        }
        // biblatex's ids are other keys of the same entry, and biber follows a crossref to one of them
        for (RawEntry e : entries) {
            RawEntry.RawField ids = e.field("ids");
            if (ids != null) {
                for (String alias : ids.value().replace("{", "").replace("}", "").split(",")) {
                    if (!alias.isBlank()) {
                        byKey.putIfAbsent(alias.strip().toLowerCase(Locale.ROOT), e);
                    }
                }
            }
        }
        this.file = file;
        this.warnings = warnings;
    }

    static List<RawEntry> resolve(List<RawEntry> entries, String file, List<Diagnostic> warnings) {
        CrossrefInheritance inheritance = new CrossrefInheritance(entries, file, warnings);
        List<RawEntry> resolved = new ArrayList<>(entries.size());
        for (RawEntry e : entries) {
            resolved.add(inheritance.resolve(e, 0, true));
        }
        inheritance.reportContainers(resolved);
        return resolved;
    }

    /**
     * Says, at each container, which entries took its fields and that the site does not list it:
     * BibTeX lists a container only when it is cited by itself, and a list of papers is not one of
     * the volumes they appeared in. It is imported all the same (model.CrossrefContainers).
     */
    private void reportContainers(List<RawEntry> resolved) {
        Map<RawEntry, List<String>> children = new LinkedHashMap<>();
        for (RawEntry e : resolved) {
            RawEntry.RawField ref = e.field("crossref");
            RawEntry parent = ref == null ? null : byKey.get(ref.value().toLowerCase(Locale.ROOT));
            if (parent != null && parent.key().equals(ref.value()) && !parent.key().equalsIgnoreCase(e.key())) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.key());
            }
        }
        children.forEach((parent, keys) -> warnings.add(Diagnostic.imported(file, parent.line(), Diagnostic.Kind.ADJUSTED,
                "The @" + parent.type() + " entry '" + parent.key() + "' is the crossref container of " + quoted(keys)
                + ", which took its fields. It is imported and kept with them (export-bibtex writes it after them),"
                + " but the site does not list it, as BibTeX lists a container only when it is cited by itself;"
                + " to list it, remove their crossref.")));
    }

    private static String quoted(List<String> keys) {
        int shown = Math.min(keys.size(), 3);
        String named = keys.subList(0, shown).stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "));
        return keys.size() > shown ? named + " and " + (keys.size() - shown) + " more" : named;
    }

    private RawEntry resolve(RawEntry e, int depth, boolean report) {
        RawEntry.RawField ref = e.field("crossref");
        if (ref == null || depth >= MAX_CHAIN) {
            return e;
        }
        RawEntry parent = byKey.get(BibtexScanner.keyWithoutBreakers(ref.value().strip()).toLowerCase(Locale.ROOT));
        if (parent == null || parent == e) {
            if (report) {
                warnings.add(Diagnostic.imported(file, ref.line(), Diagnostic.Kind.MISSING, "crossref", "The entry '" + e.key()
                        + "' refers to '" + ref.value() + "', which is not in this file; nothing was inherited."));
            }
            return e;
        }
        parent = resolve(parent, depth + 1, false);
        List<RawEntry.RawField> fields = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (RawEntry.RawField f : e.fields()) {
            // The link stays, naming the parent by the key it is imported under: the parent is left out
            // of the site's list for as long as a child names it, and export-bibtex writes both.
            fields.add(f.name().equals("crossref") ? new RawEntry.RawField(f.name(), parent.key(), f.line()) : f);
            present.add(f.name());
        }
        Map<String, List<String>> mapping = mapping(parent.type(), e.type());
        // the parent's own booktitle (BibTeX's convention for crossref) before its title mapped to it
        for (boolean mapped : new boolean[] {false, true}) {
            for (RawEntry.RawField f : parent.fields()) {
                if (FieldNames.NOT_INHERITED.contains(f.name()) || BIBLATEX_NOT_INHERITED.contains(f.name())
                        || mapping.containsKey(f.name()) != mapped) {
                    continue;
                }
                for (String target : mapping.getOrDefault(f.name(), List.of(f.name()))) {
                    if (present.add(target)) {
                        fields.add(new RawEntry.RawField(target, f.value(), f.line()));
                    }
                }
            }
        }
        RawEntry.RawField parentTitle = parent.field("title");
        if (parentTitle != null && mapping.containsKey("title") && present.add("title")) {
            // a child with no title of its own (a chapter cited by pages) shows the parent's, as BibTeX does
            fields.add(new RawEntry.RawField("title", parentTitle.value(), parentTitle.line()));
        }
        return new RawEntry(e.type(), e.key(), e.line(), fields);
    }

    private static Map<String, List<String>> mapping(String parentType, String childType) {
        Map<String, List<String>> mapping = new HashMap<>();
        for (Rule rule : RULES) {
            if (rule.parents().contains(parentType) && rule.children().contains(childType)) {
                mapping.putAll(rule.fields());
            }
        }
        return mapping;
    }
}
