package org.scholarfolio.app;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.DocumentIo;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14's size point in the editor: open, type into one field, save and export a portfolio with
 * 100,000 publications, a paper with 5,000 authors, a 10 MB bio or a 200 MB PDF, in the editor's
 * window with its live preview (the site's own renderer), recording for each step the time until
 * it is done and the longest gap between two frames of the JavaFX thread (a pulse watchdog; over
 * 100 ms is a visible stall), and the process's peak resident memory. Not a test: run by
 * {@code bench/size-point.sh}, which also makes the inputs ({@code make DIR}) and times the
 * command line on them.
 * <ul>
 * <li>{@code make DIR}: writes the four portfolios into DIR/publications-100000, DIR/authors-5000,
 * DIR/bio-10mb and DIR/pdf-200mb (the PDF is a sparse file);</li>
 * <li>{@code editor PORTFOLIO_DIR OUT_DIR}: the editor's steps on one of them (open, keys, save, the saved
 * file reopened, the file changed by another program and reloaded, a minute left alone, export);</li>
 * <li>{@code floor}: the window's first second alone, with one WebView and a short page in the
 * editor's place (issue 13's floor), started as the editor is: what the toolkit and WebKit cost
 * any window, to set beside the editor's own first second.</li>
 * </ul>
 */
