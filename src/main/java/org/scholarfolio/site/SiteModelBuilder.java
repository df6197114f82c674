package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
import org.scholarfolio.model.CrossrefContainers;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.markdown.RenderedMarkdown;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.Slugs;
import org.scholarfolio.site.Views.NavItem;
import org.scholarfolio.site.Views.NewsView;
import org.scholarfolio.site.Views.PublicationSection;
import org.scholarfolio.site.Views.PublicationView;

/**
 * Builds the {@link SiteModel} of a portfolio once, collecting warnings in a stable order. Used
 * once: {@link #build(ExecutorService)} hands out the finished, immutable model.
 */
final class SiteModelBuilder {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?");

    private final Portfolio portfolio;
    private final ExportOptions options;
    private final MarkdownRenderer markdown;
    private final SiteAssets assets;
    private final List<Diagnostic> warnings;
    private final String baseUrl;
    private final String language;

    private final List<NewsView> news = new ArrayList<>();
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, RenderedMarkdown> pageBodies = new HashMap<>();
    private final List<NavItem> nav = new ArrayList<>();
    private final Map<String, String> footers = new HashMap<>();
    private Home home;
    private LocalLinks links;
    private Set<String> embedHosts = Set.of();
    private boolean anyMath;
    private final List<NewsItem> newsSources = new ArrayList<>();
    // One object of each author view, venue and year, for every publication whose views this build makes.
    private final SharedValues shared = new SharedValues();
    private ViewCache kept;
    // The publications' part of the last model, patched when an edit moves no entry; and this build's.
    private PublicationsPart last;
    private PublicationsPart made;
    private boolean patched;
    // The news items' part of the last model, taken as it is when the news items are the same; and this build's.
    private NewsPart lastNews;
    private NewsPart madeNews;
    private boolean newsKept;
    // Whether each publication's filter-index entry is left to be made as the index is written.
    private boolean withoutIndexEntries;
    // The preview's page whose views alone are made (forPreviewOf); null: every view.
    private SitePage.Kind previewOf;

    SiteModelBuilder(Portfolio portfolio, ExportOptions options, MarkdownRenderer markdown,
                     SiteAssets assets, List<Diagnostic> warnings) {
        this.portfolio = listed(portfolio, warnings);
        this.options = options;
        this.markdown = markdown;
        this.assets = assets;
        this.warnings = warnings;
        String url = options.baseUrl().isBlank() ? portfolio.site().baseUrl() : options.baseUrl();
        this.baseUrl = normaliseBaseUrl(url);
        String lang = portfolio.site().language();
        if (LANGUAGE.matcher(lang).matches()) {
            this.language = lang;
        } else {
            warnings.add(Diagnostic.warning(FieldPath.parse("site.language"), "\"" + lang + "\" is not a language tag such as en or zh-CN; using en"));
            this.language = "en";
        }
    }

    private String siteTitle() {
        if (!portfolio.site().title().isBlank()) {
            return portfolio.site().title().strip();
        }
        return portfolio.profile().name().isBlank() ? "Home" : portfolio.profile().name().display();
    }

    /**
     * This builder, taking each publication's and news item's views from {@code views} when an
     * earlier export made them from the same record and context (null: make every view).
     */
    SiteModelBuilder keptIn(ViewCache views) {
        this.kept = views;
        return this;
    }

    /**
     * This builder, making no publication's filter-index entry when {@code without}: an exporter
     * used once writes the index from the views ({@link PublicationIndex#scriptMadeOnRead}), and
     * keeps nothing for a next export that the entries would save it from making again.
     */
    SiteModelBuilder withoutIndexEntries(boolean without) {
        this.withoutIndexEntries = without;
        return this;
    }

    /**
     * This builder, making only the views the preview's {@code page} shows: for the about page and
     * the extra pages, the selected publications' and the news items the about page lists; for the
     * publications' pages, the publications' and no news item's; for the news pages, the news
     * items' and no publication's. Every publication and news item still counts (the menu, "more
     * news", each one's address), but has views only when the page shows it. At 10,000
     * publications the whole model's views were a gigabyte of short-lived objects per render of the
     * about page (the editor's peak memory while its first page was drawn). The model it builds
     * renders that kind of page only ({@link SitePage#kind()}); {@code PagePreview} asks for the
     * about page's when the page asked for stands in for it. The parts it makes hold only those
     * views: only the preview's next model of the publications page may start from them ({@link #after}),
     * never an exporter's.
     */
    SiteModelBuilder forPreviewOf(SitePage.Kind page) {
        this.previewOf = page;
        return this;
    }

