package org.scholarfolio.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/**
 * {@link PortfolioValidator#validate} for an editor that checks after every change: each
 * publication's own problems are kept with the record (records are immutable, and an edit replaces
 * only the records it changes), so a change rechecks the publications it replaced, and the
 * duplicate keys and DOIs are found again from the kept keys in one walk, with no rule run again.
 * The profile, news, pages and site settings are few and checked whole. The result is always the
 * list {@code validate} gives for the same portfolio and folder, in the same order.
 *
 * <p>A record's local files (a PDF, a photo) are looked up on disk when the record is checked; a file
 * that appears or goes while the record is unchanged is seen after {@link #forget()} (the editor
 * calls it on open and save). One caller at a time.
 */
public final class IncrementalValidator {
    private record Kept(int index, PortfolioValidator.PublicationChecks checks) {
    }

    private Map<Publication, Kept> kept = new IdentityHashMap<>();
    private Path folder;
    private int year = Integer.MIN_VALUE;
    private int rechecked;

    /** Problems of {@code portfolio}; {@code folder} may be null to skip the checks for missing files. */
    public synchronized List<Diagnostic> check(Portfolio portfolio, Path folder) {
        int latestYear = PortfolioValidator.latestYear();
        if (!Objects.equals(folder, this.folder) || latestYear != year) {
            kept = new IdentityHashMap<>();
            this.folder = folder;
            year = latestYear;
        }
        List<Diagnostic> out = new ArrayList<>();
        PortfolioValidator.profileAndNews(portfolio, folder, out);
        List<Publication> pubs = portfolio.publications();
        Map<Publication, Kept> next = new IdentityHashMap<>(pubs.size() * 2);
        Map<String, Integer> keys = new HashMap<>(pubs.size() * 2);
        Map<String, Integer> dois = new HashMap<>();
        rechecked = 0;
        for (int i = 0; i < pubs.size(); i++) {
            Publication p = pubs.get(i);
            Kept k = kept.get(p);
            if (k == null || k.index() != i) {
                // A new or changed record, or one that moved: its paths name its index.
                k = new Kept(i, PortfolioValidator.publication(i, p, folder, latestYear));
                rechecked++;
            }
            next.put(p, k);
            k.checks().appendTo(i, keys, dois, out);
        }
        kept = next;
        PortfolioValidator.pagesAndSite(portfolio, out);
        return out;
    }

    /** Forgets every kept result: the next check looks at every record (and its files) again. */
    public synchronized void forget() {
        kept = new IdentityHashMap<>();
    }

    /** How many publications the last check ran the rules on (the others' problems were kept). */
    public synchronized int rechecked() {
        return rechecked;
    }
}
