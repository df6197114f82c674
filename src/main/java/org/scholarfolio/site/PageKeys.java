package org.scholarfolio.site;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scholarfolio.files.ChangeCheck;
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

    PageKeys(SiteModel site, long siteKey, RecordKeys records) {
        // Which sections exist decides the menu and which links work on every page.
        this.siteKey = RecordKeys.combine(siteKey, site.publications().isEmpty() ? 0 : 1, site.news().isEmpty() ? 0 : 1);
        long[] all = new long[site.publications().size() + site.news().size() + 1];
        int i = 0;
        all[i++] = this.siteKey;
        for (PublicationView v : site.publications()) {
            long key = RecordKeys.combine(this.siteKey, records.of(site.sources().get(v)), text(v.pageHref()));
            ownRecord.put(v.pageHref(), key);
            all[i++] = key;
        }
        for (int n = 0; n < site.news().size(); n++) {
            String href = site.news().get(n).pageHref();
            long key = RecordKeys.combine(this.siteKey, records.of(site.newsSources().get(n)), text(href));
            if (!href.isEmpty()) {
                ownRecord.put(href, key);
            }
            all[i++] = key;
        }
        this.everything = RecordKeys.combine(all);
    }

    /** The key of the file at {@code path}, which reads {@code inputs}. */
    long of(PageRenderer.Inputs inputs, String path) {
        long key = switch (inputs) {
            case SITE -> siteKey;
            case OWN_RECORD -> {
                Long own = ownRecord.get(path);
                yield own == null ? everything : own;
            }
            case EVERYTHING -> everything;
        };
        return RecordKeys.combine(key, text(path));
    }

    /** The key of everything but the publications and news items ({@code parts}: options, build, folder listing). */
    static long siteKey(SiteModel site, RecordKeys records, List<String> parts) {
        var p = site.portfolio();
        return RecordKeys.combine(RecordKeys.keyOf(parts), p.schemaVersion(), records.of(p.profile()), records.of(p.site()),
                records.of(p.pages()), records.of(p.unknownFields()));
    }

    private static long text(String s) {
        return new ChangeCheck().update(s.getBytes(StandardCharsets.UTF_8)).value();
    }
}