    /** Whether {@code p}'s views are made: always for an export, for the preview when its page shows them. */
    private boolean makesViewsOf(Publication p) {
        return previewOf == null || previewOf == SitePage.Kind.PUBLICATIONS
                || (previewOf == SitePage.Kind.HOME || previewOf == SitePage.Kind.PAGE) && p.selected();
    }

    /** How many of the {@code dated} news items (newest first) get their views made. */
    private int newsWithViews(int dated) {
        if (previewOf == null) {
            return dated;
        }
        return switch (previewOf) {
            case NEWS, NEWS_ITEM -> dated;
            case PUBLICATIONS -> 0;
            case HOME, PAGE -> newsOnHome(dated);
        };
    }

    /**
     * This builder, starting from {@code part} (the publications' part of the model an earlier
     * build of the same exporter made; null: none) when the portfolio's publications moved none
     * of its entries ({@link PublicationsPart#patched}).
     */
    SiteModelBuilder after(PublicationsPart part) {
        this.last = part;
        return this;
    }

    /**
     * This builder, taking the news items' part of the model from {@code part} (what an earlier
     * build of the same exporter made; null: none) when its news items are the portfolio's, and
     * the publications were patched from that build too (so the kept views still hold its news).
     */
    SiteModelBuilder afterNews(NewsPart part) {
        this.lastNews = part;
        return this;
    }

    /** The news items' part of the model {@link #build} made, for the next build; null without kept views. */
    NewsPart newsPart() {
        return madeNews;
    }

    /** The publications' part of the model {@link #build} made, for the next build to start from. */
    PublicationsPart publicationsPart() {
        return made;
    }

    /** Whether {@link #build} took the last model's news items as they were. */
    boolean newsKept() {
        return newsKept;
    }

    /** Whether {@link #build} patched the last model's publications rather than making them all. */
    boolean patched() {
        return patched;
    }

    /**
     * The portfolio as the site lists it: without the crossref containers (the proceedings or book
     * other entries took their venue from), each named in a warning so that none goes unseen.
     */
    private static Portfolio listed(Portfolio portfolio, List<Diagnostic> warnings) {
        CrossrefContainers containers = CrossrefContainers.of(portfolio.publications());
        if (containers.isEmpty()) {
            return portfolio;
        }
        for (Publication p : portfolio.publications()) {
            if (containers.contains(p)) {
                List<String> children = containers.childrenOf(p);
                warnings.add(Diagnostic.warning(FieldPath.parse("publications[" + p.citationKey() + "]"), "is the crossref"
                        + " container of " + String.join(", ", children.subList(0, Math.min(3, children.size())))
                        + (children.size() > 3 ? " and " + (children.size() - 3) + " more" : "")
                        + "; the site does not list it (BibTeX lists a container only when it is cited by itself)"));
            }
        }
        return portfolio.withPublications(containers.listed(portfolio.publications()));
    }

    /** Builds the model on this thread. */
    SiteModel build() {
        try {
            return build(null);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("unreachable: nothing ran on another thread", e);
        }
    }

