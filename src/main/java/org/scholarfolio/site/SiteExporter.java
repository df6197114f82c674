package org.scholarfolio.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

import org.scholarfolio.files.OutputFile;
import org.scholarfolio.files.OutputFolder;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.files.DiskWriteException;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;

/**
 * Exports a portfolio as a static website: builds the site model, renders every page (in
 * parallel), adds the theme's assets and the referenced portfolio files, and writes only what
 * changed, through a staging folder, into an output folder that only exports ever wrote to. When
 * the input is that of the export that made the folder, and the folder is as it left it, nothing
 * is rendered at all ({@link ExportState}).
 * Problems with single records become warnings; the export goes on without them.
 */
public final class SiteExporter {
    /**
     * What an export does with a folder holding a site made from another portfolio (its manifest
     * names another {@link SiteOrigin}): refuse, writing nothing, or replace it as it replaces its
     * own. A folder whose manifest names no portfolio (written before manifests did) is taken as
     * this portfolio's.
     */
    public enum OtherPortfolioSite { REFUSE, REPLACE }

    /**
     * The file name of the site's manifest, a constant: a look for it (the command line's first question, whether
     * an export may be unchanged) loads no class of the export, this one included.
     */
    public static final String MANIFEST_NAME = ".scholarfolio-manifest";
    /** The site's manifest of the files it wrote (see {@link OutputFolder}). */
    public static final OutputFolder.Manifest MANIFEST = new OutputFolder.Manifest(MANIFEST_NAME,
            "# Files written by the Scholarfolio site export. One \"check path\" per line.");
    /**
     * The files that take one thread longest: the social card (drawn and compressed), the two
     * files made from every publication and the feed, made from every news item. Started first, so that
     * at the end both threads have pages. The extra pages follow them ({@link #startingEarly}).
     */
    private static final Set<String> SINGLE_HANDED = Set.of(Routes.CARD, Routes.PUBLICATIONS_BIB, PublicationIndex.PATH,
            Routes.FEED);
    static final List<String> THEME_ASSETS = List.of("assets/css/site.css", "assets/js/site.js",
            "assets/js/theme.js");

    private final MarkdownRenderer markdown;
    private final ExportState.CanonicalForm canonical;
    // False for an exporter used once (forOneExport): what an export made is not kept for the next.
    private final boolean keepsForNext;
    // The records of the last export and their keys: after one edit only the edited record is keyed again.
    private final RecordKeys records = new RecordKeys();
    // The views of the last export's records, made again only for the records that changed.
    private final ViewCache views = new ViewCache(records);
    // Those views' BibTeX as bytes, for publications.bib (the filter index's entries are kept as bytes).
    private final EncodedPieces bibtexPieces = new EncodedPieces();
    // The publications' part of the last site model, patched after an edit that moves no entry.
    private PublicationsPart lastPublications;
    // The news items' part of the last site model, taken as it is after an edit elsewhere.
    private NewsPart lastNews;
    private boolean patched;
    private boolean newsKept;
    // The last export's page keys and every file's key made from them, patched by the next export.
    private PageKeys lastPageKeys;
    private Map<String, Long> lastFileKeys;
    // Told nothing by default; one lambda for both watches (a class archive hands a lambda's class to one call site).
    private static final java.util.function.Consumer<String> UNWATCHED = path -> { };
    private volatile java.util.function.Consumer<String> renders = UNWATCHED;
    private volatile java.util.function.Consumer<String> themeFiles = UNWATCHED;
    // The last export's folder: its state and manifest as that export left them, checked by the
    // manifest's size and time instead of being read again (one export at a time per exporter).
    private ExportState lastState;
    // Whether the folder exported into is watched between exports (watchingOutputFolder).
    private boolean watchOutput;
    private Path lastOut;
    private OutputFolder.Written lastManifest;

    /** An exporter that renders every time (it cannot tell whether the input changed). */
    public SiteExporter() {
        this(MarkdownRenderer.shared());
    }

