package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.AuthorView;
import org.scholarfolio.site.Views.PublicationView;

/**
 * The publications' share of a site model: each publication's views in list order (newest first),
 * with the maps and the list layout made from them. The editor's exporter keeps the last one; when
 * an edit leaves every publication where it was ({@link #patched}), the next model takes this one
 * with the edited records' views swapped in, instead of sorting, naming and laying out every
 * publication again (a third of a re-export's time at 10,000 publications).
 *
 * @param given      the portfolio's publication list this part was made from, in the portfolio's order
 * @param positionOf each of {@code given}'s position in the list order
 * @param slugs      each list position's page folder
 * @param entries    each list position's views
 * @param context    what the views read besides their own record ({@link ViewCache#nextExport})
 * @param sources    the publication behind each list view (by identity)
 * @param onOwnPage  each list view as its own page shows it (by identity)
 * @param indexEntries each list view's filter-index entry (by identity)
 * @param files      each list view by the path of its own page
 * @param selectedOnHome the selected publications' views for the about page, in list order
 * @param withMath   how many publications' views contain math
 * @param marks      the author marks any view uses ({@link #marks(PublicationView)}): the list's legend
 */
record PublicationsPart(List<Publication> given, int[] positionOf, List<String> slugs, List<Entry> entries, long context,
                        List<PublicationView> publications, Map<PublicationView, Publication> sources,
                        Map<PublicationView, PublicationView> onOwnPage,
                        Map<PublicationView, PublicationIndex.Entry> indexEntries, Map<String, PublicationView> files,
                        List<PublicationView> selectedOnHome, PublicationList list, int withMath,
                        int marks) {

    /**
     * One publication's views: as the list shows it, as its own page shows it, and (when selected)
     * as the about page shows it.
     *
     * @param warnings what making them found, in order
     * @param placed   the portfolio files they placed in the site, or null when not recorded
     */
    record Entry(Publication source, List<PublicationView> views, List<Diagnostic> warnings,
                 PublicationIndex.Entry indexEntry, SiteAssets.Placed placed) {
    }

    /** The part made from {@code entries} in list order; {@code section} names each one's section. */
    static PublicationsPart of(List<Publication> given, int[] positionOf, List<String> slugs, List<Entry> entries,
                               long context) {
        int n = entries.size();
        List<PublicationView> publications = new ArrayList<>(n);
        // Sized for the whole list at once: growing an identity map rehashes every entry.
        Map<PublicationView, Publication> sources = new IdentityHashMap<>(n);
        Map<PublicationView, PublicationView> onOwnPage = new IdentityHashMap<>(n);
        Map<PublicationView, PublicationIndex.Entry> indexEntries = new IdentityHashMap<>(n);
        Map<PublicationView, String> sectionOf = new IdentityHashMap<>(n);
        Map<String, PublicationView> files = new HashMap<>(n * 4 / 3 + 1);
        List<PublicationView> selected = new ArrayList<>();
        int withMath = 0;
        int marks = 0;
        for (Entry e : entries) {
            PublicationView v = e.views().get(0);
            publications.add(v);
            sources.put(v, e.source());
            onOwnPage.put(v, e.views().get(1));
            indexEntries.put(v, e.indexEntry());
            sectionOf.put(v, e.source().section());
            files.put(v.pageHref(), v);
            if (e.source().selected()) {
                selected.add(e.views().get(2));
            }
            withMath += v.math() ? 1 : 0;
            marks |= marks(v);
        }
        PublicationList list = PublicationList.of(publications, sectionOf::get);
        return new PublicationsPart(given, positionOf, slugs, entries, context, publications, sources, onOwnPage,
                indexEntries, files, selected, list, withMath, marks);
    }

    /**
     * This part with the views of the publications that changed in {@code now} made again by
     * {@code make} (from the list position and the new record), or null when the change may move
     * an entry or change what every list page shows, and the part must be made whole: another
     * number of publications, or an edited one whose year, citation key, section, selected flag or
     * author marks (the list's legend) differ, or another {@code context}.
     */
    PublicationsPart patched(List<Publication> now, long context, BiFunction<Integer, Publication, Entry> make) {
        if (context != this.context || now.size() != given.size()) {
            return null;
        }
        Map<Integer, Publication> changed = new HashMap<>();
        for (int i = 0; i < now.size(); i++) {
            Publication was = given.get(i);
            Publication is = now.get(i);
            if (was != is) {
                if (!staysInPlace(was, is) || changed.size() > 64) {
                    return null;
                }
                changed.put(positionOf[i], is);
            }
        }
        List<Entry> entries = new ArrayList<>(this.entries);
        // By role (list, own page, about page): one record's views may be one object in two roles
        // (no relative links), and its edited views two.
        List<Map<PublicationView, PublicationView>> swaps = List.of(new IdentityHashMap<>(), new IdentityHashMap<>(),
                new IdentityHashMap<>());
        for (Map.Entry<Integer, Publication> c : changed.entrySet()) {
            Entry old = this.entries.get(c.getKey());
            Entry fresh = make.apply(c.getKey(), c.getValue());
            if (marks(old.views().get(0)) != marks(fresh.views().get(0))) {
                return null;
            }
            entries.set(c.getKey(), fresh);
            for (int k = 0; k < old.views().size(); k++) {
                swaps.get(k).put(old.views().get(k), fresh.views().get(k));
            }
        }
        if (changed.isEmpty()) {
            return new PublicationsPart(now, positionOf, slugs, this.entries, context, publications, sources, onOwnPage,
                    indexEntries, files, selectedOnHome, list, withMath, marks);
        }
        List<PublicationView> publications = new ArrayList<>(this.publications);
        // The changes only, over the maps as they were: copying four maps of 10,000 entries was a
        // sixth of a re-export after one edit.
        Map<PublicationView, Publication> newSources = new IdentityHashMap<>();
        Map<PublicationView, PublicationView> newOnOwnPage = new IdentityHashMap<>();
        Map<PublicationView, PublicationIndex.Entry> newIndexEntries = new IdentityHashMap<>();
        Map<String, PublicationView> newFiles = new HashMap<>();
        List<PublicationView> gone = new ArrayList<>();
        int withMath = this.withMath;
        for (int position : changed.keySet()) {
            Entry old = this.entries.get(position);
            Entry fresh = entries.get(position);
            PublicationView was = old.views().get(0);
            PublicationView is = fresh.views().get(0);
            publications.set(position, is);
            gone.add(was);
            newSources.put(is, fresh.source());
            newOnOwnPage.put(is, fresh.views().get(1));
            newIndexEntries.put(is, fresh.indexEntry());
            newFiles.put(is.pageHref(), is);
            withMath += (is.math() ? 1 : 0) - (was.math() ? 1 : 0);
        }
        Map<PublicationView, Publication> sources = PatchedMap.patch(this.sources, newSources, gone, true);
        Map<PublicationView, PublicationView> onOwnPage = PatchedMap.patch(this.onOwnPage, newOnOwnPage, gone, true);
        Map<PublicationView, PublicationIndex.Entry> indexEntries = PatchedMap.patch(this.indexEntries, newIndexEntries,
                gone, true);
        Map<String, PublicationView> files = PatchedMap.patch(this.files, newFiles, List.of(), false);
        List<PublicationView> selected = selectedOnHome.stream().map(v -> swaps.get(2).getOrDefault(v, v)).toList();
        return new PublicationsPart(now, positionOf, slugs, entries, context, publications, sources, onOwnPage,
                indexEntries, files, selected, list.replacing(swaps.get(0)), withMath, marks);
    }

    /** Whether {@code is} takes the place, the address and the list page {@code was} had. */
    private static boolean staysInPlace(Publication was, Publication is) {
        return Objects.equals(was.year(), is.year()) && was.status().equals(is.status()) && was.citationKey().equals(is.citationKey())
                && was.section().equals(is.section()) && was.selected() == is.selected();
    }

    /** Which author marks a view uses (bit 1: equal contribution, bit 2: corresponding), for the legend. */
    static int marks(PublicationView v) {
        int marks = 0;
        for (AuthorView a : v.authors()) {
            marks |= (a.marks().indexOf('*') >= 0 ? 1 : 0) | (a.marks().indexOf('†') >= 0 ? 2 : 0);
        }
        return marks;
    }
}
