package org.scholarfolio.site;

import java.util.Map;
import java.util.Set;

/**
 * Where every page and file of the site lives, relative to the site root; everything that names a
 * page (renderers, templates, links, the preview) asks here. Sections and extra pages are
 * {@code index.html} files in folders, so that their addresses stay short ({@code publications/});
 * a record's page and a year's list are one file in their section's folder
 * ({@code publications/<key>.html}): the site's links name the file anyway (from {@code file://}
 * a folder's address shows a listing), and a folder per page cost the export a folder each and
 * bought the reader nothing (docs/decisions/a-file-per-page.md).
 */
final class Routes {
    static final String HOME = "index.html";
    static final String PUBLICATIONS = "publications/index.html";
    static final String PUBLICATIONS_BIB = "publications.bib";
    static final String NEWS = "news/index.html";
    static final String FEED = "feed.xml";
    static final String ROBOTS = "robots.txt";
    static final String SITEMAP = "sitemap.xml";
    /** The picture shown with links to the site ({@code og:image}). */
    static final String CARD = "assets/card.png";
    static final String FAVICON = "assets/favicon.svg";
    /** The page a host (GitHub Pages, Netlify, most servers) shows for an address the site has no file for. */
    static final String NOT_FOUND = "404.html";
    /** Longest slug of a generated page or folder: long titles make unwieldy addresses. */
    static final int SLUG_LENGTH = 80;

    /** Names an extra page may not take: the sections and files above, and the theme's folder. */
    static final Set<String> RESERVED = Set.of("publications", "news", "assets", "index", "feed", "sitemap", "robots");
    /** The routes templates link to, by name ({@code {{ root }}{{ routes.news }}}). */
    static final Map<String, String> FOR_TEMPLATES = Map.of("home", HOME, "publications", PUBLICATIONS,
            "publicationsBib", PUBLICATIONS_BIB, "news", NEWS, "feed", FEED, "favicon", FAVICON);

    private Routes() {
    }

    /** The name a paper's or news item's page may not take in its section: the section's own page. */
    static final Set<String> RESERVED_IN_SECTION = Set.of("index");

    static String publication(String slug) {
        return "publications/" + slug + ".html";
    }

    /**
     * The folder a paper's own files (its PDF, its preview image) are copied into, beside its page:
     * Google Scholar takes a PDF only from the abstract page's folder or below it.
     */
    static String publicationFiles(String slug) {
        return filesOf(publication(slug));
    }

    /** The folder of a record's own files, named as its page: {@code publications/a/} for {@code publications/a.html}. */
    static String filesOf(String page) {
        return page.substring(0, page.length() - ".html".length()) + "/";
    }

    /** A page of the publication list for one year ({@code 2019}, {@code 2019-2}, {@code undated}). */
    static String publicationYear(String name) {
        return "publications/" + name + ".html";
    }

    static String newsItem(String slug) {
        return "news/" + slug + ".html";
    }

    static String page(String slug) {
        return slug + "/index.html";
    }

    /**
     * A page as it is addressed on the web: its folder for a folder's page ({@code publications/} for
     * {@code publications/index.html}), else its own path.
     */
    static String pretty(String path) {
        return path.equals(HOME) || path.endsWith("/" + HOME) ? path.substring(0, path.length() - HOME.length()) : path;
    }

    /**
     * Where the 404 page's links and style sheet start: a host serves it for a missing address at any
     * depth ({@code /site/publications/x/y}), so nothing in it may be relative to its own folder. With
     * the site's address, its path ({@code /site/} for {@code https://x.github.io/site/}): the same
     * host, any depth. Without one, "" (the site's top folder): right for a missing page at the top
     * level and from disk, unstyled with broken links deeper down (the export's warning says so).
     */
    static String notFoundRoot(String baseUrl) {
        if (baseUrl == null || baseUrl.isEmpty()) {
            return "";
        }
        int host = baseUrl.indexOf("://");
        int path = host < 0 ? -1 : baseUrl.indexOf('/', host + 3);
        String p = path < 0 ? "/" : baseUrl.substring(path).split("[?#]", 2)[0];
        return p.endsWith("/") ? p : p + "/";
    }

    /** The way back to the site root from a file at {@code path}: "", "../", "../../". */
    static String root(String path) {
        int depth = 0;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            depth++;
        }
        return depth == 0 ? "" : depth == 1 ? "../" : "../".repeat(depth);
    }
}