    public SiteExporter(MarkdownRenderer markdown) {
        this(markdown, null);
    }

    /**
     * An exporter that skips rendering when {@code canonical}'s bytes of the portfolio, the options
     * and the portfolio's files are those of the last export into the folder ({@link ExportState}).
     */
    public SiteExporter(ExportState.CanonicalForm canonical) {
        this(MarkdownRenderer.shared(), canonical);
    }

    public SiteExporter(MarkdownRenderer markdown, ExportState.CanonicalForm canonical) {
        this(markdown, canonical, true);
    }

    private SiteExporter(MarkdownRenderer markdown, ExportState.CanonicalForm canonical, boolean keepsForNext) {
        this.markdown = Objects.requireNonNull(markdown);
        this.canonical = canonical;
        this.keepsForNext = keepsForNext;
    }

    /**
     * An exporter for one export (the command line's), which keeps nothing of it for a next one:
     * no record's views in a cache, no page keys or parts of the model to patch; and nothing the
     * two files made from every publication need beyond the export's views: {@code publications.bib}
     * and the filter index are made a piece at a time as they are written, not held whole nor kept
     * as bytes beside the views ({@link SiteRenderer#forOneExport}). Its output is the same.
     */
    public static SiteExporter forOneExport() {
        return new SiteExporter(MarkdownRenderer.shared(), null, false);
    }

    /**
     * This exporter, keeping a watch on the folder it exports into between exports, so that an
     * export after an edit looks only at the files something happened to since the last one, not at
     * each of them (11,000 {@code stat}s at 10,000 publications). For the editor's one exporter: a
     * watch holds one of the system's watch instances and a watch per folder of the site, until
     * the exporter moves on to another folder (or is collected).
     */
    public SiteExporter watchingOutputFolder() {
        watchOutput = true;
        if (lastState != null) {
            lastState.watchFolder();
        }
        return this;
    }

    /** This exporter, telling {@code watcher} the path of each file it renders (tests see what is kept). */
    SiteExporter watchingRenders(java.util.function.Consumer<String> watcher) {
        this.renders = Objects.requireNonNull(watcher);
        return this;
    }

    /** This exporter, telling {@code watcher} the path of each of the theme's files as it is staged, on the thread that stages it. */
    SiteExporter watchingThemeFiles(java.util.function.Consumer<String> watcher) {
        this.themeFiles = Objects.requireNonNull(watcher);
        return this;
    }

    /** Waits until the folder watch started after the last export has started (tests know what the next export asks). */
    void awaitFolderWatch() {
        if (lastState != null) {
            lastState.awaitWatch();
        }
    }

    /** How many files the last export looked at to learn which were as the one before left them (tests see the watch answer). */
    int filesLookedAt() {
        return lastState == null ? 0 : lastState.lookedAt();
    }

    /** How many records' views are kept for the next export (tests see what a one-off exporter keeps). */
    int viewsKept() {
        return views.size();
    }

    /** How many records' views the last export made rather than kept from the one before. */
    int viewsMade() {
        return views.made();
    }

    /** Whether the last export's site model took the publications from the one before (tests see the path taken). */
    boolean publicationsPatched() {
        return patched;
    }

    /** Whether the last export's site model took the news items from the one before as they were. */
    boolean newsKept() {
        return newsKept;
    }

    public ExportReport export(Portfolio portfolio, Path portfolioDir, ExportOptions options, Path outDir) {
        return export(portfolio, portfolioDir, options, outDir, done -> { });
    }

    /**
     * As {@link #export(Portfolio, Path, ExportOptions, Path)}, telling {@code progress} the share
     * of the work done (0 to 1) as pages are rendered. Interrupting the calling thread cancels the
     * export before anything is written.
     */
    public ExportReport export(Portfolio portfolio, Path portfolioDir, ExportOptions options, Path outDir,
                               DoubleConsumer progress) {
        return export(portfolio, portfolioDir, options, outDir, progress, OtherPortfolioSite.REFUSE);
    }

