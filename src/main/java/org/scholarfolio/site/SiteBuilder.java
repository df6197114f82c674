package org.scholarfolio.site;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.markdown.RenderedMarkdown;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.NavItem;
import org.scholarfolio.site.Views.NewsView;
import org.scholarfolio.site.Views.PublicationSection;
import org.scholarfolio.site.Views.PublicationView;
import org.scholarfolio.site.Views.YearGroup;

/**
 * Builds the site model from a portfolio (collecting warnings in a stable order) and hands out one
 * render task per page; the tasks only read the finished model, so they may run in parallel.
 */
final class SiteBuilder {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?");
    private static final DateTimeFormatter NEWS_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private final Portfolio portfolio;
    private final ExportOptions options;
    private final MarkdownRenderer markdown;
    private final PageTemplates templates;
    private final SiteAssets assets;
    private final List<String> warnings;
    private final String baseUrl;
    private final String language;

    final List<PublicationView> publications = new ArrayList<>();
    final List<NewsView> news = new ArrayList<>();
    final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, RenderedMarkdown> pageBodies = new HashMap<>();
    private final List<NavItem> nav = new ArrayList<>();
    // Keyed by identity: a view is a large record, and hashing its fields costs more than the lookup.
    private final Map<PublicationView, Publication> sources = new IdentityHashMap<>();
    private final Map<PublicationView, PublicationView> onOwnPage = new IdentityHashMap<>();
    private final List<PublicationView> selectedOnHome = new ArrayList<>();
    private final Map<String, String> footers = new HashMap<>();
    private Home home;
    private LocalLinks links;
    boolean anyMath;
    /** The news items behind {@link #news}, in the same order. */
    final List<NewsItem> newsSources = new ArrayList<>();
    /** When set, only the page at this path is rendered (the live preview); other pages give null. */
    String onlyPath;