    /** Builds the model; {@code pool} makes the publication views, which are most of the work. */
    SiteModel build(ExecutorService pool) throws InterruptedException, ExecutionException {
        Slugs pageSlugs = new Slugs(Routes.RESERVED, Routes.SLUG_LENGTH);
        // Sorted by a class of its own, not Comparator.comparingInt: the JDK's lambdas are made at run time
        // in every process, and the first class made so sets up the JDK's class-file writer (interpreted).
        List<Page> byMenuOrder = new ArrayList<>(portfolio.pages());
        byMenuOrder.sort(MenuOrder.INSTANCE);
        for (Page p : byMenuOrder) {
            String slug = pageSlugs.unique(p.slug().isBlank() ? p.title() : p.slug(), "page");
            if (!p.slug().isBlank() && !slug.equals(p.slug())) {
                warnings.add(Diagnostic.warning(FieldPath.parse("pages[" + p.slug() + "]"), "the address /" + p.slug() + "/ is taken or not URL-safe; using /" + slug + "/"));
            }
            pages.put(slug, p);
        }
        Set<String> sections = new java.util.HashSet<>(pages.keySet());
        if (!portfolio.publications().isEmpty()) {
            sections.add("publications");
        }
        if (!portfolio.news().isEmpty()) {
            sections.add("news");
        }
        embedHosts = EmbedHosts.of(portfolio.site(), warnings);
        links = new LocalLinks(assets, sections, warnings, embedHosts);
        // Each publication is shown in three places (about page, list, its own page) at two depths,
        // and relative links in its Markdown fields must work from each of them.
        AuthorNames researcher = new AuthorNames(portfolio.profile());
        List<Long> replaced = new ArrayList<>();
        PublicationsPart part = kept == null || last == null ? null
                : last.patched(portfolio.publications(), kept.context(), (position, p) -> {
                    String slug = last.slugs().get(position);
                    try {
                        replaced.add(kept.keyOf(last.entries().get(position).source(), slug));
                    } catch (IllegalArgumentException e) {
                        // Never kept: nothing to drop.
                    }
                    return kept(p, slug, researcher, sections);
                });
        patched = part != null;
        // A whole export's news are made on this thread while the pool makes the publications' views.
        NewsPart madeAlongside = null;
        if (patched) {
            kept.carryOver(replaced);
            footersAndPageBodies();
        } else {
            Pending<PublicationsPart> whole = wholePart(researcher, sections, pool);
            // The pool starts on the views first: the footer and the pages' bodies are made on this
            // thread beside them, not before them with the other core idle.
            footersAndPageBodies();
            if (pool != null) {
                madeAlongside = news(sections, newsWithViews(datedNewsCount()));
                // The about page is made after the views; the first look into the icons' jar (which opens
                // it) is made beside them.
                Home.lookUpAnIcon(portfolio.profile(), portfolio.site());
            }
            part = whole.get();
        }
        made = part;
        for (PublicationsPart.Entry e : part.entries()) {
            if (!e.warnings().isEmpty()) { // the list is synchronized: 10,000 locks for mostly nothing
                warnings.addAll(e.warnings());
            }
            if (e.placed() != null) {
                assets.placeAgain(e.placed());
            }
        }
        anyMath |= part.withMath() > 0;

        newsKept = patched && lastNews != null && lastNews.isFor(portfolio.news(), kept.context());
        int datedNews = datedNewsCount();
        NewsPart newsPart = newsKept ? lastNews : madeAlongside != null ? madeAlongside : news(sections, newsWithViews(datedNews));
        madeNews = kept == null ? null : newsPart;
        warnings.addAll(newsPart.undated());
        newsSources.addAll(newsPart.inOrder());
        for (ViewCache.Kept<NewsView> view : newsPart.views()) {
            if (kept != null) {
                assets.placeAgain(view.placed());
            }
            if (!view.warnings().isEmpty()) {
                warnings.addAll(view.warnings());
            }
            news.add(view.value());
            anyMath |= view.value().math();
        }

        home = new Home(portfolio.profile(), markdown, links.forPage("", "profile"), assets, warnings, part.selectedOnHome(), news,
                datedNews, portfolio.site(), baseUrl);
        anyMath |= home.math;

        nav.add(new NavItem("about", Routes.HOME, false));
        // Counted from the portfolio: a model for the about page has views of the selected papers only.
        if (!portfolio.publications().isEmpty()) {
            nav.add(new NavItem("publications", Routes.PUBLICATIONS, false));
        }
        if (datedNews > 0 && portfolio.site().showNews()) {
            nav.add(new NavItem("news", Routes.NEWS, false));
        }
        pages.forEach((slug, p) -> {
            if (p.inMenu()) {
                nav.add(new NavItem(p.title().isBlank() ? slug : p.title().strip().toLowerCase(Locale.ROOT), Routes.page(slug), false));
            }
        });
        return new SiteModel(portfolio, options, baseUrl, language, siteTitle(), accent(), part.publications(),
                part.sources(), part.files(), part.onOwnPage(), news, newsSources, pages, pageBodies, nav, footers, home,
                anyMath, part.list(), newsPart.pageIndex(), part.indexEntries(), SiteRenderer.legend(part.marks()));
    }

