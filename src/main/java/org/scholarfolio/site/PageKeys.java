package org.scholarfolio.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scholarfolio.site.Views.NewsView;
import org.scholarfolio.site.Views.PublicationView;

/**
 * What each page of a site was made from, as one number: a page whose key is the one the last
 * export noted, and whose file is as that export left it, need not be rendered again.
 * <ul>
 * <li>{@link PageRenderer.Inputs#SITE}: the site key (the export's options, the build, the files
 * in the portfolio folder, and every record but the publications and news items);</li>
 * <li>{@link PageRenderer.Inputs#OWN_RECORD}: the site key, the page's own publication or news
 * item, and its address (which depends on the other records' addresses);</li>
 * <li>{@link PageRenderer.Inputs#EVERYTHING}: the site key and every record's key, in order.</li>
 * </ul>
 */
final class PageKeys {
    // Past this many changed records, the keys are made afresh rather than patched.
    private static final int MOST_PATCHED = 64;

    private final long siteKey;
    // Each publication's and news item's own page key, by the page's path; taken over (and
    // changed in place) by the next export's keys when they are patched from these.
    private final Map<String, Long> ownRecord;
    private final long everything;
    private final long news;
    private final Map<String, Long> listPages = new HashMap<>();
    private final RecordKeys records;
    // What the next export's keys are patched from: the views keyed, in order, and their keys.
    private final List<PublicationView> publications;
    private final long[] publicationKeys;
    private final List<NewsView> newsViews;
    private final long[] newsKeys;
    private final List<PublicationList.ListPage> listPageShown;
    private final long listWide;
    // Set when these keys were patched: the own pages whose keys were made again, and those gone.
    private final boolean patched;
    private final Set<String> ownPagesKeyed = new HashSet<>();
    private final Set<String> ownPagesGone = new HashSet<>();

    PageKeys(SiteModel site, long siteKey, RecordKeys records) {
        this(site, siteKey, records, null);
    }

    /**
     * The keys of {@code site}'s pages, patched from {@code last} (the keys of the same exporter's
     * last export, null: none) when the site key is the same and few records' views changed: a
     * view the last export keyed at the same place keeps its key, and a list page that is the
     * same object keeps its key. {@code last} must not be used afterwards (its map is taken over).
     */
    PageKeys(SiteModel site, long siteKey, RecordKeys records, PageKeys last) {
        this.records = records;
        // Which sections exist decides the menu and which links work on every page.
        this.siteKey = RecordKeys.combine(siteKey, site.publications().isEmpty() ? 0 : 1, site.news().isEmpty() ? 0 : 1);
        this.publications = site.publications();
        this.newsViews = site.news();
        this.patched = last != null && last.siteKey == this.siteKey
                && last.publications.size() == publications.size() && last.newsViews.size() == newsViews.size()
                && changed(last.publications, publications) + changed(last.newsViews, newsViews) <= MOST_PATCHED;
        this.ownRecord = patched ? last.ownRecord : new HashMap<>();
        if (patched) {
            // Addresses first, keys second: an edit may hand one record's address to another.
            for (int i = 0; i < publications.size(); i++) {
                if (publications.get(i) != last.publications.get(i)) {
                    forget(last.publications.get(i).pageHref());
                }
            }
            for (int i = 0; i < newsViews.size(); i++) {
                if (newsViews.get(i) != last.newsViews.get(i)) {
                    forget(last.newsViews.get(i).pageHref());
                }
            }
        }
        long[] all = new long[publications.size() + newsViews.size() + 1];
        this.publicationKeys = new long[publications.size()];
        this.newsKeys = new long[newsViews.size()];
        int i = 0;
        all[i++] = this.siteKey;
        for (int p = 0; p < publications.size(); p++) {
            PublicationView v = publications.get(p);
            long key;
            if (patched && v == last.publications.get(p)) {
                key = last.publicationKeys[p];
            } else {
                key = records.ownPage(this.siteKey, records.of(site.sources().get(v)), v.pageHref());
                keep(v.pageHref(), key);
            }
            publicationKeys[p] = key;
            all[i++] = key;
        }
        long[] newsParts = new long[newsViews.size() + 1];
        int k = 0;
        newsParts[k++] = this.siteKey;
        for (int n = 0; n < newsViews.size(); n++) {
            NewsView view = newsViews.get(n);
            long key;
            if (patched && view == last.newsViews.get(n)) {
                key = last.newsKeys[n];
            } else {
                key = records.ownPage(this.siteKey, records.of(site.newsSources().get(n)), view.pageHref());
                if (!view.pageHref().isEmpty()) {
                    keep(view.pageHref(), key);
                }
            }
            newsKeys[n] = key;
            all[i++] = key;
            newsParts[k++] = key;
        }
        this.everything = RecordKeys.combine(all);
        this.news = RecordKeys.combine(newsParts);
        this.listPageShown = site.publicationList().pages();
        this.listWide = listWide(site);
        listPageKeys(site, patched && last.listWide == listWide ? last : null);
    }

    /** How many places of {@code now} hold another view than they did in {@code last} (same sizes). */
    private static int changed(List<?> last, List<?> now) {
        int changed = 0;
        for (int i = 0; i < now.size(); i++) {
            changed += now.get(i) != last.get(i) ? 1 : 0;
        }
        return changed;
    }

