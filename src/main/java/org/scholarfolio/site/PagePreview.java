package org.scholarfolio.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholarfolio.files.OutputFile;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.Views.PublicationView;

/**
 * Renders a single page of a portfolio's site for the live preview, with the exporter's own site
 * model, templates and theme, so the preview shows what an export writes. The page is meant to be
 * loaded from a string: a {@code <base>} element points at the portfolio folder (where the page's
 * photos and files are, at the same relative paths as in the site), and the theme's stylesheets and
 * scripts point at a folder where they are staged once.
 */
public final class PagePreview {
    private static final String THEME = "default";

    private final MarkdownRenderer markdown;
    private final SiteRenderer renderer = new SiteRenderer(new DefaultThemePages());
    private final Path stagingDir;
    private boolean staged;
    /**
     * The views of the records the last render showed, kept for the next one (guarded by this):
     * a key typed into one of the 500 publications the Publications page shows makes that one's
     * views again, not all 500 (Markdown, BibTeX, links, filter words: 90 % of a render's processor time).
     */
    private final RecordKeys records = new RecordKeys();
    private final ViewCache views = new ViewCache(records);
    /** The last render's parts of the model and the kind of page it was made for; patched by the next render of that kind. */
    private PublicationsPart lastPublications;
    private NewsPart lastNews;
    private SitePage.Kind lastKind;

    /** {@code stagingDir}: a folder of its own for the theme's files; created when missing. */
    public PagePreview(MarkdownRenderer markdown, Path stagingDir) {
        // Renders after every key: only the blocks of a long text that changed are rendered again.
        this.markdown = markdown.withBlockMemo();
        this.stagingDir = stagingDir.toAbsolutePath().normalize();
    }

