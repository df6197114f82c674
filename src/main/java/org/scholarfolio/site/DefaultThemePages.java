package org.scholarfolio.site;

import static org.scholarfolio.site.HtmlOut.blank;

import java.util.List;
import java.util.Map;

import org.scholarfolio.site.ScholarMeta.Meta;
import org.scholarfolio.site.Views.AuthorView;
import org.scholarfolio.site.Views.Link;
import org.scholarfolio.site.Views.MetricBadge;
import org.scholarfolio.site.Views.NavItem;
import org.scholarfolio.site.Views.NewsView;
import org.scholarfolio.site.Views.PublicationSection;
import org.scholarfolio.site.Views.PublicationView;
import org.scholarfolio.site.Views.SocialView;
import org.scholarfolio.site.Views.YearGroup;

/**
 * The default theme's pages written by plain Java: one layout ({@link #page}) around each page's
 * content, the publication entry shared by the lists, the home page and the paper's page. Values
 * reach the page through {@link HtmlOut}, which escapes every text and writes only {@code ...Html}
 * views (sanitised before) as markup.
 */
final class DefaultThemePages implements PageTemplates {
    /** The largest page buffer a thread keeps for its next page (the editor's threads live long). */
    private static final int MAX_KEPT_BUFFER = 1 << 20;
    /** Each rendering thread's page buffer, kept from page to page; null while a page is being written. */
    private final ThreadLocal<Utf8Writer> pageBuffers = new ThreadLocal<>();
    /** Where a theme's files (style sheet, scripts) are on the class path: {@code <THEMES><name>/}. */
    static final String THEMES = "org/scholarfolio/site/theme/";
    /** One per process, for the exports: its page buffers are kept from one export to the next. */
    static final DefaultThemePages SHARED = new DefaultThemePages();

    /** One page's part inside the layout: the head's extra tags or the main content. */
    @FunctionalInterface
    private interface Part {
        void write(HtmlOut out, Map<String, Object> model);
    }

    @Override
    public byte[] renderUtf8(String template, Map<String, Object> model) {
        Part head = DefaultThemePages::noHead;
        Part content;
        switch (template) {
            case "publication" -> {
                head = DefaultThemePages::publicationHead;
                content = DefaultThemePages::publication;
            }
            case "publications" -> content = DefaultThemePages::publications;
            case "home" -> {
                head = DefaultThemePages::homeHead;
                content = DefaultThemePages::home;
            }
            case "news" -> content = DefaultThemePages::news;
            case "news-item" -> content = DefaultThemePages::newsItem;
            case "page" -> content = DefaultThemePages::extraPage;
            case "not-found" -> {
                head = DefaultThemePages::notFoundHead;
                content = DefaultThemePages::notFound;
            }
            default -> throw new IllegalArgumentException("the theme has no page " + template);
        }
        Utf8Writer bytes = pageBuffers.get();
        pageBuffers.set(null); // a page rendered while this one is gets a buffer of its own
        if (bytes == null) {
            bytes = new Utf8Writer(64 * 1024);
        }
        bytes.reset();
        try {
            HtmlOut out = new HtmlOut(bytes);
            page(out, model, head, content);
            if (out.fragmentTookAThemeId()) {
                // A Markdown field above a theme id took its spelling (a bio heading named like a selected
                // paper's anchor): walked once for the ids the theme writes, the page is written again and
                // the field gives way. The same bytes as before for every page where nothing clashes.
                HtmlOut themeIds = HtmlOut.themeIdsOnly();
                page(themeIds, model, head, content);
                bytes.reset();
                page(themeIds.writingTo(bytes), model, head, content);
            }
            return bytes.toByteArray();
        } finally {
            if (bytes.capacity() <= MAX_KEPT_BUFFER) {
                pageBuffers.set(bytes);
            }
        }
    }

    private static String string(Map<String, Object> model, String key) {
        return (String) model.get(key);
    }

    private static boolean flag(Map<String, Object> model, String key) {
        return (Boolean) model.get(key);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> model, String key) {
        return (List<T>) model.get(key);
    }

