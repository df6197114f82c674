package org.scholarfolio.site;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scholarfolio.markdown.RenderedMarkdown;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.NavItem;
import org.scholarfolio.site.Views.NewsView;
import org.scholarfolio.site.Views.PublicationView;

/**
 * Everything the site's pages show, decided once from a portfolio by {@link SiteModelBuilder}:
 * the page renderers only read it, so they may run in parallel and in any order, and the preview
 * can render one page of it.
 *
 * @param sources     the publication behind each view of {@code publications} (by identity)
 * @param publicationFiles each view of {@code publications} by the path of its page
 * @param onOwnPage   each view of {@code publications} as its own page shows it (by identity)
 * @param newsSources the news items behind {@code news}, in the same order
 * @param pages       extra pages by their slug, in menu order
 * @param footers     the footer's HTML for pages at each depth ("", "../")
 * @param publicationList the pages that list the publications
 * @param newsPages   the index in {@code news} of each news item by the path of its own page
 * @param indexEntries each view of {@code publications}' entry in the filter index (by identity)
 * @param legend      what the author marks used anywhere in the list mean, for every list page
 */
record SiteModel(Portfolio portfolio, ExportOptions options, String baseUrl, String language, String siteTitle,
                 String accent, List<PublicationView> publications, Map<PublicationView, Publication> sources,
                 Map<String, PublicationView> publicationFiles, Map<PublicationView, PublicationView> onOwnPage, List<NewsView> news, List<NewsItem> newsSources,
                 Map<String, Page> pages, Map<String, RenderedMarkdown> pageBodies, List<NavItem> nav,
                 Map<String, String> footers, Home home, boolean anyMath, PublicationList publicationList,
                 Map<String, Integer> newsPages, Map<PublicationView, PublicationIndex.Entry> indexEntries,
                 List<String> legend) {

    SiteModel {
        publications = List.copyOf(publications);
        sources = Collections.unmodifiableMap(sources);
        // Wrapped, not copied: the builder hands over maps it no longer touches (10,000 entries at 10,000 papers).
        publicationFiles = Collections.unmodifiableMap(publicationFiles);
        onOwnPage = Collections.unmodifiableMap(onOwnPage);
        news = List.copyOf(news);
        newsSources = List.copyOf(newsSources);
        pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
        pageBodies = Map.copyOf(pageBodies);
        nav = List.copyOf(nav);
        footers = Map.copyOf(new HashMap<>(footers));
        newsPages = Collections.unmodifiableMap(newsPages);
        indexEntries = Collections.unmodifiableMap(indexEntries);
        legend = List.copyOf(legend);
    }

    /** The index in {@code news} of the item whose own page is at {@code path}. */
    int newsIndex(String path) {
        Integer i = newsPages.get(path);
        if (i == null) {
            throw new IllegalArgumentException("no news item at " + path);
        }
        return i;
    }

    /** The publication whose page is at {@code path}. */
    PublicationView publicationAt(String path) {
        PublicationView v = publicationFiles.get(path);
        if (v == null) {
            throw new IllegalArgumentException("no publication at " + path);
        }
        return v;
    }

    /** An extra page's slug, or null when the portfolio's page is not on the site. */
    String slugOf(Page page) {
        return pages.entrySet().stream().filter(e -> e.getValue() == page).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