    /** A preview whose theme files are staged in a per-user folder under the temporary directory. */
    public static PagePreview inTemporaryFolder() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return new PagePreview(MarkdownRenderer.shared(),
                Path.of(System.getProperty("java.io.tmpdir"), "scholarfolio-preview-" + user));
    }

    /**
     * The complete HTML of {@code page}. A page the site would not have (a list with no records, an
     * inline news item, an index out of range) falls back to its list or to the about page; the
     * publications page of a portfolio with none says why the site has none.
     * {@code portfolioDirOrNull}: the folder the portfolio's files are in; null for an unsaved one.
     */
    public String render(Portfolio portfolio, Path portfolioDirOrNull, SitePage page) {
        stageThemeFiles();
        Path dir = portfolioDirOrNull == null ? stagingDir.resolve("unsaved") : portfolioDirOrNull.toAbsolutePath().normalize();
        List<Diagnostic> warnings = new ArrayList<>();
        ExportOptions options = new ExportOptions("", LocalDate.now(), THEME, 1);
        SiteAssets assets = new SiteAssets(dir, warnings);
        // Only the views the page shows, not every record's, per render.
        SiteModel site = model(portfolio, options, assets, warnings, dir, viewsFor(portfolio, page));
        String path = pathOf(site, portfolio, page);
        OutputFile file = renderer.render(site, path)
                .orElseThrow(() -> new IllegalStateException("the site has no page " + path));
        String html = new String(file.bytes(), StandardCharsets.UTF_8);
        String pointed = pointAtFiles(html, path, dir, assets.moved());
        String shown = markRecords(new PreviewAddresses(dir, stagingDir).confine(pointed, dir.resolve(path)), site, portfolio);
        if (page.kind() == SitePage.Kind.PUBLICATIONS && site.publications().isEmpty()) {
            return inPlaceOfContent(shown, NO_PUBLICATIONS);
        }
        boolean newsPage = page.kind() == SitePage.Kind.NEWS || page.kind() == SitePage.Kind.NEWS_ITEM;
        return newsPage && site.news().isEmpty() ? inPlaceOfContent(shown, NO_NEWS) : shown;
    }

    /**
     * The site model for a page of {@code kind}, with the views of records the last render showed
     * taken from it when they and what they read besides (the profile, the site settings, the
     * pages, the portfolio folder's files, as an export's kept views) are the same. The publications'
     * part of the last model is patched when both pages are the publications page: a key typed into one
     * publication makes its views and swaps them in, as a re-export after one edit does.
     */
    private synchronized SiteModel model(Portfolio portfolio, ExportOptions options, SiteAssets assets,
                                         List<Diagnostic> warnings, Path dir, SitePage.Kind kind) {
        SiteModelBuilder builder = new SiteModelBuilder(portfolio, options, markdown, assets, warnings).forPreviewOf(kind);
        records.nextExport();
        OptionalLong context = context(portfolio, options, dir);
        boolean keeps = context.isPresent();
        if (keeps) {
            views.nextExport(RecordKeys.combine(context.getAsLong(), portfolio.publications().isEmpty() ? 0 : 1,
                    portfolio.news().isEmpty() ? 0 : 1));
            // Only a model made for the publications page holds every publication's views (the about
            // page's, the selected ones'; the news pages', none): no other is a start to patch.
            boolean patches = kind == SitePage.Kind.PUBLICATIONS && lastKind == SitePage.Kind.PUBLICATIONS;
            builder.keptIn(views).after(patches ? lastPublications : null).afterNews(patches ? lastNews : null);
        }
        lastPublications = null;
        lastNews = null;
        SiteModel site = builder.build();
        lastKind = kind;
        lastPublications = keeps ? builder.publicationsPart() : null;
        lastNews = keeps ? builder.newsPart() : null;
        return site;
    }

    /** How many records' views the last render made rather than took from the render before (tests). */
    synchronized int viewsMade() {
        return views.made();
    }

    /** What the views read besides their own records, as a key; empty when the folder's files cannot be listed. */
    private OptionalLong context(Portfolio portfolio, ExportOptions options, Path dir) {
        Optional<String> listing = listing(dir);
        return listing.isEmpty() ? OptionalLong.empty() : OptionalLong.of(PageKeys.siteKey(portfolio, records,
                List.of(ExportState.BUILD, options.toString(), dir.toString(), listing.get())));
    }

    /** How long a listing of the portfolio folder's files stands for the folder: renders come with every key. */
    static final long LISTING_NANOS = 1_000_000_000L;
    private Path listed;
    private long listedAt;
    private Optional<String> listing = Optional.empty();

    /**
     * The portfolio folder's files by path, size and time, as an export's kept views are checked
     * against; listed again when the last listing is {@link #LISTING_NANOS} old, so that a file put
     * into the folder beside the editor shows in a render a second later at most, without a walk of
     * the folder per key.
     */
    private Optional<String> listing(Path dir) {
        long now = System.nanoTime();
        if (!dir.equals(listed) || now - listedAt >= LISTING_NANOS) {
            try {
                // The staging folder stands in for an output folder: nothing of the portfolio's is in it.
                listing = ExportState.folderListing(dir, stagingDir);
            } catch (IOException | RuntimeException e) {
                listing = Optional.empty();
            }
            listed = dir;
            listedAt = now;
        }
        return listing;
    }

    /**
     * The kind of page whose views the model needs to render {@code page}: the about page's when
     * the page falls back to it (a list with nothing in it).
     */
    static SitePage.Kind viewsFor(Portfolio portfolio, SitePage page) {
        return switch (page.kind()) {
            case HOME, PAGE -> SitePage.Kind.HOME;
            case PUBLICATIONS -> portfolio.publications().isEmpty() ? SitePage.Kind.HOME : SitePage.Kind.PUBLICATIONS;
            case NEWS, NEWS_ITEM -> portfolio.news().stream().anyMatch(n -> n.date() != null)
                    ? SitePage.Kind.NEWS : SitePage.Kind.HOME;
        };
    }

    /** Said in the preview in place of the publications page, which the site has only once there is a publication. */
    static final String NO_PUBLICATIONS = "<section class=\"preview-note\" id=\"preview-no-publications\">"
            + "<h1>Publications</h1><p>The exported site has no publications page yet: it gets one, with a link in"
            + " its menu, once the portfolio has a publication. Add one on the left, look one up by its DOI, arXiv"
            + " or PubMed id, or drop a .bib file on the list.</p></section>";

    /** Said in the preview in place of the news page, which the site has only once a news item has a date. */
    static final String NO_NEWS = "<section class=\"preview-note\" id=\"preview-no-news\">"
            + "<h1>News</h1><p>The exported site has no news page yet: it gets one, with a link in its menu, once the"
            + " portfolio has a dated news item. Add one on the left (Ctrl+Shift+N); the about page shows the"
            + " latest items.</p></section>";

    /** The site's shell (header, menu, footer) around {@code note} instead of the about page's content. */
    private static String inPlaceOfContent(String home, String note) {
        int main = home.indexOf("<main");
        int open = main < 0 ? -1 : home.indexOf('>', main);
        int close = home.lastIndexOf("</main>");
        if (open < 0 || close < open) {
            return home;
        }
        return home.substring(0, open + 1) + "\n" + note + "\n" + home.substring(close);
    }

    /**
     * Names the record behind each publication and news row in a {@code data-record} attribute
     * ({@code publications[3]}, {@code news[0]}, the portfolio's own indexes), so that the editor can
     * scroll the preview to the record selected in its table. Preview only: the site has no such attribute.
     */
    static String markRecords(String html, SiteModel site, Portfolio portfolio) {
        // One pass over the page and a look-up per id: a page of 100,000 rows is not searched once per row.
        Map<Object, Integer> pubIndex = identityIndex(portfolio.publications());
        Map<Object, Integer> newsIndex = identityIndex(portfolio.news());
        Map<String, String> publications = new HashMap<>();
        for (PublicationView v : site.publications()) {
            Integer index = pubIndex.get(site.sources().get(v));
            if (index != null) {
                publications.putIfAbsent(v.anchor(), "publications[" + index + "]");
            }
        }
        Map<String, String> news = new HashMap<>();
        for (int i = 0; i < site.news().size(); i++) {
            Integer index = newsIndex.get(site.newsSources().get(i));
            if (index != null) {
                news.putIfAbsent(site.news().get(i).id(), "news[" + index + "]");
            }
        }
        if (publications.isEmpty() && news.isEmpty()) {
            return html;
        }
        Matcher m = ID.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        int last = 0;
        while (m.find()) {
            String id = m.group(2);
            String publication = publications.get(id);
            String item = m.group(1) != null ? news.get(id) : null;
            if (publication == null && item == null) {
                continue;
            }
            out.append(html, last, m.end());
            if (publication != null) {
                out.append(" data-record=\"").append(publication).append('"');
            }
            if (item != null) {
                out.append(" data-record=\"").append(item).append('"');
            }
            last = m.end();
        }
        return out.append(html, last, html.length()).toString();
    }

    private static final Pattern ID = Pattern.compile("(<tr)? id=\"([^\"]*)\"");

    /** Each record's index in {@code list}, by identity (not an equal record). */
    private static Map<Object, Integer> identityIndex(List<?> list) {
        Map<Object, Integer> index = new IdentityHashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            index.putIfAbsent(list.get(i), i);
        }
        return index;
    }

    /** The site path of the page, as the exporter names it. */
    static String pathOf(SiteModel site, Portfolio portfolio, SitePage page) {
        String newsList = site.news().isEmpty() ? Routes.HOME : Routes.NEWS;
        return switch (page.kind()) {
            case HOME -> Routes.HOME;
            case PUBLICATIONS -> site.publications().isEmpty() ? Routes.HOME : Routes.PUBLICATIONS;
            case NEWS -> newsList;
            case NEWS_ITEM -> {
                if (page.index() < 0 || page.index() >= portfolio.news().size()) {
                    yield newsList;
                }
                NewsItem item = portfolio.news().get(page.index());
                for (int i = 0; i < site.newsSources().size(); i++) {
                    if (site.newsSources().get(i) == item) {
                        String own = site.news().get(i).pageHref();
                        yield own.isEmpty() ? newsList : own;
                    }
                }
                yield newsList;
            }
            case PAGE -> {
                if (page.index() < 0 || page.index() >= portfolio.pages().size()) {
                    yield Routes.HOME;
                }
                String slug = site.slugOf(portfolio.pages().get(page.index()));
                yield slug == null ? Routes.HOME : Routes.page(slug);
            }
        };
    }

    /** Resolves the page's relative links against the portfolio folder and its theme files against the staging folder. */
    private String pointAtFiles(String html, String path, Path portfolioDir, Map<String, Path> moved) {
        String root = Routes.root(path);
        String staged = stagingDir.toUri().toString();
        String out = html;
        for (String asset : SiteExporter.THEME_ASSETS) {
            out = out.replace("\"" + root + asset + "\"", "\"" + staged + asset + "\"");
        }
        // A paper's files are copied into its folder at export; here they are where the portfolio keeps them.
        for (Map.Entry<String, Path> file : moved.entrySet()) {
            out = out.replace("\"" + root + SiteAssets.encodePath(file.getKey()) + "\"", "\"" + file.getValue().toUri() + "\"");
        }
        String base = "<base href=\"" + portfolioDir.resolve(path).toUri() + "\">";
        int head = out.indexOf("<head>");
        return head < 0 ? out : out.substring(0, head + 6) + "\n" + base + out.substring(head + 6);
    }

    /** Writes the theme's stylesheet and scripts into the staging folder, once per run. */
    private synchronized void stageThemeFiles() {
        if (staged) {
            return;
        }
        try {
            Files.createDirectories(stagingDir.resolve("unsaved"));
            List<OutputFile> files = new ArrayList<>();
            for (String asset : SiteExporter.THEME_ASSETS) {
                files.add(new OutputFile(asset, SiteExporter.themeResource(THEME, asset), false));
            }
            for (OutputFile f : files) {
                write(stagingDir.resolve(f.path()), f.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the preview's theme files could not be written to " + stagingDir, e);
        }
        staged = true;
    }

    /** Another running editor may be reading the same file: replace it whole, and only when it differs. */
    private static void write(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        AtomicFile.write(target, bytes);
    }
}