    SiteBuilder(Portfolio portfolio, ExportOptions options, MarkdownRenderer markdown,
                PageTemplates templates, SiteAssets assets, List<String> warnings) {
        this.portfolio = portfolio;
        this.options = options;
        this.markdown = markdown;
        this.templates = templates;
        this.assets = assets;
        this.warnings = warnings;
        String url = options.baseUrl().isBlank() ? portfolio.site().baseUrl() : options.baseUrl();
        this.baseUrl = normaliseBaseUrl(url);
        String lang = portfolio.site().language();
        if (LANGUAGE.matcher(lang).matches()) {
            this.language = lang;
        } else {
            warnings.add("site.language: \"" + lang + "\" is not a language tag such as en or zh-CN; using en");
            this.language = "en";
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    String siteTitle() {
        if (!portfolio.site().title().isBlank()) {
            return portfolio.site().title().strip();
        }
        return portfolio.profile().name().isBlank() ? "Home" : portfolio.profile().name().display();
    }

    /** Builds the model on this thread. */
    void build() {
        try {
            build(null);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("unreachable: nothing ran on another thread", e);
        }
    }

    /** Builds the model; {@code pool} makes the publication views, which are most of the work. */
    void build(ExecutorService pool) throws InterruptedException, ExecutionException {
        Slugs pageSlugs = new Slugs(Set.of("publications", "news", "assets", "index", "feed", "sitemap", "robots"));
        portfolio.pages().stream().sorted(Comparator.comparingInt(Page::menuOrder)).forEach(p -> {
            String slug = pageSlugs.unique(p.slug().isBlank() ? p.title() : p.slug(), "page");
            if (!p.slug().isBlank() && !slug.equals(p.slug())) {
                warnings.add("pages[" + p.slug() + "]: the address /" + p.slug() + "/ is taken or not URL-safe; using /" + slug + "/");
            }
            pages.put(slug, p);
        });
        Set<String> sections = new java.util.HashSet<>(pages.keySet());
        if (!portfolio.publications().isEmpty()) {
            sections.add("publications");
        }
        if (!portfolio.news().isEmpty()) {
            sections.add("news");
        }
        links = new LocalLinks(assets, sections, warnings);
        // Pages live at three depths; relative links in the footer must work from each.
        for (String root : List.of("", "../", "../../")) {
            footers.put(root, markdown.renderInline(portfolio.site().footer(), links.forPage(root, "site.footer")).html());
        }
        pages.forEach((slug, p) -> {
            RenderedMarkdown body = markdown.render(p.body(), links.forPage("../", "pages[" + slug + "]"));
            pageBodies.put(slug, body);
            anyMath |= body.containsMath();
        });

        // Each publication is shown from three depths (about page, list, its own page), and
        // relative links in its Markdown fields must work from each of them. The views are made in
        // parallel, each publication collecting its own warnings, handed over in the list's order.
        Slugs pubSlugs = new Slugs(Set.of());
        AuthorNames researcher = new AuthorNames(portfolio.profile());
        List<Callable<PublicationBuild>> builds = new ArrayList<>();
        portfolio.publications().stream()
                .sorted(Comparator.comparing((Publication p) -> p.year() == null ? Integer.MIN_VALUE : p.year())
                        .reversed())
                .forEach(p -> {
                    String slug = pubSlugs.unique(p.citationKey(), "publication");
                    builds.add(() -> buildPublication(p, slug, researcher, sections));
                });
        for (PublicationBuild b : runAll(builds, pool)) {
            warnings.addAll(b.warnings());
            PublicationView v = b.views().get(0);
            publications.add(v);
            sources.put(v, b.source());
            onOwnPage.put(v, b.views().get(1));
            if (b.source().selected()) {
                selectedOnHome.add(b.views().get(2));
            }
            anyMath |= v.math();
        }

        Slugs newsSlugs = new Slugs(Set.of());
        List<NewsItem> items = new ArrayList<>(portfolio.news());
        items.removeIf(n -> {
            if (n.date() == null) {
                warnings.add("news[" + n.id() + "]: has no date; it is left out");
                return true;
            }
            return false;
        });
        items.sort(Comparator.comparing(NewsItem::date).reversed());
        newsSources.addAll(items);
        for (NewsItem n : items) {
            String record = "news[" + (n.id().isBlank() ? n.date() : n.id()) + "]";
            RenderedMarkdown body = n.inline()
                    ? markdown.renderInline(n.body(), links.forPage("../", record))
                    : markdown.render(n.body(), links.forPage("../../", record));
            // Rendered again for the site root: the about page and the feed live there.
            String homeHtml = (n.inline() ? markdown.renderInline(n.body(), links.forPage("", record))
                    : markdown.render(n.body(), links.forPage("", record))).html();
            String title = n.title().isBlank() ? shortText(Jsoup.parseBodyFragment(body.html()).text()) : n.title().strip();
            String slug = newsSlugs.unique(n.date().date() + "-" + Slugs.slugify(n.title().isBlank() ? n.id() : n.title()),
                    n.date().date().toString());
            news.add(new NewsView(slug, n.date().date().toString(), NEWS_DATE.format(n.date().date()),
                    n.inline(), title, body.html(), homeHtml, n.inline() ? "" : "news/" + slug + "/index.html",
                    body.containsMath()));
            anyMath |= body.containsMath();
        }

        home = new Home(portfolio.profile(), markdown, links.forPage("", "profile"), assets, warnings, selectedOnHome, news, portfolio.site(), baseUrl);
        anyMath |= home.math;

        nav.add(new NavItem("about", "index.html", false));
        if (!publications.isEmpty()) {
            nav.add(new NavItem("publications", "publications/index.html", false));
        }
        if (!news.isEmpty() && portfolio.site().showNews()) {
            nav.add(new NavItem("news", "news/index.html", false));
        }
        pages.forEach((slug, p) -> {
            if (p.inMenu()) {
                nav.add(new NavItem(p.title().isBlank() ? slug : p.title().strip().toLowerCase(Locale.ROOT), slug + "/index.html", false));
            }
        });
    }

    private record PublicationBuild(Publication source, List<PublicationView> views, List<String> warnings) {
    }

    private PublicationBuild buildPublication(Publication p, String slug, AuthorNames researcher, Set<String> sections) {
        List<String> found = new ArrayList<>();
        SiteAssets reporting = assets.reportingTo(found);
        PublicationViews factory = new PublicationViews(markdown, researcher, reporting,
                new LocalLinks(reporting, sections, found),
                new MetricBadges(portfolio.site().showMetricBadges(), portfolio.profile(), found));
        List<PublicationView> views = factory.views(p, slug,
                p.selected() ? List.of("../", "../../", "") : List.of("../", "../../"));
        return new PublicationBuild(p, views, found);
    }

    /** The tasks' results in the tasks' order; run on this thread when {@code pool} is null. */
    private static <T> List<T> runAll(List<Callable<T>> tasks, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        List<T> results = new ArrayList<>(tasks.size());
        if (pool == null) {
            for (Callable<T> task : tasks) {
                try {
                    results.add(task.call());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ExecutionException(e);
                }
            }
            return results;
        }
        for (Future<T> f : pool.invokeAll(tasks)) {
            results.add(f.get());
        }
        return results;
    }

    /** One task per generated page, in a stable order. */
    List<Callable<OutputFile>> pageTasks() {
        List<Callable<OutputFile>> tasks = new ArrayList<>();
        tasks.add(() -> html("index.html", "home", "", siteTitle(), home.model()));

        if (!publications.isEmpty()) {
            tasks.add(() -> html("publications/index.html", "publications", "../", "publications", publicationsModel()));
            for (PublicationView pub : publications) {
                String dir = pub.pageHref().substring(0, pub.pageHref().length() - "index.html".length());
                tasks.add(() -> html(pub.pageHref(), "publication", "../../", pub.titleText(),
                        Map.of("pub", onOwnPage.get(pub), "meta", ScholarMeta.citationMeta(sources.get(pub), pub, baseUrl),
                                "jsonLd", ScholarMeta.articleJsonLd(sources.get(pub), pub, baseUrl, dir), "math", pub.math())));
                tasks.add(() -> text(pub.bibHref(), pub.bibtex()));
            }
            tasks.add(() -> text("publications.bib", String.join("\n", publications.stream().map(PublicationView::bibtex).toList())));
        }

        if (!news.isEmpty()) {
            tasks.add(() -> html("news/index.html", "news", "../", "news",
                    Map.of("items", news, "math", news.stream().anyMatch(NewsView::math))));
            for (NewsView item : news) {
                if (!item.inline()) {
                    tasks.add(() -> html(item.pageHref(), "news-item", "../../", item.title(),
                            Map.of("item", item, "math", item.math())));
                }
            }
        }

        pages.forEach((slug, p) -> tasks.add(() -> html(slug + "/index.html", "page", "../",
                p.title().isBlank() ? slug : p.title(),
                Map.of("heading", p.title(), "bodyHtml", pageBodies.get(slug).html(), "math", pageBodies.get(slug).containsMath()))));

        Feeds feeds = new Feeds(siteTitle(), portfolio.profile().name().display(), baseUrl, options.lastUpdated());
        tasks.add(() -> text("feed.xml", feeds.atom(news)));
        tasks.add(() -> text("robots.txt", feeds.robots()));
        if (!baseUrl.isEmpty()) {
            List<String> paths = new ArrayList<>();
            paths.add("");
            if (!publications.isEmpty()) {
                paths.add("publications/");
                publications.forEach(p -> paths.add(p.pageHref().replace("index.html", "")));
            }
            if (!news.isEmpty()) {
                paths.add("news/");
                news.stream().filter(n -> !n.inline()).forEach(n -> paths.add(n.pageHref().replace("index.html", "")));
            }
            pages.keySet().forEach(slug -> paths.add(slug + "/"));
            tasks.add(() -> text("sitemap.xml", feeds.sitemap(paths)));
        }
        return tasks;
    }

    private Map<String, Object> publicationsModel() {
        // the main list (no section) by year, then each section (Talks, Patents ...) by year below it
        Map<String, Map<String, List<PublicationView>>> bySection = new LinkedHashMap<>();
        bySection.put("", new LinkedHashMap<>());
        for (PublicationView p : publications) {
            bySection.computeIfAbsent(sources.get(p).section(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(p.year().isEmpty() ? "undated" : p.year(), y -> new ArrayList<>()).add(p);
        }
        List<YearGroup> groups = yearGroups(bySection.remove(""));
        List<PublicationSection> others = bySection.entrySet().stream()
                .map(e -> new PublicationSection(e.getKey(), "section-" + Slugs.slugify(e.getKey()), yearGroups(e.getValue()))).toList();
        Set<String> marks = new LinkedHashSet<>();
        publications.forEach(p -> p.authors().forEach(a -> a.marks().codePoints()
                .forEach(c -> marks.add(new String(Character.toChars(c))))));
        List<String> legend = new ArrayList<>();
        if (marks.contains("*")) {
            legend.add("* equal contribution");
        }
        if (marks.contains("†")) {
            legend.add("† corresponding author");
        }
        return Map.of("groups", groups, "sections", others, "legend", legend,
                "math", publications.stream().anyMatch(PublicationView::math));
    }

    private static List<YearGroup> yearGroups(Map<String, List<PublicationView>> byYear) {
        return byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList();
    }

    private OutputFile html(String path, String template, String root, String title, Map<String, Object> pageModel) {
        if (onlyPath != null && !onlyPath.equals(path)) {
            return null;
        }
        Map<String, Object> model = new HashMap<>(common(root, title, path));
        model.putAll(pageModel);
        return new OutputFile(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8), true);
    }

    private static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8), true);
    }