    /**
     * As {@link #export(Portfolio, Path, ExportOptions, Path, DoubleConsumer)}, doing with a site
     * made from another portfolio in {@code outDir} what {@code otherSite} says.
     */
    public ExportReport export(Portfolio portfolio, Path portfolioDir, ExportOptions options, Path outDir,
                               DoubleConsumer progress, OtherPortfolioSite otherSite) {
        return export(portfolio, null, portfolioDir, options, outDir, progress, otherSite);
    }

    /**
     * The report of exporting the portfolio file whose bytes hash to {@code fileHash}
     * ({@code files.ChangeCheck}) when that export would render and write nothing, without loading
     * the file: the last export into {@code outDir} was of these bytes with these options and
     * portfolio files, and the folder is as it left it. Empty when the portfolio must be exported.
     */
    public static Optional<ExportReport> unchangedFile(String fileHash, Path portfolioDir, ExportOptions options, Path outDir) {
        if (OutputFolder.refusal(outDir, portfolioDir).isPresent()) {
            return Optional.empty();
        }
        Optional<ExportState> state = ExportState.of(outDir);
        Optional<String> input = state.isEmpty() ? Optional.empty() : ExportState.fingerprint(fileHash, portfolioDir, options, outDir);
        return input.flatMap(i -> state.get().unchanged(i));
    }

    /**
     * As {@link #export(Portfolio, Path, ExportOptions, Path, DoubleConsumer)} for a portfolio loaded
     * from a file whose bytes hash to {@code fileHash}, noted so that {@link #unchangedFile} can
     * answer next time.
     */
    public ExportReport exportFile(Portfolio portfolio, String fileHash, Path portfolioDir, ExportOptions options, Path outDir) {
        return exportFile(portfolio, fileHash, portfolioDir, options, outDir, OtherPortfolioSite.REFUSE);
    }

    /** As {@link #exportFile(Portfolio, String, Path, ExportOptions, Path)}, doing with a site made from another portfolio what {@code otherSite} says. */
    public ExportReport exportFile(Portfolio portfolio, String fileHash, Path portfolioDir, ExportOptions options, Path outDir,
                                   OtherPortfolioSite otherSite) {
        return export(portfolio, Objects.requireNonNull(fileHash), portfolioDir, options, outDir, done -> { }, otherSite);
    }