    /**
     * The footer at both depths and the extra pages' bodies. Pages live at two depths (the home page,
     * everything else one folder down); relative links in the footer must work from each.
     */
    private void footersAndPageBodies() {
        // and from the 404 page's root, the site's path on its host ("/site/") when it has an address
        for (String root : new java.util.LinkedHashSet<>(List.of("", "../", Routes.notFoundRoot(baseUrl)))) {
            footers.put(root, markdown.renderInline(portfolio.site().footer(), links.forPage(root, "site.footer")).html());
        }
        pages.forEach((slug, p) -> {
            RenderedMarkdown body = markdown.render(p.body(), links.forPage("../", "pages[" + slug + "]"), true);
            pageBodies.put(slug, body);
            anyMath |= body.containsMath();
        });
    }

    /** How many news items have a date: the site shows those. */
    private int datedNewsCount() {
        int dated = 0;
        for (NewsItem n : portfolio.news()) {
            dated += n.date() == null ? 0 : 1;
        }
        return dated;
    }

    /** How many of the {@code dated} news items the about page lists (newest first). */
    private int newsOnHome(int dated) {
        var site = portfolio.site();
        if (!site.showNews()) {
            return 0;
        }
        return site.newsLimit() <= 0 ? dated : Math.min(dated, site.newsLimit());
    }

    /**
     * The dated news items newest first with their views, made or found in the kept views; only the
     * first {@code wanted} of them (an item's address depends only on the newer ones).
     */
    private NewsPart news(Set<String> sections, int wanted) {
        Slugs newsSlugs = new Slugs(Routes.RESERVED_IN_SECTION, Routes.SLUG_LENGTH);
        List<Diagnostic> undated = new ArrayList<>();
        List<NewsItem> items = new ArrayList<>(portfolio.news());
        items.removeIf(n -> {
            if (n.date() == null) {
                undated.add(Diagnostic.warning(FieldPath.parse("news[" + n.id() + "]"), "has no date; it is left out"));
                return true;
            }
            return false;
        });
        items.sort(NewestFirst.INSTANCE);
        if (wanted < items.size()) {
            items = new ArrayList<>(items.subList(0, wanted));
        }
        List<ViewCache.Kept<NewsView>> views = new ArrayList<>(items.size());
        for (NewsItem n : items) {
            String slug = newsSlugs.unique(n.date().date() + "-" + Slugs.slugify(n.title().isBlank() ? n.id() : n.title(), Routes.SLUG_LENGTH),
                    n.date().date().toString());
            views.add(kept == null ? buildNews(n, slug, sections) : kept.get(n, slug, () -> buildNews(n, slug, sections)));
        }
        return NewsPart.of(portfolio.news(), kept == null ? 0 : kept.context(), items, views, undated);
    }

    /**
     * Every publication's views, made (or found in the kept views) in parallel, each publication
     * collecting its own warnings, handed over in the list's order when asked for: the pool starts on
     * them at once, and the caller may do other work meanwhile. A long list has a page per year
     * under publications/, and the list itself is publications/index.html: no paper's page may take
     * their names.
     */
    private Pending<PublicationsPart> wholePart(AuthorNames researcher, Set<String> sections, ExecutorService pool) {
        List<Publication> given = portfolio.publications();
        Set<String> reserved = new java.util.HashSet<>(Routes.RESERVED_IN_SECTION);
        if (PublicationList.splits(given.size())) {
            reserved.addAll(PublicationList.yearFolders(entriesPerYear()));
        }
        Slugs pubSlugs = new Slugs(reserved, Routes.SLUG_LENGTH);
        // Newest first, papers "in press" or "submitted" above the newest year; a stable sort, so papers of one
        // year (or one such state) keep the portfolio's order.
        Integer[] order = new Integer[given.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, new NewestYearFirst(given));
        int[] positionOf = new int[order.length];
        List<String> slugs = new ArrayList<>(order.length);
        List<Callable<PublicationsPart.Entry>> builds = new ArrayList<>(order.length);
        for (int position = 0; position < order.length; position++) {
            Publication p = given.get(order[position]);
            positionOf[order[position]] = position;
            // Every paper is named, in order: a selected paper's address depends on those before it.
            String slug = pubSlugs.unique(p.citationKey(), "publication");
            slugs.add(slug);
            if (makesViewsOf(p)) {
                builds.add(() -> kept(p, slug, researcher, sections));
            }
        }
        Pending<List<PublicationsPart.Entry>> entries = startAll(builds, pool);
        return () -> PublicationsPart.of(given, positionOf, slugs, entries.get(), kept == null ? 0 : kept.context());
    }