    /** The layout every page shares: head, navigation, {@code content}, footer. */
    private static void page(HtmlOut out, Map<String, Object> m, Part head, Part content) {
        @SuppressWarnings("unchecked")
        Map<String, Object> og = (Map<String, Object>) m.get("og");
        String root = string(m, "root");
        String siteTitle = string(m, "siteTitle");
        out.markup("<!DOCTYPE html>\n<html lang=\"").text(string(m, "lang")).markup("\"");
        if (!blank(string(m, "forcedTheme"))) {
            out.markup(" data-theme=\"").text(string(m, "forcedTheme")).markup("\"");
        }
        out.markup(">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .text(string(m, "csp"))
                .markup("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .text(string(m, "pageTitle")).markup("</title>\n");
        if (!blank(string(m, "description"))) {
            out.markup("<meta name=\"description\" content=\"").text(string(m, "description")).markup("\">\n");
        }
        String ogDescription = string(og, "description");
        out.markup("<meta property=\"og:type\" content=\"").text(string(og, "type"))
                .markup("\">\n<meta property=\"og:site_name\" content=\"").text(siteTitle)
                .markup("\">\n<meta property=\"og:title\" content=\"").text(string(og, "title")).markup("\">\n");
        if (!blank(ogDescription)) {
            out.markup("<meta property=\"og:description\" content=\"").text(ogDescription).markup("\">\n");
        }
        if (!blank(string(og, "url"))) {
            out.markup("<meta property=\"og:url\" content=\"").text(string(og, "url")).markup("\">\n");
        }
        out.markup("<meta property=\"og:image\" content=\"").text(string(og, "image"))
                .markup("\">\n<meta property=\"og:image:type\" content=\"image/png\">\n<meta property=\"og:image:width\" content=\"")
                .text((Integer) og.get("width"))
                .markup("\">\n<meta property=\"og:image:height\" content=\"").text((Integer) og.get("height"))
                .markup("\">\n<meta property=\"og:image:alt\" content=\"").text(string(og, "imageAlt"))
                .markup("\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:title\" content=\"")
                .text(string(og, "title")).markup("\">\n");
        if (!blank(ogDescription)) {
            out.markup("<meta name=\"twitter:description\" content=\"").text(ogDescription).markup("\">\n");
        }
        out.markup("<meta name=\"twitter:image\" content=\"").text(string(og, "image"))
                .markup("\">\n<link rel=\"icon\" href=\"").text(root).text(Routes.FAVICON)
                .markup("\" type=\"image/svg+xml\">\n");
        if (!blank(string(m, "canonical"))) {
            out.markup("<link rel=\"canonical\" href=\"").text(string(m, "canonical")).markup("\">\n");
        }
        out.markup("<link rel=\"stylesheet\" href=\"").text(root).markup("assets/css/site.css\">\n<style>:root{--accent:")
                .text(string(m, "accent"))
                .markup("}</style>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").text(siteTitle)
                .markup("\" href=\"").text(root).text(Routes.FEED).markup("\">\n");
        head.write(out, m);
        out.markup("\n<script src=\"").text(root).markup("assets/js/theme.js\"></script>\n<script defer src=\"").text(root)
                .markup("assets/js/site.js\"></script>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
                        + "<header class=\"top\">\n<nav class=\"bar\" aria-label=\"Main\">\n<a class=\"brand\" href=\"")
                .text(root).text(Routes.HOME).markup("\">").isolatedText(siteTitle).markup("</a>\n<ul class=\"menu-wide\">\n");
        List<NavItem> nav = list(m, "nav");
        navItems(out, root, nav);
        // The menu button and the theme toggle go to a second row together when the bar is too narrow for them
        // beside the site name (below 320 px); from 320 px the box is no box to the layout (display: contents).
        out.markup("</ul>\n<div class=\"bar-end\">\n<details class=\"menu-narrow\">\n<summary>menu</summary>\n<ul>\n");
        navItems(out, root, nav);
        out.markup("</ul>\n</details>\n");
        if (flag(m, "toggle")) {
            out.markup("<button type=\"button\" class=\"theme-toggle\" hidden aria-label=\"Dark theme\">&#9680;</button>\n");
        }
        out.markup("</div>\n</nav>\n</header>\n<main id=\"").id("main").markup("\" tabindex=\"-1\">\n");
        content.write(out, m);
        // A div, not a p: the footer is a Markdown field, and a list or quote in it is a block.
        out.markup("</main>\n<footer class=\"foot\">\n<div class=\"foot-line\">");
        if (!blank(string(m, "footerHtml"))) {
            out.html(string(m, "footerHtml")).markup(" &middot; ");
        }
        out.markup("Last updated: <time datetime=\"").text(string(m, "lastUpdatedIso")).markup("\">")
                .text(string(m, "lastUpdated")).markup("</time>.");
        if (flag(m, "madeWith")) {
            out.markup(" Made with Scholarfolio.");
        }
        out.markup("</div>\n</footer>\n</body>\n</html>\n");
    }

    private static void navItems(HtmlOut out, String root, List<NavItem> nav) {
        for (NavItem item : nav) {
            out.markup("<li><a href=\"").text(root).text(item.href()).markup("\"");
            if (item.current()) {
                out.markup(" aria-current=\"page\"");
            }
            out.markup(">").isolatedText(item.title()).markup("</a></li>\n");
        }
    }

    private static void noHead(HtmlOut out, Map<String, Object> m) {
    }

    private static void homeHead(HtmlOut out, Map<String, Object> m) {
        out.markup("<script type=\"application/ld+json\">").scriptData(string(m, "personJsonLd")).markup("</script>\n");
    }

    /** The home page: name, photo, bio, the latest news, the selected publications, social links. */
    private static void home(HtmlOut out, Map<String, Object> m) {
        String root = string(m, "root");
        out.html(string(m, "sprite")).markup("<article class=\"about\">\n<header class=\"post-header\">\n<h1 class=\"name\">");
        // One isolate around the whole name, not one per part: two set an Arabic or Hebrew given name at the left
        // of its family name, so that the name read from the right came out family name first.
        String first = string(m, "firstName"), rest = string(m, "restName");
        boolean isolated = BidiIsolation.needsIsolation(first) || BidiIsolation.needsIsolation(rest);
        if (isolated) {
            out.text(String.valueOf(BidiIsolation.FSI));
        }
        if (!blank(first)) {
            out.markup("<strong>").text(BidiIsolation.insideIsolate(first)).markup("</strong> ");
        }
        out.text(BidiIsolation.insideIsolate(rest));
        if (isolated) {
            out.text(String.valueOf(BidiIsolation.PDI));
        }
        if (!blank(string(m, "nativeName"))) {
            out.markup(" <span class=\"native\"");
            if (!blank(string(m, "nativeNameLang"))) {
                out.markup(" lang=\"").text(string(m, "nativeNameLang")).markup("\"");
            }
            out.markup(">").isolatedText(string(m, "nativeName")).markup("</span>");
        }
        out.markup("</h1>\n");
        if (!blank(string(m, "role"))) {
            out.markup("<p class=\"role\">").text(string(m, "role")).markup("</p>\n");
        }
        if (!blank(string(m, "subtitleHtml"))) {
            out.markup("<div class=\"subtitle\">").html(string(m, "subtitleHtml")).markup("</div>\n");
        }
        out.markup("</header>\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> photo = (Map<String, Object>) m.get("photo");
        List<String> address = list(m, "addressHtml");
        if (!blank(string(photo, "src"))) {
            out.markup("<figure class=\"profile ").text(string(photo, "align")).markup("\">\n<img src=\"").text(root)
                    .text(string(photo, "src")).markup("\" alt=\"").text(string(photo, "alt")).markup("\"");
            if (!blank(string(photo, "width"))) {
                out.markup(" width=\"").text(string(photo, "width")).markup("\" height=\"").text(string(photo, "height"))
                        .markup("\"");
            }
            if (flag(photo, "circular")) {
                out.markup(" class=\"circle\"");
            }
            out.markup(">\n");
            if (!address.isEmpty()) {
                out.markup("<figcaption class=\"address\">");
                addressLines(out, address);
                out.markup("</figcaption>");
            }
            out.markup("</figure>\n");
        } else if (!address.isEmpty()) {
            out.markup("<div class=\"profile address\">");
            addressLines(out, address);
            out.markup("</div>\n");
        }
        out.markup("<div class=\"bio\">\n").html(string(m, "bioHtml")).markup("</div>\n");
        List<NewsView> news = list(m, "news");
        if (!news.isEmpty()) {
            boolean scrollable = flag(m, "newsScrollable");
            out.markup("<section class=\"news-section\">\n<h2><a href=\"").text(root).text(Routes.NEWS)
                    .markup("\">news</a></h2>\n<div class=\"news-list").markup(scrollable ? " scroll\"" : "\"")
                    .markup(scrollable ? " tabindex=\"0\" role=\"region\" aria-label=\"Latest news\"" : "")
                    .markup(">\n<table class=\"news\">\n");
            for (NewsView item : news) {
                out.markup("<tr>");
                newsCells(out, root, item, item.homeHtml());
            }
            out.markup("</table>\n</div>\n");
            if (flag(m, "moreNews")) {
                out.markup("<p class=\"more\"><a href=\"").text(root).text(Routes.NEWS).markup("\">all news</a></p>");
            }
            out.markup("</section>\n");
        }
        List<PublicationView> selected = list(m, "selected");
        if (!selected.isEmpty()) {
            out.markup("<section class=\"selected\">\n<h2><a href=\"").text(root).text(Routes.PUBLICATIONS)
                    .markup("\">selected publications</a></h2>\n<ol class=\"").markup(listClass(selected, "")).markup("\">\n");
            for (PublicationView pub : selected) {
                entry(out, root, pub, false);
            }
            out.markup("</ol>\n</section>\n");
        }
        List<SocialView> socials = list(m, "socials");
        if (!socials.isEmpty()) {
            out.markup("<div class=\"social\">\n");
            for (SocialView s : socials) {
                if (s.link() == null) {
                    out.markup("<span class=\"social-text\" title=\"").text(s.label())
                            .markup("\"><svg class=\"icon\" aria-hidden=\"true\"><use href=\"#").text(s.iconId())
                            .markup("\"></use></svg> ").isolatedText(s.text()).markup("</span>\n");
                } else {
                    out.markup("<a href=\"");
                    if (s.link().local()) {
                        out.text(root);
                    }
                    out.text(s.link().href()).markup("\" title=\"").text(s.label()).markup("\" aria-label=\"").text(s.label())
                            .markup("\"><svg class=\"icon\" aria-hidden=\"true\"><use href=\"#").text(s.iconId())
                            .markup("\"></use></svg></a>\n");
                }
            }
            out.markup("</div>\n");
        }
        out.markup("</article>\n");
    }

    private static void addressLines(HtmlOut out, List<String> lines) {
        for (String line : lines) {
            out.markup("<div>").html(line).markup("</div>");
        }
    }

    /**
     * A news table's row after its start tag: the date, then the item whole ({@code inlineHtml}, a short
     * item) or a link to its page.
     */
    private static void newsCells(HtmlOut out, String root, NewsView item, String inlineHtml) {
        out.markup("<th scope=\"row\">");
        newsDate(out, item);
        out.markup("</th><td>");
        if (item.inline()) {
            out.html(inlineHtml);
        } else {
            out.markup("<a href=\"").text(root).text(item.pageHref()).markup("\">").isolatedText(item.title()).markup("</a>");
        }
        out.markup("</td></tr>\n");
    }

    private static void newsDate(HtmlOut out, NewsView item) {
        out.markup("<time datetime=\"").text(item.isoDate()).markup("\">").text(item.displayDate()).markup("</time>");
    }

    /** The publications, or one page of them (a year, a range of years): by year, then by section. */
    private static void publications(HtmlOut out, Map<String, Object> m) {
        String root = string(m, "root");
        out.markup("<article class=\"publications\">\n<h1 class=\"page-title\">publications");
        if (!blank(string(m, "heading"))) {
            out.markup(" <span class=\"page-year\">").text(string(m, "heading")).markup("</span>");
        }
        out.markup("</h1>\n");
        List<String> legend = list(m, "legend");
        if (!legend.isEmpty()) {
            out.markup("<p class=\"legend\">");
            for (int i = 0; i < legend.size(); i++) {
                out.text(legend.get(i)).markup(i < legend.size() - 1 ? "; " : "");
            }
            out.markup("</p>");
        }
        out.markup("<div class=\"filter\" hidden data-index=\"").text(root).text(string(m, "filterIndex"))
                .markup("\" data-root=\"").text(root).markup("\" data-total=\"").text((Integer) m.get("total")).markup("\"")
                .markup(flag(m, "split") ? " data-split>\n" : ">\n")
                .markup("<label>Filter <input type=\"search\" class=\"filter-box\" placeholder=\"title, author, venue, abstract,"
                        + " keyword\"></label>\n<p class=\"filter-status\" role=\"status\" aria-live=\"polite\"></p>\n"
                        + "<ol class=\"bibliography filter-results\" hidden></ol>\n</div>\n");
        List<NavItem> years = list(m, "yearNav");
        if (!years.isEmpty()) {
            out.markup("<nav class=\"years\" aria-label=\"Publications by year\">\n<ul>");
            for (NavItem y : years) {
                out.markup("<li><a href=\"").text(root).text(y.href()).markup(y.current() ? "\" aria-current=\"page\">" : "\">")
                        .text(y.title()).markup("</a></li>");
            }
            out.markup("</ul>\n</nav>\n");
        }
        for (YearGroup group : DefaultThemePages.<YearGroup>list(m, "groups")) {
            yearGroup(out, root, group, "h2");
        }
        for (PublicationSection section : DefaultThemePages.<PublicationSection>list(m, "sections")) {
            out.markup("<section class=\"pub-section\" id=\"").id(section.id()).markup("\">\n<h2 class=\"section-title\">")
                    .text(section.title()).markup("</h2>\n");
            for (YearGroup group : section.groups()) {
                yearGroup(out, root, group, "h3");
            }
            out.markup("</section>\n");
        }
        out.markup("<p class=\"more\"><a href=\"").text(root).text(Routes.PUBLICATIONS_BIB)
                .markup("\">All entries as BibTeX</a></p>\n</article>\n");
    }

    private static void yearGroup(HtmlOut out, String root, YearGroup group, String heading) {
        out.markup("<section class=\"year-group\">\n<").markup(heading).markup(" class=\"year\">").text(group.year())
                .markup("</").markup(heading).markup(">\n<ol class=\"").markup(listClass(group.publications(), "")).markup("\">\n");
        for (PublicationView pub : group.publications()) {
            entry(out, root, pub, false);
        }
        out.markup("</ol>\n</section>\n");
    }

    /** Every news item, newest first: short ones whole, the others as links to their pages. */
    private static void news(HtmlOut out, Map<String, Object> m) {
        String root = string(m, "root");
        out.markup("<article class=\"news-page\">\n<h1 class=\"page-title\">news</h1>\n<table class=\"news\">\n");
        for (NewsView item : DefaultThemePages.<NewsView>list(m, "items")) {
            out.markup("<tr id=\"").id(item.id()).markup("\">");
            newsCells(out, root, item, item.bodyHtml());
        }
        out.markup("</table>\n</article>\n");
    }

    /** A news item with a page of its own. */
    private static void newsItem(HtmlOut out, Map<String, Object> m) {
        NewsView item = (NewsView) m.get("item");
        out.markup("<article class=\"post\">\n<h1 class=\"page-title\">").text(item.title())
                .markup("</h1>\n<p class=\"post-meta\">");
        newsDate(out, item);
        out.markup("</p>\n<div class=\"post-body\">\n").html(item.bodyHtml()).markup("</div>\n<p class=\"more\"><a href=\"")
                .text(string(m, "root")).text(Routes.NEWS).markup("\">all news</a></p>\n</article>\n");
    }

    /** The 404 page is no page of the site: kept out of search engines' indexes. */
    private static void notFoundHead(HtmlOut out, Map<String, Object> m) {
        out.markup("<meta name=\"robots\" content=\"noindex\">\n");
    }

    /** What a visitor who followed a wrong link reads, and the ways on. */
    private static void notFound(HtmlOut out, Map<String, Object> m) {
        String root = string(m, "root");
        out.markup("<article class=\"page\">\n<h1 class=\"page-title\">Page not found</h1>\n<div class=\"page-body\">\n"
                + "<p>There is no page at this address. The link that led here may be mistyped, or the page has moved.</p>\n"
                + "<p><a href=\"").text(root).text(Routes.HOME).markup("\">Go to the home page</a>");
        if (!blank(string(m, "publications"))) {
            out.markup(" or <a href=\"").text(root).text(string(m, "publications")).markup("\">see the publications</a>");
        }
        out.markup(".</p>\n</div>\n</article>\n");
    }

    /** One of the owner's extra pages (CV, teaching, ...). */
    private static void extraPage(HtmlOut out, Map<String, Object> m) {
        out.markup("<article class=\"page\">\n");
        if (!blank(string(m, "heading"))) {
            out.markup("<h1 class=\"page-title\">").text(string(m, "heading")).markup("</h1>");
        }
        out.markup("<div class=\"page-body\">\n").html(string(m, "bodyHtml")).markup("</div>\n</article>\n");
    }

    private static void publicationHead(HtmlOut out, Map<String, Object> m) {
        for (Meta meta : DefaultThemePages.<Meta>list(m, "meta")) {
            out.markup("<meta name=\"").text(meta.name()).markup("\" content=\"").text(meta.content()).markup("\">\n");
        }
        out.markup("<script type=\"application/ld+json\">").scriptJson(m.get("jsonLd")).markup("</script>\n");
    }

    /** A publication's own page: its entry, the whole abstract, its BibTeX. */
    private static void publication(HtmlOut out, Map<String, Object> m) {
        PublicationView pub = (PublicationView) m.get("pub");
        String root = string(m, "root");
        out.markup("<article class=\"publication\">\n<h1 class=\"page-title\">").html(pub.titleHtml())
                .markup("</h1>\n<ol class=\"").markup(listClass(List.of(pub), " single")).markup("\">\n");
        entry(out, root, pub, true);
        out.markup("</ol>\n");
        if (!blank(pub.abstractHtml())) {
            out.markup("<section class=\"abstract-full\">\n<h2>Abstract</h2>\n").html(pub.abstractHtml()).markup("</section>\n");
        }
        out.markup("<section class=\"bibtex\">\n<h2>BibTeX</h2>\n<pre>").text(pub.bibtex())
                .markup("</pre>\n</section>\n<p class=\"more\"><a href=\"").text(root).text(Routes.PUBLICATIONS_BIB)
                .markup("\">BibTeX of all publications</a> &middot; <a href=\"").text(root).text(Routes.PUBLICATIONS)
                .markup("\">all publications</a></p>\n</article>\n");
    }

    /**
     * A publication list's classes: "no-badges" when none of its entries has a badge or a preview, so the
     * style sheet gives the entries the whole width. Said by the page rather than found by the style sheet
     * ({@code :has()}): with that selector, every entry added to a list (the editor's preview appends a
     * long page in steps) made the browser restyle the whole list, a step costing more the longer the list.
     */
    static String listClass(List<PublicationView> entries, String more) {
        boolean badges = false;
        for (int i = 0; i < entries.size() && !badges; i++) { // a loop, not a stream: once per list and per paper's page
            badges = !blank(entries.get(i).abbr()) || !blank(entries.get(i).preview());
        }
        return "bibliography" + more + (badges ? "" : " no-badges");
    }

    /**
     * One publication's entry in a list ({@code single} false: with its abstract and BibTeX folded
     * in) or on its own page.
     */
    static void entry(HtmlOut out, String root, PublicationView pub, boolean single) {
        out.markup("<li class=\"pub\" id=\"").id(pub.anchor()).markup("\">\n<div class=\"badge-col\">");
        if (!blank(pub.abbr())) {
            out.markup("<abbr class=\"badge\"");
            if (!blank(pub.venueName())) {
                out.markup(" title=\"").text(pub.venueName()).markup("\"");
            }
            out.markup(">").text(pub.abbr()).markup("</abbr>");
        }
        if (!blank(pub.preview())) {
            out.markup("<img class=\"preview\" src=\"").text(root).text(pub.preview()).markup("\" alt=\"\"");
            if (!blank(pub.previewWidth())) {
                out.markup(" width=\"").text(pub.previewWidth()).markup("\" height=\"").text(pub.previewHeight()).markup("\"");
            }
            out.markup(" loading=\"lazy\">");
        }
        out.markup("</div>\n<div class=\"entry\">\n<div class=\"title\"><a href=\"").text(root).text(pub.pageHref())
                .markup("\">").isolatedHtml(pub.titleHtml()).markup("</a></div>\n<div class=\"authors\">");
        List<AuthorView> authors = pub.authors();
        for (int i = 0; i < authors.size(); i++) {
            AuthorView a = authors.get(i);
            if (a.me()) {
                out.markup("<em class=\"me\">").isolatedHtml(a.nameHtml()).markup("</em>");
            } else if (!blank(a.url())) {
                out.markup("<a href=\"").text(a.url()).markup("\">").isolatedHtml(a.nameHtml()).markup("</a>");
            } else {
                out.isolatedHtml(a.nameHtml());
            }
            if (!blank(a.marks())) {
                out.markup("<sup>").isolatedText(a.marks()).markup("</sup>");
            }
            if (i < authors.size() - 1) {
                out.markup(", ");
            }
        }
        if (pub.andOthers()) {
            out.markup(", et al.");
        }
        out.markup("</div>\n");
        if (!blank(pub.annotationHtml())) {
            out.markup("<div class=\"annotation\">").html(pub.annotationHtml()).markup("</div>");
        }
        out.markup("<div class=\"venue\">");
        boolean venue = !blank(pub.venueHtml());
        if (venue) {
            out.markup("<em>").isolatedHtml(pub.venueHtml()).markup("</em>");
        }
        if (!blank(pub.venueDetailsHtml())) {
            if (venue) {
                out.markup(", ");
            }
            out.isolatedHtml(pub.venueDetailsHtml());
        }
        if (!blank(pub.additionalInfoHtml())) {
            out.markup(" ").isolatedHtml(pub.additionalInfoHtml());
        }
        out.markup("</div>\n");
        if (!blank(pub.noteHtml())) {
            out.markup("<div class=\"venue note\">").html(pub.noteHtml()).markup("</div>");
        }
        if (!blank(pub.citedBy())) {
            out.markup("<div class=\"cited-by\">").text(pub.citedBy()).markup("</div>");
        }
        if (!blank(pub.awardName()) || !blank(pub.awardHtml())) {
            out.markup("<div class=\"award\"><strong>").isolatedText(pub.awardName()).markup("</strong> ").html(pub.awardHtml())
                    .markup("</div>");
        }
        out.markup("<div class=\"links\">\n");
        for (Link l : pub.links()) {
            out.markup("<a class=\"btn\" href=\"");
            if (l.local()) {
                out.text(root);
            }
            out.text(l.href()).markup("\">").text(l.label()).markup("</a>\n");
        }
        if (!blank(pub.abstractHtml()) && !single) {
            out.markup("<details class=\"abstract\"><summary class=\"btn\">Abs</summary><div class=\"abstract-body\">")
                    .html(pub.abstractHtml()).markup("</div></details>\n");
        }
        if (pub.bibtexShow() && !single) {
            out.markup("<details class=\"bib\"><summary class=\"btn\">Bib</summary><pre>").text(pub.bibtex())
                    .markup("</pre></details>\n");
        }
        out.markup("</div>\n");
        if (!pub.metrics().isEmpty()) {
            out.markup("<div class=\"metrics\">");
            for (MetricBadge badge : pub.metrics()) {
                out.markup("<a class=\"metric\" href=\"").text(badge.href()).markup("\" title=\"").text(badge.description())
                        .markup("\">").text(badge.label()).markup("</a>\n");
            }
            out.markup("</div>\n");
        }
        out.markup("</div>\n</li>\n");
    }
}
