package org.scholarfolio.site;

import java.util.Map;
import java.util.Set;

/**
 * Where every page and file of the site lives, relative to the site root. Pages are
 * {@code index.html} files in folders so that addresses stay readable ({@code publications/});
 * everything that names a page (renderers, templates, links, the preview) asks here.
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
    /** Names an extra page may not take: the sections and files above, and the theme's folder. */
    /** Longest slug of a generated folder: long titles make unwieldy addresses. */
    static final int SLUG_LENGTH = 80;

    static final Set<String> RESERVED = Set.of("publications", "news", "assets", "index", "feed", "sitemap", "robots");
    /** The routes templates link to, by name ({@code {{ root }}{{ routes.news }}}). */
    static final Map<String, String> FOR_TEMPLATES = Map.of("home", HOME, "publications", PUBLICATIONS,
            "publicationsBib", PUBLICATIONS_BIB, "news", NEWS, "feed", FEED, "favicon", FAVICON);

    private Routes() {
    }

    static String publication(String slug) {
        return "publications/" + slug + "/index.html";
    }

    static String newsItem(String slug) {
        return "news/" + slug + "/index.html";
    }

    static String page(String slug) {
        return slug + "/index.html";
    }

    /** A page's folder as it is addressed on the web: {@code publications/} for {@code publications/index.html}. */
    static String pretty(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /** The way back to the site root from a file at {@code path}: "", "../", "../../". */
    static String root(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
