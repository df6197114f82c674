package org.scholarfolio.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final long siteKey;
    private final Map<String, Long> ownRecord = new HashMap<>();
    private final long everything;
    private final long news;
    private final Map<String, Long> listPages = new HashMap<>();
    private final RecordKeys records;

    PageKeys(SiteModel site, long siteKey, RecordKeys records) {
        this.records = records;
        // Which sections exist decides the menu and which links work on every page.
        this.siteKey = RecordKeys.combine(siteKey, site.publications().isEmpty() ? 0 : 1, site.news().isEmpty() ? 0 : 1);
        long[] all = new long[site.publications().size() + site.news().size() + 1];
        long[] newsKeys = new long[site.news().size() + 1];
        // A list page shows a publication's view as its own page does, or as the list's own.
        Map<PublicationView, Long> shown = new java.util.IdentityHashMap<>();
        int i = 0;
        all[i++] = this.siteKey;
        for (PublicationView v : site.publications()) {
            long key = records.ownPage(this.siteKey, records.of(site.sources().get(v)), v.pageHref());
            ownRecord.put(v.pageHref(), key);
            shown.put(v, key);
            shown.put(site.onOwnPage().get(v), key);
            all[i++] = key;
        }
        int k = 0;
        newsKeys[k++] = this.siteKey;
        for (int n = 0; n < site.news().size(); n++) {
            String href = site.news().get(n).pageHref();
            long key = records.ownPage(this.siteKey, records.of(site.newsSources().get(n)), href);
            if (!href.isEmpty()) {
                ownRecord.put(href, key);
            }
            all[i++] = key;
            newsKeys[k++] = key;
        }
        this.everything = RecordKeys.combine(all);
        this.news = RecordKeys.combine(newsKeys);
        listPageKeys(site, shown);
    }

    /** Each list page's key: what it shows of its own and what every list page shows. */
    private void listPageKeys(SiteModel site, Map<PublicationView, Long> shown) {
        PublicationList list = site.publicationList();
        List<Long> wide = new java.util.ArrayList<>(List.of(siteKey, (long) site.publications().size(),
                list.split() ? 1L : 0L, text(String.join("\n", SiteRenderer.legend(site)))));
        list.pages().forEach(p -> wide.add(RecordKeys.combine(text(p.path()), text(p.label()))));
        long listWide = RecordKeys.combine(wide.stream().mapToLong(Long::longValue).toArray());
        for (PublicationList.ListPage page : list.pages()) {
            List<Long> parts = new java.util.ArrayList<>();
            parts.add(listWide);
            groups(page.groups(), shown, parts);
            for (Views.PublicationSection section : page.sections()) {
                parts.add(RecordKeys.combine(text(section.title()), text(section.id())));
                groups(section.groups(), shown, parts);
            }
            listPages.put(page.path(), RecordKeys.combine(parts.stream().mapToLong(Long::longValue).toArray()));
        }
    }

    private static void groups(List<Views.YearGroup> groups, Map<PublicationView, Long> shown, List<Long> parts) {
        for (Views.YearGroup group : groups) {
            parts.add(text(group.year()));
            parts.add((long) group.publications().size());
            for (PublicationView v : group.publications()) {
                Long key = shown.get(v);
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
