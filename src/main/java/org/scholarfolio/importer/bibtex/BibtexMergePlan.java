package org.scholarfolio.importer.bibtex;

import java.util.List;
import org.scholarfolio.model.Publication;

/**
 * What importing a BibTeX file would do: the publications afterwards, and per imported entry
 * whether it was added, updated (with the fields that changed) or already up to date.
 */
public record BibtexMergePlan(List<Publication> publications, List<Entry> entries) {

    public enum Outcome { ADDED, UPDATED, UNCHANGED }

    /** How an entry found the publication it updates. */
    public enum Match {
        CITATION_KEY("citation key"), DOI("DOI"), ARXIV("arXiv id"), TITLE("title");

        private final String label;

        Match(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One entry of the file. {@code targetKey} is the citation key the publication has afterwards
     * (the existing key when matched by DOI or title; a free {@code key-2} when the entry's key already
     * names another work); {@code match} is null for an added entry.
     */
    public record Entry(Outcome outcome, String citationKey, Match match, String targetKey,
                        List<String> changedFields) {
        public Entry {
            changedFields = List.copyOf(changedFields);
        }

        /** An added entry whose key the portfolio already gives another work: it is added under {@link #targetKey}. */
        public boolean addedUnderNewKey() {
            return outcome == Outcome.ADDED && !targetKey.equals(citationKey);
        }

        /** What a person is told of such an entry, else "". */
        public String newKeyNote() {
            return addedUnderNewKey() ? " (the key " + citationKey + " is another work's in the portfolio, whose title"
                    + " differs; added as " + targetKey + ")" : "";
        }
    }

    public BibtexMergePlan {
        publications = List.copyOf(publications);
        entries = List.copyOf(entries);
    }

    public List<Entry> added() {
        return of(Outcome.ADDED);
    }

    public List<Entry> updated() {
        return of(Outcome.UPDATED);
    }

    public List<Entry> unchanged() {
        return of(Outcome.UNCHANGED);
    }

    /** Whether applying the plan changes anything. */
    public boolean changesSomething() {
        return entries.stream().anyMatch(e -> e.outcome() != Outcome.UNCHANGED);
    }

    private List<Entry> of(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).toList();
    }
}
