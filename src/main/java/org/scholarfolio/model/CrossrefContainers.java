package org.scholarfolio.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The publications that others name in their BibTeX {@code crossref} field: the proceedings or book
 * a paper appeared in, which the paper took its venue fields from. BibTeX lists such a container
 * only when it is cited by itself, and a researcher's list of papers is not a list of the volumes
 * they appeared in, so the site leaves containers out of its list; they stay in the portfolio, the
 * editor shows them, and the BibTeX export writes them after their children, where BibTeX needs
 * them. Found from the children's field alone, so a container is one for as long as a child names it.
 */
public final class CrossrefContainers {

    /** Lower-case container key to the keys of the publications that name it, in portfolio order. */
    private final Map<String, List<String>> childrenByKey;

    private CrossrefContainers(Map<String, List<String>> childrenByKey) {
        this.childrenByKey = childrenByKey;
    }

    /** The containers among {@code publications}: named by another one's {@code crossref} and present. */
    public static CrossrefContainers of(List<Publication> publications) {
        Map<String, List<String>> named = null;
        for (Publication p : publications) {
            String ref = p.bibtexFields().get("crossref");
            if (ref != null && !ref.isBlank() && !ref.strip().equalsIgnoreCase(p.citationKey())) {
                if (named == null) {
                    named = new HashMap<>();
                }
                named.computeIfAbsent(ref.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p.citationKey());
            }
        }
        if (named == null) {
            return new CrossrefContainers(Map.of());
        }
        Map<String, List<String>> present = new LinkedHashMap<>();
        for (Publication p : publications) {
            List<String> children = named.get(p.citationKey().toLowerCase(Locale.ROOT));
            if (children != null) {
                present.putIfAbsent(p.citationKey().toLowerCase(Locale.ROOT), List.copyOf(children));
            }
        }
        return new CrossrefContainers(present);
    }

    public boolean isEmpty() {
        return childrenByKey.isEmpty();
    }

    public boolean contains(Publication p) {
        return !childrenByKey.isEmpty() && childrenByKey.containsKey(p.citationKey().toLowerCase(Locale.ROOT));
    }

    /** The keys of the publications that name {@code container} in their {@code crossref}; empty for any other. */
    public List<String> childrenOf(Publication container) {
        return childrenByKey.getOrDefault(container.citationKey().toLowerCase(Locale.ROOT), List.of());
    }

    /** {@code publications} without the containers, in their order. */
    public List<Publication> listed(List<Publication> publications) {
        if (childrenByKey.isEmpty()) {
            return publications;
        }
        return publications.stream().filter(p -> !contains(p)).toList();
    }

    /**
     * {@code publications} in their order, but each container put off until every entry that names
     * it has come (BibTeX reads a crossref's parent only after its children); a chain (chapter, book,
     * multi-volume work) comes out in that order.
     */
    public List<Publication> parentsAfterChildren(List<Publication> publications) {
        if (childrenByKey.isEmpty()) {
            return publications;
        }
        List<Publication> ordered = new ArrayList<>(publications.size());
        Set<String> written = new HashSet<>();
        List<Publication> waiting = new ArrayList<>();
        for (Publication p : publications) {
            if (contains(p) && !allWritten(childrenOf(p), written)) {
                waiting.add(p);
                continue;
            }
            ordered.add(p);
            written.add(p.citationKey().toLowerCase(Locale.ROOT));
            for (boolean more = true; more; ) {
                more = false;
                for (Iterator<Publication> it = waiting.iterator(); it.hasNext(); ) {
                    Publication w = it.next();
                    if (allWritten(childrenOf(w), written)) {
                        it.remove();
                        ordered.add(w);
                        written.add(w.citationKey().toLowerCase(Locale.ROOT));
                        more = true;
                    }
                }
            }
        }
        ordered.addAll(waiting); // only a cycle of crossrefs is left waiting
        return ordered;
    }

    private static boolean allWritten(List<String> keys, Set<String> written) {
        for (String k : keys) {
            if (!written.contains(k.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
