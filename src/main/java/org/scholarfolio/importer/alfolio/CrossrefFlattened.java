package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.model.CrossrefContainers;
import org.scholarfolio.model.Publication;

/**
 * A list of publications as al-folio can show it: jekyll-scholar lists every entry its query matches
 * and gives the page an entry's own fields only, never following {@code crossref}. So a crossref
 * container (a proceedings volume named only by its papers) is left out, else it shows as a paper of
 * its own, and each of its papers carries the fields it takes from it (venue, year, publisher), by the
 * BibTeX importer's own inheritance rules, else it shows without its venue. The {@code crossref} key
 * goes too: it would name an entry the file does not hold.
 */
final class CrossrefFlattened {
    /** Chapter, book, multi-volume work: deeper chains are not BibTeX's. */
    private static final int MAX_CHAIN = 8;

    private CrossrefFlattened() {
    }

    /** {@code publications} flattened; each container left out is said in {@code notCarried}. */
    static List<Publication> of(List<Publication> publications, List<String> notCarried) {
        CrossrefContainers containers = CrossrefContainers.of(publications);
        if (containers.isEmpty()) {
            return publications;
        }
        Map<String, Publication> byKey = new HashMap<>();
        for (Publication p : publications) {
            byKey.putIfAbsent(lower(p.citationKey()), p);
        }
        BibtexImporter importer = new BibtexImporter();
        List<Publication> out = new ArrayList<>(publications.size());
        for (Publication p : publications) {
            if (containers.contains(p)) {
                notCarried.add("@" + p.entryType() + "{" + p.citationKey() + "} is the crossref container of "
                        + String.join(", ", containers.childrenOf(p)) + ": al-folio would list it as a publication of its"
                        + " own, so it is left out of the .bib and its fields are written on those entries");
                continue;
            }
            out.add(byKey.containsKey(parentKey(p)) ? withInheritedFields(p, byKey, importer) : p);
        }
        return out;
    }

    /** The child with its parents' fields, read back through the importer that applies crossref. */
    private static Publication withInheritedFields(Publication child, Map<String, Publication> byKey, BibtexImporter importer) {
        Map<String, Publication> chain = new LinkedHashMap<>();
        chain.put(lower(child.citationKey()), child);
        for (Publication p = byKey.get(parentKey(child)); p != null && chain.size() < MAX_CHAIN
                && !chain.containsKey(lower(p.citationKey())); p = byKey.get(parentKey(p))) {
            chain.put(lower(p.citationKey()), p);
        }
        String text = BibtexWriter.complete().write(List.copyOf(chain.values()));
        for (Publication read : importer.read(text, child.citationKey() + ".bib").publications()) {
            if (read.citationKey().equalsIgnoreCase(child.citationKey())) {
                Map<String, String> fields = new LinkedHashMap<>(read.bibtexFields());
                fields.remove("crossref");
                return read.toBuilder().bibtexFields(fields).build();
            }
        }
        return child;
    }

    private static String parentKey(Publication p) {
        String ref = p.bibtexFields().get("crossref");
        return ref == null ? "" : lower(ref.strip());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