    private void forget(String ownPage) {
        if (!ownPage.isEmpty()) {
            ownRecord.remove(ownPage);
            ownPagesGone.add(ownPage);
        }
    }

    private void keep(String ownPage, long key) {
        ownRecord.put(ownPage, key);
        if (patched) {
            ownPagesKeyed.add(ownPage);
        }
    }

    /**
     * Whether these keys were patched from the last export's: then only the own pages in {@link
     * #ownPagesKeyed} and {@link #ownPagesGone} have other keys than they had.
     */
    boolean patched() {
        return patched;
    }

    /** When {@link #patched}: the own pages (of a publication or a news item) keyed again. */
    Set<String> ownPagesKeyed() {
        return ownPagesKeyed;
    }

    /** When {@link #patched}: the own pages of the views that changed (some may be keyed again). */
    Set<String> ownPagesGone() {
        return ownPagesGone;
    }

    /**
     * The keys combined in order. A loop, not two streams' {@code Long::longValue}: the class archive maps one
     * class per lambda shape of a class, and the second was made at run time by every export.
     */
    private static long combine(List<Long> keys) {
        long[] all = new long[keys.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = keys.get(i);
        }
        return RecordKeys.combine(all);
    }

    /** What every list page shows: the list's size, whether it is split, the legend, the year pages. */
    private long listWide(SiteModel site) {
        PublicationList list = site.publicationList();
        List<Long> wide = new java.util.ArrayList<>(List.of(siteKey, (long) site.publications().size(),
                list.split() ? 1L : 0L, text(String.join("\n", SiteRenderer.legend(site)))));
        list.pages().forEach(p -> wide.add(RecordKeys.combine(text(p.path()), text(p.label()))));
        return combine(wide);
    }

    /**
     * Each list page's key: what it shows of its own and what every list page shows; a page that
     * is the very page {@code last} keyed (the list pages are immutable) keeps its key.
     */
    private void listPageKeys(SiteModel site, PageKeys last) {
        List<PublicationList.ListPage> pages = site.publicationList().pages();
        for (int p = 0; p < pages.size(); p++) {
            PublicationList.ListPage page = pages.get(p);
            if (last != null && p < last.listPageShown.size() && last.listPageShown.get(p) == page) {
                listPages.put(page.path(), last.listPages.get(page.path()));
                continue;
            }
            List<Long> parts = new java.util.ArrayList<>();
            parts.add(listWide);
            groups(page.groups(), parts);
            for (Views.PublicationSection section : page.sections()) {
                parts.add(RecordKeys.combine(text(section.title()), text(section.id())));
                groups(section.groups(), parts);
            }
            listPages.put(page.path(), combine(parts));
        }
    }

    /** A list page shows a publication's view as its own page does, or as the list's own: both at its address. */
    private void groups(List<Views.YearGroup> groups, List<Long> parts) {
        for (Views.YearGroup group : groups) {
            parts.add(text(group.year()));
            parts.add((long) group.publications().size());
            for (PublicationView v : group.publications()) {
                Long key = ownRecord.get(v.pageHref());
                if (key == null) {
                    throw new IllegalArgumentException("a list page shows a publication view the keys do not know");
                }
                parts.add(key);
            }
        }
    }

    /** The key of the file at {@code path}, which reads {@code inputs}. */
    long of(PageRenderer.Inputs inputs, String path) {
        long key = switch (inputs) {
            case SITE -> siteKey;
            case OWN_RECORD -> {
                Long own = ownRecord.get(path);
                yield own == null ? everything : own;
            }
            case NEWS -> news;
            case LIST_PAGE -> listPages.getOrDefault(path, everything);
            case EVERYTHING -> everything;
        };
        return records.page(key, path);
    }

    /** The key of everything but the publications and news items ({@code parts}: options, build, folder listing). */
    static long siteKey(org.scholarfolio.model.Portfolio p, RecordKeys records, List<String> parts) {
        return RecordKeys.combine(RecordKeys.keyOf(parts), p.schemaVersion(), records.of(p.profile()), records.of(p.site()),
                records.of(p.pages()), records.of(p.unknownFields()));
    }

    /**
     * The key of the whole portfolio, record by record: a component added to {@code Portfolio}
     * must be added here ({@code PageKeysTest} pins the list).
     */
    static long portfolioKey(org.scholarfolio.model.Portfolio p, RecordKeys records) {
        long[] keys = new long[6 + p.news().size() + p.publications().size()];
        int i = 0;
        keys[i++] = p.schemaVersion();
        keys[i++] = records.of(p.profile());
        keys[i++] = records.of(p.site());
        keys[i++] = records.of(p.pages());
        keys[i++] = records.of(p.unknownFields());
        keys[i++] = RecordKeys.combine(p.news().size(), p.publications().size());
        for (var n : p.news()) {
            keys[i++] = records.of(n);
        }
        for (var pub : p.publications()) {
            keys[i++] = records.of(pub);
        }
        return RecordKeys.combine(keys);
    }

    private static long text(String s) {
        return RecordKeys.text(s);
    }
}