    private Map<String, Object> common(String root, String title, String path) {
        var site = portfolio.site();
        Map<String, Object> m = new HashMap<>();
        m.put("lang", language);
        m.put("root", root);
        m.put("siteTitle", siteTitle());
        m.put("pageTitle", title.equals(siteTitle()) ? title : title + " | " + siteTitle());
        m.put("description", site.description());
        m.put("nav", nav.stream().map(n -> new NavItem(n.title(), n.href(), isCurrent(n.href(), path))).toList());
        m.put("math", false);
        m.put("toggle", site.theme().showDarkModeToggle());
        String mode = site.theme().darkMode().toLowerCase(Locale.ROOT);
        m.put("forcedTheme", mode.equals("light") || mode.equals("dark") ? mode : "");
        m.put("accent", accent());
        m.put("lastUpdated", options.lastUpdated().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
        m.put("lastUpdatedIso", options.lastUpdated().toString());
        m.put("footerHtml", footers.get(root));
        m.put("madeWith", site.showMadeWith());
        String pretty = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        m.put("canonical", baseUrl.isEmpty() ? "" : baseUrl + pretty);
        return m;
    }

    private static boolean isCurrent(String navHref, String path) {
        if (navHref.equals("index.html")) {
            return path.equals("index.html");
        }
        String dir = navHref.substring(0, navHref.indexOf('/') + 1);
        return path.startsWith(dir);
    }

    private String accent() {
        String color = portfolio.site().theme().accentColor();
        if (COLOR.matcher(color).matches()) {
            return color;
        }
        warnings.add("site.theme.accentColor: \"" + color + "\" is not a #rgb or #rrggbb colour; using the default");
        return "#b509ac";
    }

    /** A feed or page title made from an untitled item's text: its first words, at most ~80 characters. */
    static String shortText(String text) {
        if (text.length() <= 80) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 80);
        return text.substring(0, cut > 40 ? cut : 80).strip() + "…";
    }

    static String normaliseBaseUrl(String url) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty() || !(u.startsWith("https://") || u.startsWith("http://")) || u.matches(".*[\\s\"'<>].*")) {
            return "";
        }
        return u.endsWith("/") ? u : u + "/";
    }

    Profile profile() {
        return portfolio.profile();
    }
}
