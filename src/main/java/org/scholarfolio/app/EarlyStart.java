package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SitePage;
import org.scholarfolio.ui.PortfolioFiles;
import org.scholarfolio.ui.YieldingThreads;

/**
 * Work for the first window that needs no toolkit, started before JavaFX starts: reading the
 * portfolio to open and rendering its page once (loading the site's templates, Markdown and theme
 * code). On two cores this runs beside the toolkit's own start instead of after it, so the editor's
 * form and preview are ready about when the window is. The window then takes the portfolio read here
 * ({@link #files}) and renders its preview with the warmed-up renderer ({@link #preview}).
 */
final class EarlyStart {
    private final Path toOpen;
    private final PortfolioFiles files;
    private final CompletableFuture<PortfolioFiles.Opened> opened = new CompletableFuture<>();
    private final CompletableFuture<PagePreview> preview = new CompletableFuture<>();
    /** The warm-up's page when it rendered the portfolio read, as it is, until the window's first render. */
    private final AtomicReference<PageAhead> pageAhead = new AtomicReference<>();

    /** The home page of {@code portfolio} in {@code folder}. */
    private record PageAhead(Portfolio portfolio, Path folder, String html) {
    }

    private EarlyStart(Path toOpenOrNull, PortfolioFiles files) {
        this.toOpen = toOpenOrNull;
        this.files = files;
    }

    /** Starts reading {@code toOpenOrNull} (nothing to read: only the renderer) on a thread of its own. */
    static EarlyStart begin(Path toOpenOrNull, PortfolioFiles files) {
        EarlyStart early = new EarlyStart(toOpenOrNull, files);
        Thread t = new Thread(early::run, "scholarfolio-early-start");
        t.setDaemon(true);
        // The read goes on while the window draws its first frames; on two cores it and the second part's
        // thread (made from this one, with its priority) had the JavaFX thread wait for a core: 306 ms
        // between two frames of the first second, 74 of them on a core (100,000 publications). Where the
        // runtime applies Java's priorities (the app image's on Linux: packaging/build-bundle.sh), a core
        // the JavaFX thread wants goes to it first; the read still has every core the window leaves. The person
        // waits for it: nice 4, not the 19 of work no one waits for (YieldingThreads).
        t.setPriority(YieldingThreads.AWAITED);
        t.start();
        return early;
    }

    private void run() {
        PagePreview pages = PagePreview.inTemporaryFolder();
        try {
            if (toOpen != null) {
                // Measured only when asked: JMX's classes are no part of a start otherwise.
                boolean timed = "true".equals(System.getProperty(StartupTiming.PROPERTY));
                long start = System.nanoTime();
                long startCpu = timed ? threadCpuNanos() : 0;
                long uptimeAtStart = timed ? java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() : 0;
                PortfolioFiles.Opened o = files.open(toOpen);
                opened.complete(o);
                if (timed) {
                    printTiming(start, startCpu, uptimeAtStart);
                }
                // The page the window shows first: what it renders again then is already compiled.
                Portfolio sample = warmUpSample(o.portfolio());
                Path folder = o.file().toAbsolutePath().getParent();
                String html = pages.render(sample, folder, SitePage.home());
                if (sample == o.portfolio()) {
                    // The whole portfolio: the window's first render of it is this page.
                    pageAhead.set(new PageAhead(sample, folder, html));
                }
            } else {
                opened.complete(null);
            }
        } catch (IOException | RuntimeException e) {
            // The window opens the file itself and reports what is wrong; the render is only a warm-up.
            opened.complete(null);
        } finally {
            preview.complete(pages);
        }
    }

    /**
     * With {@code -Dscholarfolio.startupTiming=true}: the start-up open's read, from its start to the
     * portfolio built (wall, this thread's processor time) and the JVM's uptime when it began, so that
     * the open an editor is started on can be set beside a later open ({@code bench/startup-open.sh}).
     */
    private static void printTiming(long start, long startCpu, long uptimeAtStart) {
        System.out.printf("start-up open: read in %d ms (its thread's processor time %d ms), begun %d ms after the JVM's start%n",
                (System.nanoTime() - start) / 1_000_000, (threadCpuNanos() - startCpu) / 1_000_000, uptimeAtStart);
    }

