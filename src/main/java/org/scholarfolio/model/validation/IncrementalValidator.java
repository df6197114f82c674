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
import org.scholarfolio.model.RecordList;

/**
 * {@link PortfolioValidator#validate} for an editor that checks after every change: each
 * publication's own problems are kept with the record (records are immutable, and an edit replaces
 * only the records it changes), so a change rechecks the publications it replaced. The duplicate
 * keys and DOIs are kept by index too: a change that leaves every key and DOI as it was keeps them,
 * any other finds them again from the kept keys in one walk, with no rule run again.
 * The profile, news, pages and site settings are few and checked whole. The result is always the
 * list {@code validate} gives for the same portfolio and folder, in the same order.
 *
 * <p>A record's local files (a PDF, a photo) are looked up on disk when the record is checked; a file
 * that appears or goes while the record is unchanged is seen after {@link #forget()} (the editor
 * calls it on open and save). One caller at a time.
 */
public final class IncrementalValidator {
    /** More records changed at once than this (an import, a sort) are checked the general way. */
    private static final int FEW = 64;

    private record Kept(int index, PortfolioValidator.PublicationChecks checks) {
    }

    /** The publications of the last check, their own problems and their duplicate problems, by index. */
    private List<Publication> lastPubs = List.of();
    private PortfolioValidator.PublicationChecks[] checks = new PortfolioValidator.PublicationChecks[0];
    private Diagnostic[] duplicateKeys = new Diagnostic[0];
    private Diagnostic[] duplicateDois = new Diagnostic[0];
    /**
     * The publications' problems in order, as the last check listed them; null: to be listed again. A
     * key typed that leaves a record's problems as they were lists none of the 100,000 records again.
     */
    private List<Diagnostic> publicationProblems;
    private Path folder;
    private int year = Integer.MIN_VALUE;
    private int rechecked;

    /** Problems of {@code portfolio}; {@code folder} may be null to skip the checks for missing files. */
    public synchronized List<Diagnostic> check(Portfolio portfolio, Path folder) {
        int latestYear = PortfolioValidator.latestYear();
        if (!Objects.equals(folder, this.folder) || latestYear != year) {
            forgetAll();
            this.folder = folder;
            year = latestYear;
        }
        List<Diagnostic> out = new ArrayList<>();
        PortfolioValidator.profileAndNews(portfolio, folder, out);
        List<Publication> pubs = portfolio.publications();
        if (!inPlace(pubs, latestYear)) {
            rebuild(pubs, latestYear);
        }
        if (publicationProblems == null) {
            List<Diagnostic> listed = new ArrayList<>();
            for (int i = 0; i < checks.length; i++) {
                checks[i].appendTo(duplicateKeys[i], duplicateDois[i], listed);
            }
            publicationProblems = listed;
        }
        out.addAll(publicationProblems);
        PortfolioValidator.pagesAndSite(portfolio, out);
        return out;
    }

    /**
     * The usual change, a few records replaced where they were with their keys and DOIs as before:
     * only they are checked, and every duplicate found before still holds. False (nothing changed
     * here) for anything else.
     */
    private boolean inPlace(List<Publication> pubs, int latestYear) {
        // Snapshots of one lineage share the arrays holding the records an edit did not replace: the
        // replaced ones are found without a walk of the other 100,000.
        int[] changed = RecordList.replaced(lastPubs, pubs, FEW);
        if (changed == null) {
            return false;
        }
        int count = changed.length;
        PortfolioValidator.PublicationChecks[] fresh = new PortfolioValidator.PublicationChecks[count];
        for (int c = 0; c < count; c++) {
            int i = changed[c];
            fresh[c] = PortfolioValidator.publication(i, pubs.get(i), folder, latestYear);
            if (!Objects.equals(fresh[c].lowerKey(), checks[i].lowerKey())
                    || !Objects.equals(fresh[c].lowerDoi(), checks[i].lowerDoi())
                    || !Objects.equals(fresh[c].key(), checks[i].key()) || !Objects.equals(fresh[c].doi(), checks[i].doi())) {
                return false; // a key or DOI changed: the duplicates are found again
            }
        }
        for (int c = 0; c < count; c++) {
            PortfolioValidator.PublicationChecks was = checks[changed[c]];
            if (!was.beforeKey().equals(fresh[c].beforeKey()) || !was.beforeDoi().equals(fresh[c].beforeDoi())
                    || !was.rest().equals(fresh[c].rest())) {
                publicationProblems = null; // listed again; else the list (and its objects) stands
            }
            checks[changed[c]] = fresh[c];
        }
        rechecked = count;
        lastPubs = pubs;
        return true;
    }

    /** Any other change: records kept (by identity, at the same index) are not checked again; duplicates found anew. */
    private void rebuild(List<Publication> pubs, int latestYear) {
        Map<Publication, Kept> kept = new IdentityHashMap<>(lastPubs.size() * 2);
        for (int i = 0; i < lastPubs.size(); i++) {
            kept.put(lastPubs.get(i), new Kept(i, checks[i]));
        }
        PortfolioValidator.PublicationChecks[] next = new PortfolioValidator.PublicationChecks[pubs.size()];
        Diagnostic[] keys = new Diagnostic[pubs.size()];
        Diagnostic[] dois = new Diagnostic[pubs.size()];
        Map<String, Integer> firstKey = new HashMap<>(pubs.size() * 2);
        Map<String, Integer> firstDoi = new HashMap<>();
        rechecked = 0;
        for (int i = 0; i < pubs.size(); i++) {
            Publication p = pubs.get(i);
            Kept k = kept.get(p);
            if (k == null || k.index() != i) {
                // A new or changed record, or one that moved: its paths name its index.
                k = new Kept(i, PortfolioValidator.publication(i, p, folder, latestYear));
                rechecked++;
            }
            next[i] = k.checks();
            keys[i] = next[i].duplicateKey(i, firstKey);
            dois[i] = next[i].duplicateDoi(i, firstDoi);
        }
        lastPubs = pubs;
        publicationProblems = null;
        checks = next;
        duplicateKeys = keys;
        duplicateDois = dois;
    }

    /** Forgets every kept result: the next check looks at every record (and its files) again. */
    public synchronized void forget() {
        forgetAll();
    }

    private void forgetAll() {
        lastPubs = List.of();
        publicationProblems = null;
        checks = new PortfolioValidator.PublicationChecks[0];
        duplicateKeys = new Diagnostic[0];
        duplicateDois = new Diagnostic[0];
    }

    /** How many publications the last check ran the rules on (the others' problems were kept). */
    public synchronized int rechecked() {
        return rechecked;
    }
}