public final class SizePointBenchmark {
    private SizePointBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("make")) {
            make(Path.of(args[1]));
        } else if (args.length == 2 && args[0].equals("preview")) {
            preview(Integer.parseInt(args[1]));
        } else if (args.length == 3 && args[0].equals("problems")) {
            problems(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 3 && args[0].equals("editor")) {
            editor(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 1 && args[0].equals("floor")) {
            floor();
        } else {
            System.err.println("usage: make DIR | editor PORTFOLIO_DIR OUT_DIR | floor | problems PUBLICATIONS CHANGES | preview ROUNDS");
            System.exit(2);
        }
    }

    static void make(Path dir) throws IOException {
        Portfolio small = PortfolioGenerator.generate(20, 10, 1L);
        PortfolioStore.save(Files.createDirectories(dir.resolve("publications-100000")),
                PortfolioGenerator.generate(100_000, 1_000, 1L));

        List<Author> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(Author.of("Given" + i, "Family" + i));
        }
        PortfolioStore.save(Files.createDirectories(dir.resolve("authors-5000")),
                withPublication(small, 0, b -> b.authors(many)));

        StringBuilder bio = new StringBuilder();
        for (int i = 0; bio.length() < 10_000_000; i++) {
            bio.append("Paragraph ").append(i).append(" of a long biography with *emphasis* and a [link](https://example.org).\n\n");
        }
        PortfolioStore.save(Files.createDirectories(dir.resolve("bio-10mb")),
                small.withProfile(small.profile().toBuilder().bio(bio.toString()).build()));

        Path pdfFolder = Files.createDirectories(dir.resolve("pdf-200mb"));
        Files.createDirectories(pdfFolder.resolve("assets/pdf"));
        try (RandomAccessFile pdf = new RandomAccessFile(pdfFolder.resolve("assets/pdf/big.pdf").toFile(), "rw")) {
            pdf.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            pdf.setLength(200L * 1024 * 1024);
        }
        PortfolioStore.save(pdfFolder, withPublication(small, 0,
                b -> b.links(small.publications().get(0).links().with(LinkKind.PDF, "assets/pdf/big.pdf"))));
    }

    /**
     * A 10 MB bio's page for the preview, rendered whole (as before) and as the preview renders it
     * now (in part, around the change: {@code PreviewViewModel}), alternating in this JVM, each
     * round after a key typed at the bio's end; prints each time and the size of the page.
     */
    static void preview(int rounds) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 10_000_000; i++) {
            text.append("Paragraph ").append(i).append(" of a long biography with *emphasis* and a [link](https://example.org).\n\n");
        }
        PagePreview pages = new PagePreview(MarkdownRenderer.shared(), Files.createTempDirectory("size-point-preview"));
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(),
                Portfolio.empty().withProfile(Portfolio.empty().profile().toBuilder().bio(text.toString()).build()), null);
        var vm = new org.scholarfolio.ui.preview.PreviewViewModel(editor,
                (p, t) -> pages.render(p, null, org.scholarfolio.site.SitePage.home()));
        vm.update();
        for (int round = 1; round <= rounds; round++) {
            char typed = (char) ('a' + round);
            editor.edit("bio", p -> p.withProfile(p.profile().toBuilder().bio(p.profile().bio() + typed).build()));
            long t0 = System.nanoTime();
            String whole = pages.render(editor.portfolio(), null, org.scholarfolio.site.SitePage.home());
            long t1 = System.nanoTime();
            vm.update();
            long t2 = System.nanoTime();
            System.out.printf("round %d (load %s): whole bio %,d ms, %,d characters of page; in part %,d ms, %,d characters (%.0f x less time)%n",
                    round, Files.readString(Path.of("/proc/loadavg")).substring(0, 14), (t1 - t0) / 1_000_000, whole.length(),
                    (t2 - t1) / 1_000_000, vm.htmlProperty().get().length(), (double) (t1 - t0) / (t2 - t1));
        }
    }

    /**
     * The problems check after one keystroke into a title, the whole portfolio checked again (as
     * before) and only the changed record ({@link org.scholarfolio.model.validation.IncrementalValidator}),
     * alternating change by change in this JVM; prints the median of each and their ratio.
     */
    static void problems(int publications, int changes) {
        Portfolio p = PortfolioGenerator.generate(publications, publications / 2, 1L);
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        var incremental = new org.scholarfolio.model.validation.IncrementalValidator();
        incremental.check(p, folder);
        List<Long> whole = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        int middle = publications / 2;
        for (int i = 0; i < changes; i++) {
            char typed = (char) ('a' + i % 26);
            Portfolio current = p;
            Portfolio next = withPublication(current, middle,
                    b -> b.text(PublicationField.TITLE, current.publications().get(middle).title() + typed));
            long t0 = System.nanoTime();
            var a = org.scholarfolio.model.validation.PortfolioValidator.validate(next, folder);
            long t1 = System.nanoTime();
            var b = incremental.check(next, folder);
            long t2 = System.nanoTime();
            if (!a.equals(b)) {
                throw new IllegalStateException("the two checks differ");
            }
            whole.add(t1 - t0);
            kept.add(t2 - t1);
            p = next;
        }
        whole.sort(null);
        kept.sort(null);
        double w = whole.get(changes / 2) / 1e6;
        double k = kept.get(changes / 2) / 1e6;
        System.out.printf("%,d publications, %d changes: whole check median %.2f ms, incremental median %.3f ms (%.0f x less)%n",
                publications, changes, w, k, w / k);
    }

    private static Portfolio withPublication(Portfolio p, int i, UnaryOperator<Publication.Builder> change) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.set(i, change.apply(pubs.get(i).toBuilder()).build());
        return p.withPublications(pubs);
    }

    static void editor(Path portfolio, Path out) throws Exception {
        startTheToolkitAsTheLauncherDoes();
        boolean bio = portfolio.getFileName().toString().startsWith("bio");
        PulseWatchdog watchdog = new PulseWatchdog();
        watchCollectionsAsTheLauncherDoes();
        ExecutorService fileThread = Executors.newSingleThreadExecutor();
        ExecutorService background = Executors.newSingleThreadExecutor();
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        DocumentIo io = new DocumentIo(editor, fileThread, Platform::runLater);
        Path staging = Files.createTempDirectory("size-point-preview");
        SitePreviewRenderer preview = new SitePreviewRenderer(new PagePreview(MarkdownRenderer.shared(), staging),
                () -> editor.fileProperty().get() == null ? null : editor.fileProperty().get().toAbsolutePath().getParent());
        MainView[] views = new MainView[1];
        onFx(() -> {
            // -Dpreview=off: the window without its preview, to tell the WebView's share of a stall.
            MainView view = new MainView(editor, new SimpleBooleanProperty(false),
                    "off".equals(System.getProperty("preview")) ? null : preview, io);
            view.checkProblemsOn(background, Platform::runLater);
            asTheAppDoes(view);
            views[0] = view;
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), 1280, 800));
            stage.show();
            view.showSection(bio ? Section.PROFILE : Section.PUBLICATIONS);
            watchdog.start();
            watchdog.reset();
        });
        // The app opens the last portfolio as soon as its window is up: -Dopen.after=0 does the same;
        // by default the window has a second first, reported as a step of its own (the empty page,
        // and whatever the preview does first, fall in it).
        watchTheWindowsFirstSecond("window shown, before the open", watchdog);
        MainView view = views[0];

        // The frames are watched on for a while after the open's render: WebKit loads the page after it.
        step("open (until the preview shows it)", Long.getLong("open.settle", 1_500), watchdog, done -> io.open(portfolio,
                f -> whenPreviewed(view, editor, done), e -> {
                    throw new IllegalStateException(e);
                }));
        Thread.sleep(2_000);

        // -Dinto=field types as a key does, into the form's field (the bio; the first author's family
        // name); by default each key is a new value set from outside, as an Undo or a recovery is.
        boolean intoField = "field".equals(System.getProperty("into"));
        java.util.function.Consumer<String>[] typeKey = new java.util.function.Consumer[1];
        javafx.scene.Node[] bioEditor = new javafx.scene.Node[1];
        if (intoField) {
            // The field may still wait for the form's part built after the first content (a loaded machine).
            String field = bio ? "#profile-bio" : "#authors-table";
            for (int tries = 0; tries < 600 && WaitForAsyncUtils.asyncFx(() -> view.root().lookup(field) == null)
                    .get(1, TimeUnit.MINUTES); tries++) {
                Thread.sleep(100);
            }
            onFx(() -> {
                javafx.scene.Node root = view.root();
                if (bio) {
                    var area = (org.scholarfolio.ui.form.ParagraphTextArea) root.lookup("#profile-bio");
                    area.end();
                    typeKey[0] = area::replaceSelection;
                    bioEditor[0] = area.editor();
                } else {
                    ((javafx.scene.control.TableView<?>) root.lookup("#publications-table")).getSelectionModel().select(0);
                    root.applyCss();
                    ((javafx.scene.control.TableView<?>) root.lookup("#authors-table")).getSelectionModel().select(0);
                    var family = (javafx.scene.control.TextField) root.lookup("#author-family");
                    family.end();
                    typeKey[0] = family::replaceSelection;
                }
            });
            // A 10 MB value is built into the field's area off the JavaFX thread; keys wait for it, as a person's do.
            for (int tries = 0; bio && tries < 600 && !WaitForAsyncUtils.asyncFx(
                    () -> bioEditor[0] instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> a && a.isEditable())
                    .get(1, TimeUnit.MINUTES); tries++) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000);
        }
        onFx(watchdog::reset);
        stepStart = ThreadSchedStats.now();
        long start = System.nanoTime();
        int keys = Integer.getInteger("keys", 10);
        for (int key = 0; key < keys; key++) {
            char typed = (char) ('a' + key % 26);
            onFx(() -> {
                if (intoField) {
                    typeKey[0].accept(String.valueOf(typed));
                } else {
                    editor.edit(bio ? "bio" : "title", p -> bio
                            ? p.withProfile(p.profile().toBuilder().bio(p.profile().bio() + typed).build())
                            : withPublication(p, 0, b -> b.text(PublicationField.TITLE, p.publications().get(0).title() + typed)));
                }
            });
            Thread.sleep(16);
        }
        awaitTypingTaken();
        CompletableFuture<Void> previewed = new CompletableFuture<>();
        onFx(() -> whenPreviewed(view, editor, () -> previewed.complete(null)));
        previewed.get(30, TimeUnit.MINUTES);
        report("typing " + keys + " keys " + (intoField ? "into the field " : "") + "(until the preview shows the last)", System.nanoTime() - start, watchdog);

        step("save", 300, watchdog, done -> io.save(editor.fileProperty().get(), p -> done.run(), e -> {
            throw new IllegalStateException(e);
        }));

        // The saved file opened again: equal content, another document (-Dreopen=off leaves it out).
        if (!"off".equals(System.getProperty("reopen"))) {
            step("reopen (the saved file, until the preview shows it)", Long.getLong("open.settle", 1_500), watchdog,
                    done -> io.open(portfolio, f -> whenPreviewed(view, editor, done), e -> {
                        throw new IllegalStateException(e);
                    }));
        }

        // Another program changes the file; the person chooses Reload (-Dreload=off leaves it out).
        if (!"off".equals(System.getProperty("reload"))) {
            Path file = editor.fileProperty().get();
            Portfolio theirs = WaitForAsyncUtils.asyncFx(editor::portfolio).get(1, TimeUnit.MINUTES);
            // A text no earlier run wrote: builds before the reload's own step took equal content as no change.
            String changed = "changed elsewhere at " + java.time.Instant.now();
            PortfolioStore.save(file, bio
                    ? theirs.withProfile(theirs.profile().toBuilder().bio(theirs.profile().bio() + " " + changed).build())
                    : withPublication(theirs, 1, b -> b.text(PublicationField.TITLE, changed)));
            Thread.sleep(2_000);
            step("reload (the file another program changed, until the preview shows it)", Long.getLong("open.settle", 1_500),
                    watchdog, done -> reload(io, editor, () -> whenPreviewed(view, editor, done)));
        }

        // The window left alone (-Didle=SECONDS, 0: not): the periodic collections' pauses, with no frames asked for.
        long idleSeconds = Long.getLong("idle", 60);
        if (idleSeconds > 0) {
            idle(idleSeconds, watchdog);
        }

        // -Dexport=off leaves the export out (at 100,000 publications it takes minutes on a busy machine).
        if (!"off".equals(System.getProperty("export"))) {
            SiteExporter exporter = new SiteExporter(PortfolioStore::writeJson);
            Portfolio snapshot = editor.portfolio();
            step("export (on a thread of its own)", 300, watchdog, done -> background.execute(() -> {
                exporter.export(snapshot, portfolio, new ExportOptions("", java.time.LocalDate.now(), "default", 1), out);
                done.run();
            }));
        }
        System.out.printf("peak resident memory of the editor's process: %,d MB%n", peakRssMb());
        fileThread.shutdown();
        background.shutdown();
        Platform.exit();
        System.exit(0);
    }

    /** The window just shown left alone for {@code -Dopen.after} ms (default 1,000; 0: not), its frames reported as the step {@code what}. */
    private static void watchTheWindowsFirstSecond(String what, PulseWatchdog watchdog) throws InterruptedException {
        long settle = Long.getLong("open.after", 1_000);
        long shown = System.nanoTime();
        stepStart = ThreadSchedStats.now();
        Thread.sleep(settle);
        if (settle > 0) {
            report(what + " (" + settle + " ms)", System.nanoTime() - shown, watchdog);
        }
    }

    /** The toolkit started with the editor's rendering, page loader and WebKit library load. */
    private static void startTheToolkitAsTheLauncherDoes() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
        System.setProperty("prism.order", "sw");
        // WebKit's page loader as the app's launcher sets it for the editor: its default one builds an
        // HTTP client (TLS set-up included) on the JavaFX thread at the first page, which users' editors never do.
        Launcher.useWebKitsPlainLoader();
        loadWebKitAsTheLauncherDoes();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(2, TimeUnit.MINUTES);
    }

    /**
     * The floor's first second: a window of the editor's size holding one WebView with a short page
     * (as {@link FirstFrameFloor}), watched as the editor's window is before its open. Its long
     * frames are the toolkit's and WebKit's first layout and paint, which every window pays.
     */
    static void floor() throws Exception {
        startTheToolkitAsTheLauncherDoes();
        PulseWatchdog watchdog = new PulseWatchdog();
        watchCollectionsAsTheLauncherDoes();
        onFx(() -> {
            javafx.scene.web.WebView web = new javafx.scene.web.WebView();
            Stage stage = new Stage();
            stage.setScene(new Scene(web, 1280, 800));
            stage.show();
            web.getEngine().loadContent("<!DOCTYPE html><html><body><h1>Ada Lovelace</h1><p>A page.</p></body></html>");
            watchdog.start();
            watchdog.reset();
        });
        watchTheWindowsFirstSecond("floor: window shown", watchdog);
        Platform.exit();
        System.exit(0);
    }

    /**
     * The launcher's watch over the periodic collections ({@code cli.IdleCollections}), where the
     * build has it: looked up by name so that this runs on builds from before it too.
     */
    private static void watchCollectionsAsTheLauncherDoes() {
        try {
            Class.forName("org.scholarfolio.cli.IdleCollections").getMethod("watch").invoke(null);
        } catch (ClassNotFoundException before) {
            // a build whose periodic collections run on for ever
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * WebKit's library (and the WebView's classes) loaded from before the toolkit starts, as the
     * editor's launcher does where the build has it ({@code WebKitLibrary.loadInBackground}, public):
     * looked up by name so that this runs on builds from before it too, which load it when the
     * preview is built.
     */
    private static void loadWebKitAsTheLauncherDoes() {
        try {
            Class.forName("org.scholarfolio.ui.preview.WebKitLibrary").getMethod("loadInBackground").invoke(null);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException before) {
            // a build whose preview starts the load when it is built
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The app's settings of the window that tests leave at their defaults, where the build has them:
     * looked up by name so that this runs on builds from before them too.
     */
    private static void asTheAppDoes(MainView view) {
        try {
            MainView.class.getMethod("buildFormsAFrameAfterTheirTables", boolean.class).invoke(view, true);
        } catch (NoSuchMethodException before) {
            // a build whose list screens make their table and form in one frame
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reload as the changed-on-disk question's Reload does it: read on the file thread where the
     * build can ({@code DocumentIo.reload}), else on the JavaFX thread as builds before that did
     * ({@code EditorViewModel.reloadFromDisk}); looked up by name so that this runs on both.
     */
    private static void reload(DocumentIo io, EditorViewModel editor, Runnable done) {
        try {
            java.util.function.Consumer<IOException> failed = e -> {
                throw new IllegalStateException(e);
            };
            try {
                // Builds that compare on the file thread say whether anything changed.
                java.util.function.Consumer<Boolean> changed = c -> done.run();
                DocumentIo.class.getMethod("reload", java.util.function.Consumer.class, java.util.function.Consumer.class)
                        .invoke(io, changed, failed);
            } catch (NoSuchMethodException olderBuild) {
                try {
                    DocumentIo.class.getMethod("reload", Runnable.class, java.util.function.Consumer.class).invoke(io, done, failed);
                } catch (NoSuchMethodException before) {
                    EditorViewModel.class.getMethod("reloadFromDisk").invoke(editor);
                    done.run();
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Leaves the window alone for {@code seconds}: the frame watchdog stops (it asks for a frame at
     * every pulse, which an idle window does not), and a task posted to the JavaFX thread every 20 ms
     * measures how long a key typed at any moment would have waited. Prints the longest gap between
     * two of its runs, every gap over 50 ms (at the JVM's uptime, to match a -Xlog:gc log), the
     * collections in the time and the periodic collections' interval at its end.
     */
    private static void idle(long seconds, PulseWatchdog watchdog) throws Exception {
        onFx(watchdog::stop);
        stepStart = ThreadSchedStats.now();
        long uptimeZero = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        long[] last = {System.nanoTime()};
        long[] longest = {0};
        List<String> gaps = new ArrayList<>();
        var collectors = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
        long collectionsBefore = collectors.stream().mapToLong(c -> c.getCollectionCount()).sum();
        var probe = Executors.newSingleThreadScheduledExecutor();
        probe.scheduleAtFixedRate(() -> Platform.runLater(() -> {
            long now = System.nanoTime();
            long gap = now - last[0];
            longest[0] = Math.max(longest[0], gap);
            if (gap > TimeUnit.MILLISECONDS.toNanos(50)) {
                gaps.add(String.format("at %.3f s %,d ms", (last[0] - uptimeZero) / 1e9, TimeUnit.NANOSECONDS.toMillis(gap)));
            }
            last[0] = now;
        }), 0, 20, TimeUnit.MILLISECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        probe.shutdownNow();
        long collections = collectors.stream().mapToLong(c -> c.getCollectionCount()).sum() - collectionsBefore;
        String interval = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .getVMOption("G1PeriodicGCInterval").getValue();
        onFx(() -> {
            System.out.printf("%-52s longest gap between two runs of a task posted every 20 ms %,6d ms; %d collections"
                    + " (young and full); periodic interval at the end %s ms; resident now %,d MB (ended %s UTC)%n",
                    "idle (" + seconds + " s, nothing touched)", TimeUnit.NANOSECONDS.toMillis(longest[0]), collections, interval,
                    rssMb("VmRSS"), java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0));
            if (!gaps.isEmpty()) {
                System.out.println("    gaps over 50 ms (JVM uptime at the gap's start): " + String.join(", ", gaps));
            }
            System.out.println("    threads: " + ThreadSchedStats.now().since(stepStart));
            watchdog.start();
            watchdog.reset();
        });
    }

    /**
     * Waits until the fields have handed every key to the snapshot (a long text's value is made on a
     * thread of its own), looked up by name so that this runs on builds from before that too.
     */
    private static void awaitTypingTaken() throws Exception {
        java.lang.reflect.Method pending;
        try {
            pending = org.scholarfolio.ui.form.ParagraphTextArea.class.getMethod("typingPendingProperty");
        } catch (NoSuchMethodException before) {
            return;
        }
        var property = (javafx.beans.value.ObservableBooleanValue) pending.invoke(null);
        while (WaitForAsyncUtils.asyncFx(property::get).get(60, TimeUnit.MINUTES)) {
            Thread.sleep(5);
        }
    }

    /** Runs {@code done} (on the FX thread) once the preview shows a page of the editor's current snapshot. */
    private static void whenPreviewed(MainView view, EditorViewModel editor, Runnable done) {
        if (view.preview() == null) {
            // No preview: done once the window has drawn the opened portfolio (two pulses later).
            Platform.runLater(() -> Platform.runLater(done));
            return;
        }
        Portfolio wanted = editor.portfolio();
        javafx.beans.value.ChangeListener<Object> check = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> obs, Object old, Object now) {
                if (editor.portfolio() == wanted && !view.preview().htmlProperty().get().isEmpty()) {
                    view.preview().pageProperty().removeListener(this);
                    done.run();
                }
            }
        };
        view.preview().pageProperty().addListener(check);
        view.preview().requestUpdate();
    }

    private interface Work {
        void start(Runnable done);
    }

    /** {@code settleMillis}: the frames after the step are watched this long, so a gap it caused is seen. */
    private static void step(String what, long settleMillis, PulseWatchdog watchdog, Work work) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] start = new long[1];
        stepStart = ThreadSchedStats.now();
        onFx(() -> {
            watchdog.reset();
            start[0] = System.nanoTime();
            work.start(() -> done.complete(System.nanoTime() - start[0]));
        });
        long took = done.get(60, TimeUnit.MINUTES);
        Thread.sleep(settleMillis);
        report(what, took, watchdog);
    }

    /** The threads' processor times when the step being timed began. */
    private static ThreadSchedStats stepStart = ThreadSchedStats.now();

    private static void report(String what, long tookNanos, PulseWatchdog watchdog) {
        System.out.printf("%-52s until done %,8d ms; longest gap between frames %,6d ms; resident now %,d MB (ended %s UTC)%n", what,
                TimeUnit.NANOSECONDS.toMillis(tookNanos), TimeUnit.NANOSECONDS.toMillis(watchdog.longestGap()),
                rssMb("VmRSS"), java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0));
        List<String> gaps = watchdog.longGaps();
        if (!gaps.isEmpty()) {
            System.out.println("    frame gaps over 50 ms (JVM uptime at the gap's start): " + String.join(", ", gaps));
        }
        watchdog.stallStacks().forEach(stack -> System.out.println("    stalled: " + stack));
        watchdog.gapStacks().forEach(gap -> System.out.println("    long pulse " + gap));
        System.out.println("    threads: " + ThreadSchedStats.now().since(stepStart));
    }

    private static long peakRssMb() {
        return rssMb("VmHWM");
    }

    private static long rssMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private static void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(60, TimeUnit.MINUTES);
    }
}