    /** Where a paper sorts among the years: its year, above every year when it is "in press", below them when undated. */
    private static int sortYear(Publication p) {
        Integer year = p.year();
        return year != null ? year : p.status().isEmpty() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    /**
     * The number of publications per year page, newest first: states such as "in press" (by their page's name), then
     * the years, "undated" last: the list's year pages.
     */
    private Map<String, Integer> entriesPerYear() {
        // Counted by number first: a year's text and its place among the texts, once per year, not per paper.
        Map<Integer, Integer> byYear = new HashMap<>();
        Map<String, Integer> states = new LinkedHashMap<>();
        int undated = 0;
        for (Publication p : portfolio.publications()) {
            if (p.year() != null) {
                byYear.merge(p.year(), 1, Integer::sum);
            } else if (!p.status().isEmpty()) {
                String state = PublicationList.folderOf(p.status());
                states.put(state, states.getOrDefault(state, 0) + 1);
            } else {
                undated++;
            }
        }
        Map<String, Integer> counts = new java.util.TreeMap<>(Comparator.reverseOrder());
        // A loop, not a second Integer::sum: the class archive maps one class per lambda shape of a class, so a
        // second method reference of the same shape in this class was made at run time by every export.
        for (Map.Entry<Integer, Integer> year : byYear.entrySet()) {
            counts.put(String.valueOf(year.getKey()), year.getValue());
        }
        Map<String, Integer> ordered = new LinkedHashMap<>(states);
        ordered.putAll(counts); // a state's page name is never a year's
        if (undated > 0) {
            ordered.put("undated", undated);
        }
        return ordered;
    }

    /** The publication's views as an earlier export made them, or made now. */
    private PublicationsPart.Entry kept(Publication p, String slug, AuthorNames researcher, Set<String> sections) {
        if (kept == null) {
            return buildPublication(p, slug, researcher, sections, new SiteAssets.Placed()).value();
        }
        ViewCache.Kept<PublicationsPart.Entry> views = kept.get(p, slug,
                () -> buildPublication(p, slug, researcher, sections, new SiteAssets.Placed()));
        // Found by content: the record itself may be another, equal one (an undo, a reload).
        return new PublicationsPart.Entry(p, views.value().views(), views.value().warnings(), views.value().indexEntry(),
                views.placed());
    }

    /** A news item's view, with the warnings and files its Markdown gave. */
    private ViewCache.Kept<NewsView> buildNews(NewsItem n, String slug, Set<String> sections) {
        List<Diagnostic> found = new ArrayList<>();
        SiteAssets.Placed placed = new SiteAssets.Placed();
        LocalLinks links = new LocalLinks(assets.recordingTo(found, placed), sections, found, embedHosts);
        String record = "news[" + (n.id().isBlank() ? n.date() : n.id()) + "]";
        LocalLinks.PageLinks pageLinks = links.trackingForPage("../", record);
        RenderedMarkdown body = n.inline() ? markdown.renderInline(n.body(), pageLinks) : markdown.render(n.body(), pageLinks);
        if (n.inline() && n.body().isBlank() && !n.title().isBlank()) {
            // An inline item shows its text and no title; one given only a title shows that, as text,
            // or the list would show a date with nothing beside it.
            body = new RenderedMarkdown(InlineHtml.escape(n.title().strip()), false);
        }
        // Rendered again for the site root (the about page and the feed live there) only when a link
        // went through the root: most bodies link nowhere in the site and read the same from every depth.
        String homeHtml = !pageLinks.usedRoot() ? body.html()
                : (n.inline() ? markdown.renderInline(n.body(), links.forPage("", record))
                : markdown.render(n.body(), links.forPage("", record))).html();
        String title = n.title().isBlank() ? shortText(PageHead.plainText(body.html())) : n.title().strip();
        NewsView view = new NewsView(slug, n.date().date().toString(), MonthNames.newsDate(n.date().date()),
                n.inline(), title, body.html(), homeHtml, n.inline() ? "" : Routes.newsItem(slug),
                body.containsMath());
        return new ViewCache.Kept<>(view, found, placed);
    }

    private ViewCache.Kept<PublicationsPart.Entry> buildPublication(Publication p, String slug, AuthorNames researcher,
                                                              Set<String> sections, SiteAssets.Placed placed) {
        List<Diagnostic> found = new ArrayList<>();
        // A value kept as typed stays in the file, but the site cannot use it: say how the paper shows.
        if (p.year() == null && !p.yearAsTyped().isBlank() && p.status().isEmpty()) {
            found.add(Diagnostic.warning(FieldPath.publication(p, -1).then("year"),
                    "\"" + p.yearAsTyped() + "\" is not a year; the paper is listed as undated"));
        }
        if (p.month() == null && !p.monthAsTyped().isBlank()) {
            found.add(Diagnostic.warning(FieldPath.publication(p, -1).then("month"),
                    "\"" + p.monthAsTyped() + "\" is not a month (1\u201312); the paper's date shows the year only"));
        }
        SiteAssets reporting = assets.recordingTo(found, placed);
        PublicationViews factory = new PublicationViews(markdown, researcher, reporting,
                new LocalLinks(reporting, sections, found, embedHosts),
                new MetricBadges(portfolio.site().showMetricBadges(), portfolio.profile(), found), shared);
        // The list pages and the paper's own page are one folder down alike: one view serves both roles.
        List<PublicationView> made = factory.views(p, slug, p.selected() ? List.of("../", "") : List.of("../"));
        List<PublicationView> views = p.selected() ? List.of(made.get(0), made.get(0), made.get(1))
                : List.of(made.get(0), made.get(0));
        return new ViewCache.Kept<>(new PublicationsPart.Entry(p, views, found,
                withoutIndexEntries ? null : PublicationIndex.entry(views.get(0), p), null),
                found, placed);
    }

    /** Results being made; {@link #get} waits for them. */
    @FunctionalInterface
    private interface Pending<T> {
        T get() throws InterruptedException, ExecutionException;
    }

    /**
     * The tasks' results in the tasks' order, asked for later: handed to {@code pool} now, or run on
     * the asking thread when {@code pool} is null.
     */
    private static <T> Pending<List<T>> startAll(List<Callable<T>> tasks, ExecutorService pool) {
        if (pool == null) {
            return () -> {
                List<T> results = new ArrayList<>(tasks.size());
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
            };
        }
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        return () -> {
            List<T> results = new ArrayList<>(futures.size());
            try {
                for (Future<T> f : futures) {
                    results.add(f.get());
                }
            } catch (InterruptedException | ExecutionException | RuntimeException e) {
                futures.forEach(f -> f.cancel(true));
                throw e;
            }
            return results;
        };
    }

    private String accent() {
        String color = portfolio.site().theme().accentColor();
        if (COLOR.matcher(color).matches()) {
            return color;
        }
        warnings.add(Diagnostic.warning(FieldPath.parse("site.theme.accentColor"), "\"" + color + "\" is not a #rgb or #rrggbb colour; using the default"));
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
        return AsciiAddress.of(u.endsWith("/") ? u : u + "/");
    }

    /** Positions in {@code given} by their paper's year, newest first, undated last. */
    private static final class NewestYearFirst implements Comparator<Integer> {
        private final List<Publication> given;

        NewestYearFirst(List<Publication> given) {
            this.given = given;
        }

        @Override
        public int compare(Integer a, Integer b) {
            return Integer.compare(year(b), year(a));
        }

        private int year(int position) {
            return sortYear(given.get(position));
        }
    }

    /** News items by date, newest first; a stable sort keeps those of one date as listed. */
    private static final class NewestFirst implements Comparator<NewsItem> {
        static final NewestFirst INSTANCE = new NewestFirst();

        @Override
        public int compare(NewsItem a, NewsItem b) {
            return b.date().compareTo(a.date());
        }
    }

    /** Pages by their menu order; a stable sort keeps equal ones as listed. */
    private static final class MenuOrder implements Comparator<Page> {
        static final MenuOrder INSTANCE = new MenuOrder();

        @Override
        public int compare(Page a, Page b) {
            return Integer.compare(a.menuOrder(), b.menuOrder());
        }
    }
}