    private static long threadCpuNanos() {
        long nanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        return Math.max(nanos, 0);
    }

    /** Records of each list the warm-up render keeps: enough for every template and renderer to run. */
    static final int WARM_UP_RECORDS = 64;

    /**
     * The part of {@code portfolio} the warm-up renders: its profile, settings and pages, the
     * publications the home page shows (selected) and the first others, the first news items, at
     * most {@link #WARM_UP_RECORDS} of each. Its page is thrown away, and the window's own render builds
     * every record's views anyway: warming up on all 10,000 publications built the site model twice
     * at open, 2.5 GB of garbage that made the collector grow the heap past 1 GB.
     */
    static Portfolio warmUpSample(Portfolio portfolio) {
        List<Publication> all = portfolio.publications();
        List<NewsItem> news = portfolio.news();
        if (all.size() <= WARM_UP_RECORDS && news.size() <= WARM_UP_RECORDS) {
            return portfolio;
        }
        List<Publication> sample = new ArrayList<>(WARM_UP_RECORDS);
        for (Publication p : all) {
            if (p.selected() && sample.size() < WARM_UP_RECORDS / 2) {
                sample.add(p);
            }
        }
        for (Publication p : all) {
            if (sample.size() >= WARM_UP_RECORDS) {
                break;
            }
            if (!p.selected()) {
                sample.add(p);
            }
        }
        return portfolio.withPublications(List.copyOf(sample))
                .withNews(List.copyOf(news.subList(0, Math.min(news.size(), WARM_UP_RECORDS))));
    }

    /** Runs {@code then} (on the reading thread, or here if done) once the read has ended, whatever its outcome. */
    void whenRead(Runnable then) {
        opened.whenComplete((o, failed) -> then.run());
    }

    /** The portfolio to open first, when one was named. */
    Path toOpen() {
        return toOpen;
    }

    /**
     * Files that answer the first open of the portfolio read here with what was read (waiting for it
     * when it is still being read); everything else goes to {@code files} itself.
     */
    PortfolioFiles files() {
        return new PortfolioFiles() {
            private boolean taken;

            @Override
            public Opened open(Path folderOrJson) throws IOException {
                synchronized (this) {
                    if (!taken && toOpen != null && folderOrJson.equals(toOpen)) {
                        taken = true;
                        try {
                            Opened early = opened.join();
                            if (early != null) {
                                return early;
                            }
                        } catch (CompletionException e) {
                            // Read again below, where the failure is reported.
                        }
                    }
                }
                return files.open(folderOrJson);
            }

            /** Only a look (a comparison): the default, an open, would take the file as seen, and the next save would overwrite it unasked. */
            @Override
            public Portfolio look(Path jsonFile) throws IOException {
                return files.look(jsonFile);
            }

            @Override
            public void save(Path jsonFile, Portfolio portfolio) throws IOException {
                files.save(jsonFile, portfolio);
            }

            /** The default says "never changed": the window would not notice another program's change while open. */
            @Override
            public boolean changedOnDisk(Path jsonFile) throws IOException {
                return files.changedOnDisk(jsonFile);
            }

            @Override
            public void overwrite(Path jsonFile, Portfolio portfolio) throws IOException {
                files.overwrite(jsonFile, portfolio);
            }
        };
    }

    /**
     * The home page the warm-up rendered, when {@code portfolio} is the very portfolio read here (no
     * edit since) in the same folder; else null. A small portfolio's warm-up renders all of it, and
     * the window rendered that page again, twice (once for the portfolio the open set, once as the
     * open ended). Kept until a render of another portfolio in a folder (an edit, another open), so
     * that a long page is not held for long; the window's render of its empty portfolio before the
     * open is taken keeps it.
     */
    String takePageAhead(Portfolio portfolio, Path folder, SitePage page) {
        PageAhead ahead = pageAhead.get();
        if (ahead == null) {
            return null;
        }
        if (ahead.portfolio() == portfolio && ahead.folder().equals(folder)) {
            return page.kind() == SitePage.Kind.HOME ? ahead.html() : null;
        }
        if (folder != null) {
            pageAhead.compareAndSet(ahead, null);
        }
        return null;
    }

    /** The preview's renderer, once its warm-up render is done (never used by two threads at once). */
    CompletableFuture<PagePreview> preview() {
        return preview;
    }
}
