package org.scholarfolio.site;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.scholarfolio.files.OutputFile;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.site.Views.NavItem;
import org.scholarfolio.site.Views.NewsView;
import org.scholarfolio.site.Views.PublicationView;
import org.scholarfolio.site.PageRenderer.Inputs;
import org.scholarfolio.site.PublicationList.ListPage;

/**
 * The site's pages and files as a list of {@link PageRenderer}s over one {@link SiteModel}: the
 * exporter renders every path, the preview one. Safe to use from several threads; it remembers only
 * what the last site model's pages have in common ({@link SiteWide}).
 */
final class SiteRenderer {
    private static final Pattern TRAILING_COMMAS = Pattern.compile("(, )+$");

    private final PageTemplates templates;
    private final List<PageRenderer> renderers;

    SiteRenderer(PageTemplates templates) {
        this(templates, new EncodedPieces());
    }

    /** Renders {@code publications.bib} from pieces an exporter keeps between exports. */
    SiteRenderer(PageTemplates templates, EncodedPieces bibtexPieces) {
        this(templates, bibtexPieces, false);
    }

    /**
     * For an exporter used once: the two files made from every publication ({@code publications.bib}
     * and the filter index) are made a piece at a time each time they are read, not held whole
     * ({@link OutputFile#ofPiecesMadeOnRead}).
     */
    static SiteRenderer forOneExport(PageTemplates templates) {
        return new SiteRenderer(templates, null, true);
    }

    private SiteRenderer(PageTemplates templates, EncodedPieces bibtexPieces, boolean madeOnRead) {
        this.templates = templates;
        this.renderers = List.of(
                PageRenderer.of(site -> List.of(Routes.HOME),
                        (site, path) -> html(site, path, "home", site.siteTitle(), homeDescription(site), "profile",
                                site.home().model())),
                PageRenderer.of(Inputs.LIST_PAGE, site -> site.publicationList().pages().stream().map(ListPage::path).toList(),
                        this::publicationListPage),
                PageRenderer.of(site -> site.publications().isEmpty() ? List.of() : List.of(PublicationIndex.PATH),
                        (site, path) -> madeOnRead ? OutputFile.ofPiecesMadeOnRead(path, PublicationIndex.scriptMadeOnRead(site), true)
                                : PublicationIndex.script(site).file(path, true)),
                PageRenderer.of(Inputs.OWN_RECORD, site -> site.publications().stream().map(PublicationView::pageHref).toList(),
                        this::publicationPage),
                PageRenderer.of(site -> site.publications().isEmpty() ? List.of() : List.of(Routes.PUBLICATIONS_BIB),
                        (site, path) -> madeOnRead ? OutputFile.ofPiecesMadeOnRead(path, bibtexMadeOnRead(site), true)
                                : bibtexFile(site, bibtexPieces).file(path, true)),
                PageRenderer.of(Inputs.NEWS, site -> site.news().isEmpty() ? List.of() : List.of(Routes.NEWS),
                        (site, path) -> html(site, path, "news", "news", "News from " + ownerName(site) + ".",
                                "website", Map.of("items", site.news(),
                                "math", site.news().stream().anyMatch(NewsView::math)))),
                PageRenderer.of(Inputs.OWN_RECORD, site -> site.news().stream().filter(n -> !n.inline())
                        .map(NewsView::pageHref).toList(), this::newsItemPage),
                PageRenderer.of(Inputs.SITE, site -> site.pages().keySet().stream().map(Routes::page).toList(),
                        this::extraPage),
                PageRenderer.of(Inputs.SITE, site -> List.of(Routes.NOT_FOUND), this::notFoundPage),
                PageRenderer.of(Inputs.NEWS, site -> List.of(Routes.FEED), (site, path) -> text(path, feeds(site).atom(site.news()))),
                PageRenderer.of(Inputs.SITE, site -> List.of(Routes.ROBOTS), (site, path) -> text(path, feeds(site).robots())),
                // The protocol wants absolute addresses: without a base URL there is no sitemap.
                PageRenderer.of(site -> site.baseUrl().isEmpty() ? List.of() : List.of(Routes.SITEMAP),
                        (site, path) -> text(path, feeds(site).sitemap(sitemapPaths(site).stream()
                                .map(p -> new Feeds.SitemapEntry(Routes.pretty(p), SitemapDates.of(site, p))).toList()))),
                PageRenderer.of(Inputs.SITE, site -> List.of(Routes.CARD), (site, path) -> new OutputFile(path,
                        CardCache.socialCard(ownerName(site), subtitle(site), site.baseUrl().replaceFirst("^https?://", "")
                                .replaceFirst("/$", ""), site.accent()), false)),
                PageRenderer.of(Inputs.SITE, site -> List.of(Routes.FAVICON), (site, path) -> new OutputFile(path,
                        SocialCard.faviconSvg(initials(site), site.accent()), false)));
    }