    private ExportReport export(Portfolio portfolio, String fileHash, Path portfolioDir, ExportOptions options, Path outDir,
                                DoubleConsumer progress, OtherPortfolioSite otherSite) {
        List<Diagnostic> warnings = Collections.synchronizedList(new ArrayList<>());
        var refusal = OutputFolder.refusal(outDir, portfolioDir);
        if (refusal.isPresent()) {
            return ExportReport.failed(warnings, List.of(refusal.get()));
        }
        // Only the records this export asks about are remembered for the next one.
        records.nextExport();
        patched = false;
        newsKept = false;
        Optional<ExportState> state = stateOf(outDir);
        // Each file the last export noted is looked at beside the work below, not after it.
        ExecutorService lookers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "site-export-look");
            t.setDaemon(true);
            return t;
        });
        try {
            return export(portfolio, fileHash, portfolioDir, options, outDir, progress, otherSite, warnings, state,
                    state.map(s -> s.lookAtFiles(lookers, options.threads())).orElse(null));
        } finally {
            lookers.shutdownNow();
        }
    }

    private ExportReport export(Portfolio portfolio, String fileHash, Path portfolioDir, ExportOptions options, Path outDir,
                                DoubleConsumer progress, OtherPortfolioSite otherSite, List<Diagnostic> warnings,
                                Optional<ExportState> state, ExportState.FilesLook look) {
        // Same input as the export that made this folder, and the folder as it left it: nothing to do.
        // (The input names the portfolio folder: another portfolio's export never takes this way.)
        Optional<String> input = state.isEmpty() || canonical == null && fileHash == null ? Optional.empty()
                : fileHash != null ? ExportState.fingerprint(fileHash, portfolioDir, options, outDir)
                : fingerprint(portfolio, portfolioDir, options, outDir);
        if (input.isPresent()) {
            Optional<ExportReport> unchanged = state.get().unchanged(input.get(), look);
            if (unchanged.isPresent()) {
                progress.accept(1.0);
                return unchanged.get();
            }
        }
        Map<String, Long> pageKeys = new HashMap<>();
        OutputFolder out = new OutputFolder(outDir, MANIFEST, SiteOrigin.of(portfolioDir), SiteOrigin.formerOf(portfolioDir));
        try (OutputFolder.Staging staging = out.stage(outDir.equals(lastOut) ? lastManifest : null)) {
            // Told before a page is rendered: nothing is written, and the person is asked.
            if (otherSite == OtherPortfolioSite.REFUSE && staging.otherOrigin().isPresent()) {
                return ExportReport.otherPortfoliosSite(outDir);
            }
            List<OutputFile> files;
            try {
                files = render(portfolio, portfolioDir, options, outDir, state, look, pageKeys, warnings, progress, staging);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof DiskWriteException disk) {
                    return ExportReport.failed(warnings, List.of(disk.getMessage()));
                }
                return ExportReport.failed(warnings, List.of("the site could not be rendered: "
                        + (e.getCause() != null ? e.getCause() : e)));
            } catch (DiskWriteException e) {
                return ExportReport.failed(warnings, List.of(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                return ExportReport.failed(warnings, List.of("the site could not be rendered: " + e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExportReport.failed(warnings, List.of("the export was interrupted"));
            }
            List<String> foreign = staging.foreignFiles(files);
            if (!foreign.isEmpty()) {
                return ExportReport.failed(warnings, List.of("refusing to overwrite " + foreign.size()
                        + " file(s) in " + outDir + " that no earlier export wrote, e.g. " + foreign.get(0)));
            }
            // Should the commit fail half-way, nothing the last export left is trusted again.
            lastOut = null;
            state.ifPresent(ExportState::forget);
            OutputFolder.Result result = staging.commit(files);
            lastOut = outDir;
            lastManifest = staging.manifest();
            List<Diagnostic> distinct = List.copyOf(new java.util.LinkedHashSet<>(warnings));
            if (state.isPresent()) {
                state.get().record(input.orElse(null), files, distinct, pageKeys);
            }
            progress.accept(1.0);
            return new ExportReport(result.pagesWritten(), result.pagesUnchanged(), result.filesCopied(),
                    result.filesRemoved(), distinct, List.of());
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            return ExportReport.failed(warnings, List.of(DiskWriteException.of(outDir, io).getMessage()));
        }
    }

    /** The export state of {@code outDir}: the one the last export into it kept, else read afresh. */
    private Optional<ExportState> stateOf(Path outDir) {
        if (lastState != null && lastState.isFor(outDir)) {
            return Optional.of(lastState);
        }
        if (lastState != null) {
            lastState.close();
        }
        Optional<ExportState> state = ExportState.of(outDir);
        lastState = state.orElse(null);
        if (lastState != null && watchOutput) {
            lastState.watchFolder();
        }
        return state;
    }

    /**
     * Every file of the site; a page whose key ({@link PageKeys}) is the one the last export into
     * {@code outDir} noted, and whose file is as it left it, is {@link OutputFile#kept} instead of
     * rendered; a rendered page goes to {@code staging} at once, so its bytes are not kept.
     * {@code pageKeys} receives every page's key (none when they cannot be told).
     */
    private List<OutputFile> render(Portfolio portfolio, Path portfolioDir, ExportOptions options, Path outDir,
                                    Optional<ExportState> state, ExportState.FilesLook look, Map<String, Long> pageKeys,
                                    List<Diagnostic> warnings,
                                    DoubleConsumer progress, OutputFolder.Staging staging)
            throws IOException, InterruptedException, ExecutionException {
        SiteAssets assets = new SiteAssets(portfolioDir, warnings);
        PageTemplates templates = DefaultThemePages.SHARED;
        String requested = options.baseUrl().isBlank() ? portfolio.site().baseUrl() : options.baseUrl();
        if (!requested.isBlank() && SiteModelBuilder.normaliseBaseUrl(requested).isEmpty()) {
            warnings.add(Diagnostic.warning(FieldPath.parse("site.baseUrl"), "\"" + requested + "\" is not an http(s) address; feeds and cards use relative links"));
        } else if (requested.isBlank()) {
            warnings.add(Diagnostic.warning(FieldPath.parse("site.baseUrl"), "not set; the feed, the sitemap, canonical links"
                    + " and Google Scholar's PDF links (citation_pdf_url) need the site's address, so there are none;"
                    + " the 404 page works in the top folder only"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "site-export");
            t.setDaemon(true);
            return t;
        });
        List<OutputFile> files = new ArrayList<>();
        SiteModel site;
        try {
            // Needed to keep views for the next export, or to tell which pages the last one left as they
            // are; a one-off export into a folder with no export's state needs neither: no walk of the
            // portfolio folder and no keying of the profile and pages before the views start.
            OptionalLong siteKey = keepsForNext || state.isPresent() ? siteKey(portfolio, options, portfolioDir, outDir)
                    : OptionalLong.empty();
            ViewCache keptViews = null;
            if (siteKey.isPresent() && keepsForNext) {
                // Which sections exist decides where the views' links lead.
                views.nextExport(RecordKeys.combine(siteKey.getAsLong(), portfolio.publications().isEmpty() ? 0 : 1,
                        portfolio.news().isEmpty() ? 0 : 1));
                keptViews = views;
            }
            SiteModelBuilder builder = new SiteModelBuilder(portfolio, options, markdown, assets, warnings).keptIn(keptViews)
                    .withoutIndexEntries(!keepsForNext)
                    .after(keptViews == null ? null : lastPublications).afterNews(keptViews == null ? null : lastNews);
            lastPublications = null;
            lastNews = null;
            site = builder.build(pool);
            patched = builder.patched();
            newsKept = builder.newsKept();
            lastPublications = keptViews == null ? null : builder.publicationsPart();
            lastNews = keptViews == null ? null : builder.newsPart();
            List<Callable<OutputFile>> firstTasks = new ArrayList<>();
            List<Callable<OutputFile>> tasks = new ArrayList<>();
            bibtexPieces.nextExport();
            SiteRenderer renderer = keepsForNext ? new SiteRenderer(templates, bibtexPieces) : SiteRenderer.forOneExport(templates);
            // Into a folder with no manifest nothing can be kept: the keys, which then only the state noted
            // after the commit needs, are made by the pool as one of its tasks, not on this thread before the
            // pool starts with both page threads idle (the one-off export's largest piece of work with nothing
            // beside it). Not on this thread beside the pool either: three threads on two cores while the
            // pages' code was still interpreted cost the process more processor time (4844634d).
            boolean keysBeside = state.isPresent() && siteKey.isPresent() && !state.get().mayKeepFiles();
            if (state.isPresent() && siteKey.isPresent() && !keysBeside) {
                pageKeys(site, renderer, siteKey.getAsLong(), pageKeys);
            }
            Map<String, Boolean> kept = pageKeys.isEmpty() ? Map.of() : state.get().keptFiles(pageKeys, look);
            List<SiteRenderer.Planned> planned = renderer.plan(site, kept);
            // Kept files go straight into the list: only the files to render are handed to the pool.
            OutputFile[] inOrder = new OutputFile[planned.size()];
            int toRender = (int) planned.stream().filter(p -> p.kept() == null).count();
            Rendering rendering = new Rendering(staging, renders, inOrder, toRender, progress);
            Set<String> early = startingEarly(site);
            for (int i = 0; i < inOrder.length; i++) {
                SiteRenderer.Planned file = planned.get(i);
                if (file.kept() != null) {
                    inOrder[i] = file.kept();
                    continue;
                }
                // The files made whole by one thread go first, not last, where the other thread
                // would wait for them with no page left to render.
                (early.contains(file.path()) ? firstTasks : tasks).add(rendering.new Task(file, i));
            }
            List<Future<?>> done = new ArrayList<>(firstTasks.size() + tasks.size() + 1);
            for (Callable<OutputFile> task : firstTasks) {
                done.add(pool.submit(task));
            }
            if (keysBeside) {
                // After the files one thread makes whole, before the pages: a share of the work like the others.
                done.add(pool.submit(new KeysTask(site, renderer, siteKey.getAsLong(), pageKeys)));
            }
            for (Callable<OutputFile> task : tasks) {
                done.add(pool.submit(task));
            }
            // The theme's files are read, checked and staged by the pool after the pages, as the pages are, not by
            // this thread after the pool is done: there this thread works alone, and the commit started the common
            // fork-join pool (a thread of its own) to check three small files (BENCHMARKS.md, session 37).
            OutputFile[] theme = new OutputFile[THEME_ASSETS.size()];
            for (int i = 0; i < theme.length; i++) {
                done.add(pool.submit(new ThemeFileTask(staging, options.theme(), i, theme, themeFiles)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            files.addAll(java.util.Arrays.asList(inOrder));
            files.addAll(java.util.Arrays.asList(theme));
        } finally {
            pool.shutdownNow();
            awaitUninterruptibly(pool);
        }
        files.addAll(assets.copiedFiles());
        return files;
    }

    /**
     * The files the pool gets before the pages: those one thread makes whole ({@link #SINGLE_HANDED}), and the extra
     * pages. An extra page with a heading or a table has its description read through jsoup's parse, whose first
     * use in a process is ~20 ms of one thread's processor time (its classes set up, its selector parser run
     * interpreted); planned after the news items, it was the pool's last task, on one thread while the other had none
     * left (BENCHMARKS.md, session 37).
     */
    private static Set<String> startingEarly(SiteModel site) {
        Set<String> early = new java.util.HashSet<>(SINGLE_HANDED);
        for (String slug : site.pages().keySet()) {
            early.add(Routes.page(slug));
        }
        return early;
    }

    /**
     * What one export's render tasks share. Each task is an object of a class of its own, not a lambda: a lambda capturing
     * the nine values a task needs was linked through a method-handle class spun at run time (no class archive holds
     * one of that shape), on the main thread as the pages began (BENCHMARKS.md, session 33).
     */
    private static final class Rendering {
        private final OutputFolder.Staging staging;
        private final java.util.function.Consumer<String> renders;
        private final OutputFile[] inOrder;
        private final int toRender;
        private final DoubleConsumer progress;
        private final AtomicInteger rendered = new AtomicInteger();
        // Told once per whole percent, not once per file: the editor hands every report to the
        // UI thread, which would get 11,000 tasks per export at 10,000 publications.
        private final AtomicInteger percentTold = new AtomicInteger();

        Rendering(OutputFolder.Staging staging, java.util.function.Consumer<String> renders, OutputFile[] inOrder, int toRender,
                  DoubleConsumer progress) {
            this.staging = staging;
            this.renders = renders;
            this.inOrder = inOrder;
            this.toRender = toRender;
            this.progress = progress;
        }

        /** One file rendered and staged, put in its place in the list. */
        final class Task implements Callable<OutputFile> {
            private final SiteRenderer.Planned file;
            private final int at;

            Task(SiteRenderer.Planned file, int at) {
                this.file = file;
                this.at = at;
            }

            @Override
            public OutputFile call() throws Exception {
                OutputFile written = staging.add(file.render().call());
                renders.accept(written.path());
                inOrder[at] = written;
                // Rendering is most of the work; writing takes the last tenth.
                int percent = (int) (90L * rendered.incrementAndGet() / toRender);
                int told = percentTold.get();
                if (percent > told && percentTold.compareAndSet(told, percent)) {
                    progress.accept(percent / 100.0);
                }
                return written;
            }
        }
    }

    /** One of the theme's files ({@link #THEME_ASSETS}) read from the jar and staged, as one of the pool's tasks. */
    private static final class ThemeFileTask implements Callable<OutputFile> {
        private final OutputFolder.Staging staging;
        private final String theme;
        private final int at;
        private final OutputFile[] into;
        private final java.util.function.Consumer<String> watcher;

        ThemeFileTask(OutputFolder.Staging staging, String theme, int at, OutputFile[] into,
                      java.util.function.Consumer<String> watcher) {
            this.staging = staging;
            this.theme = theme;
            this.at = at;
            this.into = into;
            this.watcher = watcher;
        }

        @Override
        public OutputFile call() throws IOException {
            String path = THEME_ASSETS.get(at);
            OutputFile staged = staging.add(new OutputFile(path, themeResource(theme, path), false));
            watcher.accept(path);
            into[at] = staged;
            return staged;
        }
    }

    /** The page keys made as one of the pool's tasks ({@link #pageKeys}); a class, not a lambda capturing four values. */
    private final class KeysTask implements Runnable {
        private final SiteModel site;
        private final SiteRenderer renderer;
        private final long siteKey;
        private final Map<String, Long> into;

        KeysTask(SiteModel site, SiteRenderer renderer, long siteKey, Map<String, Long> into) {
            this.site = site;
            this.renderer = renderer;
            this.siteKey = siteKey;
            this.into = into;
        }

        @Override
        public void run() {
            pageKeys(site, renderer, siteKey, into);
        }
    }

    /**
     * Waits for the render tasks still running after an interruption or a failure: each writes its
     * page into the staging folder, which is removed once this returns, and must not be made again.
     */
    private static void awaitUninterruptibly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The whole input's fingerprint from the records' keys, each record walked only when the last
     * export did not see it; from the canonical form when a record cannot be keyed.
     */
    private Optional<String> fingerprint(Portfolio portfolio, Path portfolioDir, ExportOptions options, Path outDir) {
        long key;
        try {
            key = PageKeys.portfolioKey(portfolio, records);
        } catch (IllegalArgumentException e) {
            return ExportState.fingerprint(canonical, portfolio, portfolioDir, options, outDir);
        }
        return ExportState.fingerprint(key, portfolioDir, options, outDir);
    }

    /**
     * Each page's key into {@code into}, or none when the pages cannot be keyed (then every page is
     * rendered); patched from the last export's keys when few records' views changed.
     */
    private void pageKeys(SiteModel site, SiteRenderer renderer, long siteKey, Map<String, Long> into) {
        PageKeys last = lastPageKeys;
        Map<String, Long> lastFiles = lastFileKeys;
        // Taken over by the new keys: never used twice, and forgotten should anything fail.
        lastPageKeys = null;
        lastFileKeys = null;
        try {
            PageKeys keys = new PageKeys(site, siteKey, records, lastFiles == null ? null : last);
            if (keys.patched()) {
                renderer.keys(site, keys, lastFiles, into);
            } else {
                into.putAll(renderer.keys(site, keys));
            }
            if (keepsForNext) {
                lastPageKeys = keys;
                lastFileKeys = into;
            }
        } catch (RuntimeException e) {
            into.clear();
        }
    }

    /**
     * The key of everything but the publications and news items ({@link PageKeys#siteKey}), or none
     * when the input cannot be keyed (then every view is made and every page rendered).
     */
    private OptionalLong siteKey(Portfolio portfolio, ExportOptions options, Path portfolioDir, Path outDir) {
        try {
            Optional<String> listing = ExportState.folderListing(portfolioDir, outDir);
            if (listing.isEmpty()) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(PageKeys.siteKey(portfolio, records, List.of(ExportState.BUILD, options.toString(), listing.get())));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    static byte[] themeResource(String theme, String path) throws IOException {
        String name = DefaultThemePages.THEMES + theme + "/" + path;
        try (InputStream in = SiteExporter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the theme " + theme + " has no " + path);
            }
            return in.readAllBytes();
        }
    }
}
