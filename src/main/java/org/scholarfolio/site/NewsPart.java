package org.scholarfolio.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.site.Views.NewsView;

/**
 * The news items' share of a site model: the dated items newest first, each one's views, and the
 * own pages' positions. The editor's exporter keeps the last one; when the portfolio's news items
 * are the very objects it was made from (an edit elsewhere), and the views read the same context,
 * the next model takes it as it is instead of sorting, naming and finding 5,000 items' views again.
 *
 * @param given     the portfolio's news items it was made from, in the portfolio's order
 * @param context   what the views read besides their own record ({@link ViewCache#nextExport})
 * @param inOrder   the dated items, newest first
 * @param views     each of {@code inOrder}'s views, with their warnings and placed files
 * @param undated   the warnings for the items left out for want of a date, in order
 * @param pageIndex the position in {@code views} of each item's own page, by its path
 */
record NewsPart(List<NewsItem> given, long context, List<NewsItem> inOrder, List<ViewCache.Kept<NewsView>> views,
                List<Diagnostic> undated, Map<String, Integer> pageIndex) {

    NewsPart {
        given = List.copyOf(given);
        inOrder = List.copyOf(inOrder);
        views = List.copyOf(views);
        undated = List.copyOf(undated);
    }

    /** The part made from {@code inOrder}'s {@code views}. */
    static NewsPart of(List<NewsItem> given, long context, List<NewsItem> inOrder, List<ViewCache.Kept<NewsView>> views,
                       List<Diagnostic> undated) {
        Map<String, Integer> pageIndex = new HashMap<>();
        for (int i = 0; i < views.size(); i++) {
            NewsView v = views.get(i).value();
            if (!v.inline()) {
                pageIndex.put(v.pageHref(), i);
            }
        }
        return new NewsPart(given, context, inOrder, views, undated, java.util.Collections.unmodifiableMap(pageIndex));
    }

    /** Whether this part was made from exactly the records {@code now} holds (by identity) and {@code context}. */
    boolean isFor(List<NewsItem> now, long context) {
        if (context != this.context || now.size() != given.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != given.get(i)) {
                return false;
            }
        }
        return true;
    }
}