    /**
     * Whether a paper of {@code groups} shows math. Loops, not two streams' {@code PublicationView::math}: the class
     * archive maps one class per lambda shape of a class, and the second was made at run time by every export.
     */
    private static boolean anyMath(List<Views.YearGroup> groups) {
        for (Views.YearGroup g : groups) {
            for (PublicationView p : g.publications()) {
                if (p.math()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every publication's BibTeX, one blank line apart (the entries are joined by a line break). */
    private static EncodedPieces.Joined bibtexFile(SiteModel site, EncodedPieces pieces) {
        EncodedPieces.Joined out = new EncodedPieces.Joined();
        byte[] lineBreak = {'\n'};
        boolean first = true;
        for (PublicationView p : site.publications()) {
            if (!first) {
                out.add(lineBreak);
            }
            out.add(pieces.of(p.bibtex()));
            first = false;
        }
        return out;
    }

    /** As {@link #bibtexFile}, each entry's bytes made when the file is read: an entry, a line break, an entry... */
    private static List<byte[]> bibtexMadeOnRead(SiteModel site) {
        List<PublicationView> views = site.publications();
        byte[] lineBreak = {'\n'};
        return new java.util.AbstractList<>() {
            @Override
            public byte[] get(int i) {
                return i % 2 == 1 ? lineBreak : views.get(i / 2).bibtex().getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public int size() {
                return Math.max(0, 2 * views.size() - 1);
            }
        };
    }

    /**
     * A file of the site: left as the last export wrote it ({@code kept}, not null), or made by
     * {@code render}.
     */
    record Planned(String path, OutputFile kept, Callable<OutputFile> render) {
    }

    /**
     * Every file of the site, in a stable order, but a file in {@code kept} (with whether it is a
     * page) is left as the last export wrote it ({@link OutputFile#kept}) and not rendered.
     */
    List<Planned> plan(SiteModel site, Map<String, Boolean> kept) {
        List<Planned> files = new ArrayList<>();
        for (PageRenderer r : renderers) {
            for (String path : r.paths(site)) {
                Boolean page = kept.get(path);
                files.add(page != null ? new Planned(path, OutputFile.kept(path, page), null)
                        : new Planned(path, null, () -> r.render(site, path)));
            }
        }
        return files;
    }

    /** Each file's key: what it was made from ({@link PageKeys}). */
    Map<String, Long> keys(SiteModel site, PageKeys keys) {
        Map<String, Long> all = new HashMap<>();
        for (PageRenderer r : renderers) {
            for (String path : r.paths(site)) {
                all.put(path, keys.of(r.inputs(), path));
            }
        }
        return all;
    }

    /**
     * As {@link #keys(SiteModel, PageKeys)}, into {@code into}, for keys {@link PageKeys#patched}
     * from those of the export that gave {@code last}: the own pages of the records whose views
     * did not change keep their keys, without asking for each of the thousands.
     */
    void keys(SiteModel site, PageKeys keys, Map<String, Long> last, Map<String, Long> into) {
        into.putAll(last);
        keys.ownPagesGone().forEach(into::remove);
        for (PageRenderer r : renderers) {
            if (r.inputs() != Inputs.OWN_RECORD) {
                for (String path : r.paths(site)) {
                    into.put(path, keys.of(r.inputs(), path));
                }
            }
        }
        for (String path : keys.ownPagesKeyed()) {
            into.put(path, keys.of(Inputs.OWN_RECORD, path));
        }
    }

    /** The file at {@code path}, when the site has one. */
    Optional<OutputFile> render(SiteModel site, String path) {
        return renderers.stream().filter(r -> r.paths(site).contains(path)).findFirst().map(r -> r.render(site, path));
    }

    /** Every HTML page of the site, in the order of {@link #tasks}. */
    List<String> htmlPaths(SiteModel site) {
        return renderers.stream().flatMap(r -> r.paths(site).stream()).filter(p -> p.endsWith(".html")).toList();
    }

    /** The pages a search engine should know: all but the 404 page. */
    private List<String> sitemapPaths(SiteModel site) {
        return htmlPaths(site).stream().filter(p -> !p.equals(Routes.NOT_FOUND)).toList();
    }

    /**
     * The page a host shows for a missing address, in the site's look: the top bar, a short message, links
     * home and to the publications. Its links start from {@link Routes#notFoundRoot} (never its own
     * folder: it is served at any depth), it has no canonical address and asks not to be indexed.
     */
    private OutputFile notFoundPage(SiteModel site, String path) {
        SiteWide wide = siteWide(site);
        String root = Routes.notFoundRoot(site.baseUrl());
        Map<String, Object> model = common(site, wide, "page not found", path);
        model.put("root", root);
        model.put("footerHtml", site.footers().get(root));
        model.put("canonical", "");
        List<NavItem> nav = new ArrayList<>();
        for (NavItem n : site.nav()) {
            nav.add(new NavItem(n.title(), n.href(), false));
        }
        model.put("nav", nav);
        String description = "There is no page at this address on the site of " + wide.ownerName() + ".";
        model.put("description", description);
        model.put("og", Map.of("type", "website", "title", "page not found", "description", description, "url", "",
                "image", site.baseUrl().isEmpty() ? root + Routes.CARD : site.baseUrl() + Routes.CARD,
                "imageAlt", wide.ownerName(), "width", SocialCard.WIDTH, "height", SocialCard.HEIGHT));
        model.put("publications", site.publications().isEmpty() ? "" : Routes.PUBLICATIONS);
        return new OutputFile(path, templates.renderUtf8("not-found", model), true);
    }

    private OutputFile publicationPage(SiteModel site, String path) {
        PublicationView pub = site.publicationAt(path);
        // The abstract's text serves three readers (description, Scholar's tag, JSON-LD): taken out once.
        String abstractText = pub.abstractHtml().isBlank() ? "" : PageHead.plainText(pub.abstractHtml());
        String description = abstractText.isBlank()
                ? TRAILING_COMMAS.matcher(String.join(", ", pub.titleText(), pub.venue(), pub.year())).replaceAll("")
                : PageHead.firstSentenceOfText(abstractText);
        return html(site, path, "publication", pub.titleText(), description, "article", Map.of("pub", site.onOwnPage().get(pub),
                "meta", ScholarMeta.citationMeta(site.sources().get(pub), pub, abstractText, site.baseUrl()),
                "jsonLd", ScholarlyJsonLd.of(site.sources().get(pub), pub, abstractText, site.baseUrl(), Routes.pretty(path),
                        siteWide(site).researcherOrcid()),
                "math", pub.math()));
    }

    /** The ORCID address among the owner's social links, or "". */
    private static String researcherOrcid(SiteModel site) {
        return site.portfolio().profile().socialLinks().stream()
                .filter(l -> l.kind().equals(SocialKind.ORCID_ID.key()))
                .map(l -> SocialKind.ORCID_ID.urlFor(l.value()).orElse(""))
                .filter(u -> !u.isBlank()).findFirst().orElse("");
    }

    private OutputFile newsItemPage(SiteModel site, String path) {
        NewsView item = site.news().get(site.newsIndex(path));
        return html(site, path, "news-item", item.title(), PageHead.summary(item.bodyHtml()), "article",
                Map.of("item", item, "math", item.math()));
    }

    private OutputFile extraPage(SiteModel site, String path) {
        String slug = path.substring(0, path.indexOf('/'));
        Page p = site.pages().get(slug);
        var body = site.pageBodies().get(slug);
        String description = PageHead.pageSummary(body.html());
        return html(site, path, "page", p.title().isBlank() ? slug : p.title(),
                description.isBlank() ? site.portfolio().site().description() : description, "website", Map.of("heading", p.title(), "bodyHtml", body.html(), "math", body.containsMath()));
    }

    private OutputFile publicationListPage(SiteModel site, String path) {
        PublicationList list = site.publicationList();
        ListPage page = list.page(path);
        String title = page.label().isEmpty() ? "publications" : "publications " + page.label();
        String description = page.label().isEmpty() ? "Publications of " + ownerName(site) + "."
                : "Publications of " + ownerName(site) + ", " + page.label() + ".";
        List<String> legend = legend(site);
        boolean math = anyMath(page.groups());
        for (Views.PublicationSection section : page.sections()) {
            math |= anyMath(section.groups());
        }
        return html(site, path, "publications", title, description, "website", Map.of("groups", page.groups(),
                "sections", page.sections(), "legend", legend, "math", math, "heading", page.label(),
                "yearNav", list.yearNav(path), "split", list.split(), "total", site.publications().size(),
                "filterIndex", PublicationIndex.PATH));
    }

    /** What the author marks used anywhere in the list mean, for every list page. */
    static List<String> legend(SiteModel site) {
        return site.legend();
    }

    /** The legend of the author marks {@code marks} names ({@link PublicationsPart#marks(PublicationView)}). */
    static List<String> legend(int marks) {
        List<String> legend = new ArrayList<>();
        if ((marks & 1) != 0) {
            legend.add("* equal contribution");
        }
        if ((marks & 2) != 0) {
            legend.add("† corresponding author");
        }
        return legend;
    }

    private static Feeds feeds(SiteModel site) {
        return new Feeds(site.siteTitle(), site.portfolio().profile().name().display(), site.baseUrl(),
                site.options().lastUpdated());
    }

    private OutputFile html(SiteModel site, String path, String template, String title, String description,
                            String type, Map<String, Object> pageModel) {
        SiteWide wide = siteWide(site);
        Map<String, Object> model = common(site, wide, title, path);
        model.put("description", description);
        String canonical = (String) model.get("canonical");
        String root = Routes.root(path);
        model.put("og", Map.of("type", type, "title", title, "description", description, "url", canonical,
                "image", site.baseUrl().isEmpty() ? root + Routes.CARD : site.baseUrl() + Routes.CARD,
                "imageAlt", wide.ownerName(), "width", SocialCard.WIDTH, "height", SocialCard.HEIGHT));
        model.putAll(pageModel);
        return new OutputFile(path, templates.renderUtf8(template, model), true);
    }

    private static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8), true);
    }

    /**
     * What every page's head and footer show that is the same on every page of one site: made once
     * per site model, not once per page (the policy's SHA-256, the footer's date format and the
     * settings' lookups were a page's fixed cost, 1,000 times at 1,000 publications).
     */
    private record SiteWide(String language, String siteTitle, boolean toggle, String forcedTheme, String accent,
                            String csp, String lastUpdated, String lastUpdatedIso, boolean madeWith, String ownerName,
                            String researcherOrcid) {
        static SiteWide of(SiteModel site) {
            var settings = site.portfolio().site();
            String mode = settings.theme().darkMode().toLowerCase(Locale.ROOT);
            return new SiteWide(site.language(), site.siteTitle(), settings.theme().showDarkModeToggle(),
                    mode.equals("light") || mode.equals("dark") ? mode : "", site.accent(),
                    PageHead.contentSecurityPolicy(site.accent(), EmbedHosts.of(settings)),
                    MonthNames.footerDate(site.options().lastUpdated()), site.options().lastUpdated().toString(),
                    settings.showMadeWith(), SiteRenderer.ownerName(site), SiteRenderer.researcherOrcid(site));
        }
    }

    /**
     * The site model {@link #lastWide} was made from, compared by identity (a model's equality walks
     * every record) and held weakly: the preview's renderer lives on, and would otherwise keep the
     * last preview's model while the next one is built.
     */
    private record SiteWideOf(WeakReference<SiteModel> site, SiteWide wide) {
    }

    // One site model at a time: an export's pages share one, the preview moves on to the next.
    private volatile SiteWideOf lastWide;

    private SiteWide siteWide(SiteModel site) {
        SiteWideOf last = lastWide;
        if (last != null && last.site().get() == site) {
            return last.wide();
        }
        SiteWide wide = SiteWide.of(site);
        lastWide = new SiteWideOf(new WeakReference<>(site), wide);
        return wide;
    }

    private static Map<String, Object> common(SiteModel site, SiteWide wide, String title, String path) {
        String root = Routes.root(path);
        Map<String, Object> m = new HashMap<>(32);
        m.put("lang", wide.language());
        m.put("root", root);
        m.put("routes", Routes.FOR_TEMPLATES);
        m.put("siteTitle", wide.siteTitle());
        // Each title closed off: an override left open in the page's title would reverse the site's name after it.
        m.put("pageTitle", title.equals(wide.siteTitle()) ? title
                : BidiIsolation.isolated(title) + " | " + BidiIsolation.isolated(wide.siteTitle()));
        List<NavItem> siteNav = site.nav();
        NavItem[] nav = new NavItem[siteNav.size()];
        for (int i = 0; i < nav.length; i++) {
            NavItem n = siteNav.get(i);
            nav[i] = new NavItem(n.title(), n.href(), isCurrent(n.href(), path));
        }
        m.put("nav", List.of(nav));
        m.put("math", false);
        m.put("toggle", wide.toggle());
        m.put("forcedTheme", wide.forcedTheme());
        m.put("accent", wide.accent());
        m.put("csp", wide.csp());
        m.put("lastUpdated", wide.lastUpdated());
        m.put("lastUpdatedIso", wide.lastUpdatedIso());
        m.put("footerHtml", site.footers().get(root));
        m.put("madeWith", wide.madeWith());
        m.put("canonical", site.baseUrl().isEmpty() ? "" : site.baseUrl() + Routes.pretty(path));
        return m;
    }

    private static String ownerName(SiteModel site) {
        String name = site.portfolio().profile().name().display();
        return name.isBlank() ? site.siteTitle() : name;
    }

    private static String subtitle(SiteModel site) {
        Object html = site.home().model().get("subtitleHtml");
        return html == null ? "" : PageHead.summary(html.toString());
    }

    private static String homeDescription(SiteModel site) {
        String own = site.portfolio().site().description().strip();
        if (!own.isEmpty()) {
            return own;
        }
        String sub = subtitle(site);
        return sub.isEmpty() ? "Homepage of " + ownerName(site) + "." : ownerName(site) + ": " + sub;
    }

    /** Up to two initials of the owner's name, for the favicon. */
    private static String initials(SiteModel site) {
        var name = site.portfolio().profile().name();
        StringBuilder out = new StringBuilder();
        for (String part : List.of(name.first(), name.last())) {
            if (!part.isBlank()) {
                out.appendCodePoint(part.strip().codePointAt(0));
            }
        }
        if (out.length() == 0) {
            out.appendCodePoint(site.siteTitle().isBlank() ? 'S' : site.siteTitle().codePointAt(0));
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isCurrent(String navHref, String path) {
        if (navHref.equals(Routes.HOME)) {
            return path.equals(Routes.HOME);
        }
        String dir = navHref.substring(0, navHref.indexOf('/') + 1);
        return path.startsWith(dir);
    }
}
