package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.scholarfolio.cli.IdleCollections;
import org.scholarfolio.files.UserFolders;
import org.scholarfolio.lookup.Lookups;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishCache;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.store.PublishTargetStore;
import org.scholarfolio.ui.Autosave;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.IconsAhead;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.DocumentIo;
import org.scholarfolio.ui.RecentPortfolios;
import org.scholarfolio.ui.ScreenTour;
import org.scholarfolio.ui.YieldingThreads;
import org.scholarfolio.ui.WholeCharactersTyped;
import org.scholarfolio.ui.export.AlfolioSiteExport;
import org.scholarfolio.ui.export.ExportKind;
import org.scholarfolio.ui.export.ExportViewModel;
import org.scholarfolio.ui.publish.PublishViewModel;
import org.scholarfolio.ui.importing.AlfolioImportViewModel;
import org.scholarfolio.ui.importing.BibtexImportViewModel;
import org.scholarfolio.ui.importing.ImportActions;
import org.scholarfolio.ui.lookup.AddByIdentifierViewModel;
import org.scholarfolio.ui.lookup.CitationRefreshViewModel;
import org.scholarfolio.ui.lookup.LookupBox;

/**
 * The editor window. Started through {@link #launchEditor(Path)} from the plain launcher class,
 * because on the class path Java refuses to start an {@code Application} subclass directly.
 */
public final class DesktopApp extends Application {
    /** Runs exports off the UI thread; a daemon, so an export in progress never keeps the app alive. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scholarfolio-export");
        t.setDaemon(true);
        return t;
    });

    /** Publishing talks to the network, so it gets a thread of its own rather than waiting behind exports. */
    private final ExecutorService publishing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scholarfolio-publish");
        t.setDaemon(true);
        return t;
    });

    /**
     * Writes the recovery journal off the UI thread (each change waits for the disk). Not a daemon:
     * the deletion queued by a save or a close without saving still runs when the app quits.
     */
    private final ExecutorService journalWriter = YieldingThreads.single("scholarfolio-journal", false, YieldingThreads.AWAITED);

    /**
     * Opens and saves the portfolio file, one operation at a time, so that the window never waits
     * for the disk. Not a daemon: a save that is running when the app quits still finishes.
     */
    private final ExecutorService files = Executors.newSingleThreadExecutor(r -> new Thread(r, "scholarfolio-files"));

    /**
     * Writes the remembered settings (window, recent portfolios) to the disk off the UI thread. Not a
     * daemon: what is queued when the app quits is still written.
     */
    private final ExecutorService settingsWriter = Executors.newSingleThreadExecutor(r -> new Thread(r, "scholarfolio-settings"));

    /**
     * The settings' writes, held until the window has drawn its first content (or for at most
     * {@link #SETTINGS_HELD_AT_MOST}): see {@link HeldExecutor}.
     */
    private final HeldExecutor settingsAfterFirstContent = new HeldExecutor(settingsWriter);

    /**
     * How long the settings the start stores wait at most for the first content (on a loaded two-core
     * machine it came 4-9 s after the start): the portfolio opened is on the disk even when the
     * preview never loads. The first edit opens them at once, so that a crash after it reopens the
     * portfolio whose edit the journal holds.
     */
    static final javafx.util.Duration SETTINGS_HELD_AT_MOST = javafx.util.Duration.seconds(10);

    /**
     * Work for the JavaFX thread that waits, as the settings' writes do, for the first content (the
     * first edit, or {@link #SETTINGS_HELD_AT_MOST}): the reader's warm-up delay begins there.
     */
    private final HeldExecutor uiAfterFirstContent = new HeldExecutor(Platform::runLater);

    /** Checks the portfolio's problems after each change, so that typing never waits for the rules. */
    private final ExecutorService checks = YieldingThreads.single("scholarfolio-checks", true, YieldingThreads.UNAWAITED);

    /** Started by the launcher before the toolkit: the portfolio read and the preview warmed up. */
    private static volatile EarlyStart earlyStart;

    /**
     * As {@link #launchEditor(Path)}, with the portfolio ({@code early.toOpen()}) already being read
     * and the preview's renderer warmed up on another thread while the toolkit starts, and the
     * settings read.
     */
    static void launchEditor(Path portfolioOrNull, EarlyStart early, WindowPrefs.Stored settings) {
        earlyStart = early;
        settingsRead = settings;
        launchEditor(portfolioOrNull);
    }

    /** The settings the launcher read before the toolkit started; null when it did not. */
    private static volatile WindowPrefs.Stored settingsRead;

    /** Opens the editor, optionally on a portfolio folder or JSON file, and returns when it closes. */
    public static void launchEditor(Path portfolioOrNull) {
        if (portfolioOrNull == null) {
            Application.launch(DesktopApp.class);
        } else {
            Application.launch(DesktopApp.class, portfolioOrNull.toString());
        }
    }

    /** On the launcher's thread once the toolkit runs, just before {@link #start}: the icon font's load begins. */
    @Override
    public void init() {
        IconsAhead.start();
    }

    @Override
    public void start(Stage stage) {
        // Before the first window shows: an emoji typed as one key reaches every field whole.
        WholeCharactersTyped.inEveryWindow();
        WindowPrefs.Stored settings = settingsRead != null ? settingsRead : WindowPrefs.read();
        WindowPrefs prefs = new WindowPrefs(settings, settingsAfterFirstContent);
        List<String> args = getParameters().getUnnamed();
        Path toOpen = args.isEmpty() ? startupPortfolio(prefs.lastPortfolio()) : Path.of(args.get(0));
        EarlyStart early = earlyStart != null && java.util.Objects.equals(earlyStart.toOpen(), toOpen) ? earlyStart
                : EarlyStart.begin(toOpen, new StorePortfolioFiles());
        EditorViewModel editor = new EditorViewModel(early.files(), Portfolio.empty(), null);
        BooleanProperty darkTheme = new SimpleBooleanProperty(prefs.darkTheme());
        // Before the first control: JavaFX's own theme is then never read.
        MainView.applyTheme(darkTheme.get());
        darkTheme.addListener((obs, was, dark) -> prefs.storeDarkTheme(dark));

        SitePreviewRenderer preview = new SitePreviewRenderer(early.preview(),
                () -> editor.fileProperty().get() == null ? null : editor.fileProperty().get().toAbsolutePath().getParent(),
                early::takePageAhead);
        DocumentIo documentIo = new DocumentIo(editor, files, Platform::runLater);
        MainView view = new MainView(editor, darkTheme, preview, documentIo);
        view.checkProblemsOn(checks, Platform::runLater);
        view.buildFormsAFrameAfterTheirTables(true);
        view.documents().setLastFolder(prefs.lastFolder());
        view.setExportFolders(prefs.exportFolders());
        view.setAlfolioFolders(prefs.alfolioFolders());
        // The same shortcut as the command line: an unchanged export renders nothing; the folder is
        // watched between exports, so an export after an edit looks only at files that changed.
        SiteExporter exporter = new SiteExporter(org.scholarfolio.store.PortfolioStore::writeJson).watchingOutputFolder();
        view.enableExport(new ExportViewModel(editor,
                (p, dir, out, progress) -> exporter.export(p, dir, exportOptions(p, dir), out, progress),
                background, Platform::runLater).replacingOtherSitesWith((p, dir, out, progress) -> exporter.export(p, dir,
                        exportOptions(p, dir), out, progress, SiteExporter.OtherPortfolioSite.REPLACE)),
                SystemBrowser.forThisSystem());
        view.enableAlfolioExport(new ExportViewModel(editor, new AlfolioSiteExport(), background, Platform::runLater,
                ExportKind.ALFOLIO));
        view.enablePublish(() -> new PublishViewModel(editor, new Publisher(PublishCache.inUserDataFolder(), exporter),
                new PublishViewModel.Targets() {
                    @Override
                    public java.util.Optional<PublishTarget> load(Path folder) throws IOException {
                        return PublishTargetStore.load(folder);
                    }

                    @Override
                    public void save(Path folder, PublishTarget target) throws IOException {
                        PublishTargetStore.save(folder, target);
                    }
                }, SecretStore.system(), System.getenv(), publishing, Platform::runLater));
        view.enableImport(new ImportActions(new BibtexImportViewModel(editor),
                new AlfolioImportViewModel(editor, new StorePortfolioFiles(), background, Platform::runLater)));
        Function<String, RecordLookup> lookups = email -> Lookups.fromEnvironment(System.getenv(), Lookups.appVersion(), email);
        view.enableLookup(() -> new LookupBox(new AddByIdentifierViewModel(editor, lookups, background, Platform::runLater),
                new CitationRefreshViewModel(editor, lookups, background, Platform::runLater)));
        view.enableRecent(new RecentPortfolios(prefs.recentPortfolios(), prefs::storeRecentPortfolios));
        Autosave autosave = new Autosave(editor, new StoreRecoveryFiles(), untitledRecoveryFile(), journalWriter);
        // Recorded when opened, not only on a clean quit: after a crash the next start reopens it
        // and offers its unsaved changes back.
        editor.fileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                prefs.storeLastPortfolio(file);
            }
        });
        if (toOpen != null) {
            view.documents().open(toOpen);
        }
        // Not the portfolio named at the start: the launchers chose this JVM's collector for that one.
        view.documents().handLargePortfoliosTo(EditorForLargePortfolio.forThisJvm());
        // After the open has begun: the start screen is built only if it is still wanted.
        view.enableStartScreen(() -> FirstRunSample.forThisApp().portfolio().orElse(null), prefs.recentPortfolios());

        // A window remembered on a larger monitor (or the default size) must fit this screen.
        Rectangle2D usable = Screen.getPrimary().getVisualBounds();
        WindowPrefs.Bounds bounds = prefs.bounds().within(usable.getWidth(), usable.getHeight());
        Scene scene = new Scene(view.root(), bounds.width(), bounds.height());
        view.install(scene);
        view.standInForTheMenuBarUntilFirstContent(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(editor.windowTitleProperty());
        stage.setMinWidth(WindowPrefs.MIN_WIDTH);
        stage.setMinHeight(WindowPrefs.MIN_HEIGHT);
        placeOnScreen(stage, bounds);
        WindowPlace.keep(stage, prefs);

        view.documents().guardClose(stage, () -> {
            // The user saved or chose to drop the changes: nothing is left to recover.
            autosave.discard();
            prefs.storeBounds(new WindowPrefs.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
            prefs.storeLastFolder(view.documents().lastFolder());
            prefs.storeLastPortfolio(editor.fileProperty().get());
            prefs.storeExportFolders(view.exportFolders());
            prefs.storeAlfolioFolders(view.alfolioFolders());
        });
        StartupTiming.watch(stage, closeEditor -> ScreenTour.visit(view, closeEditor));
        FirstContentTiming.watch(scene);
        writeSettingsAfterFirstContent(view, editor);
        stage.show();
        // After the window shows, so that the question has a window to belong to.
        Platform.runLater(() -> view.enableAutosave(autosave));
        warmUpReaderLater(documentIo, uiAfterFirstContent);
        // Its management beans (about 80 classes, on a thread of its own) came before the first content
        // on a loaded machine when counted from the launch: it counts its delay from that content.
        uiAfterFirstContent.execute(IdleCollections::watchInBackground);
    }

    /**
     * Opens the settings' writes, and the JavaFX thread's work held with them, once the window has drawn
     * its content, at the first edit, or after {@link #SETTINGS_HELD_AT_MOST}, whichever comes first.
     */
    private void writeSettingsAfterFirstContent(MainView view, EditorViewModel editor) {
        view.firstContentDrawnProperty().addListener((obs, was, drawn) -> {
            if (drawn) {
                openWhatWaitsForFirstContent();
            }
        });
        editor.history().dirtyProperty().addListener((obs, was, dirty) -> {
            if (dirty) {
                openWhatWaitsForFirstContent();
            }
        });
        javafx.animation.PauseTransition atMost = new javafx.animation.PauseTransition(SETTINGS_HELD_AT_MOST);
        atMost.setOnFinished(e -> openWhatWaitsForFirstContent());
        atMost.play();
    }

    /** The settings' writes and the work held for the JavaFX thread go ahead: the first content is drawn, or waited for long enough. */
    private void openWhatWaitsForFirstContent() {
        settingsAfterFirstContent.open();
        uiAfterFirstContent.open();
    }

    /** Off with {@code -Dscholarfolio.readerWarmUp=false} (benchmarks of a cold first open). */
    static final String READER_WARM_UP = "scholarfolio.readerWarmUp";
    /** How long after the first content the reader is warmed: past the first frames, the preview and the emoji set. */
    static final javafx.util.Duration READER_WARM_UP_DELAY = javafx.util.Duration.seconds(3);

    /**
     * The file reader's code compiled before the person opens a file ({@link DocumentIo#warmUpReader}),
     * a few seconds after the window's first content (at load 30 that came more than 3 s after the
     * window showed, and the warm-up, timed from the show, ran before it), once no file operation is
     * running, and never in the way of one asked for. {@code afterFirstContent} runs the delay's start.
     */
    private static void warmUpReaderLater(DocumentIo documentIo, java.util.concurrent.Executor afterFirstContent) {
        if (!Boolean.parseBoolean(System.getProperty(READER_WARM_UP, "true"))) {
            return;
        }
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(READER_WARM_UP_DELAY);
        later.setOnFinished(e -> documentIo.warmUpWhenIdle(DocumentIo::warmUpReader));
        afterFirstContent.execute(later::play);
    }

    @Override
    public void stop() {
        background.shutdown();
        publishing.shutdown();
        journalWriter.shutdown();
        files.shutdown();
        checks.shutdown();
        // What is still held (a window closed before its first content) is written before the app ends.
        settingsAfterFirstContent.open();
        settingsWriter.shutdown();
    }

    /**
     * With no portfolio named, the editor reopens the last one; the very first time (or when that
     * file is gone) it opens the bundled sample, when it is there beside the working directory.
     */
    /**
     * Content as saved is dated the day its file changed, like the command line does, so that
     * exporting it again on a later day rewrites nothing; unsaved edits are dated today.
     */
    private static ExportOptions exportOptions(Portfolio snapshot, Path portfolioDir) {
        try {
            LoadedPortfolio saved = PortfolioStore.load(portfolioDir);
            if (saved.portfolio().equals(snapshot)) {
                return ExportOptions.forSavedPortfolio(saved.file());
            }
        } catch (PortfolioLoadException | IOException e) {
            // Not readable as saved: the snapshot is newer than the file.
        }
        return ExportOptions.defaults();
    }

    static Path startupPortfolio(Path last) {
        // Without one, the start screen offers the sample and the other ways to begin.
        return last != null && Files.isRegularFile(last) ? last : null;
    }

    /** Where unsaved changes to a portfolio that has no file yet are kept. */
    private static Path untitledRecoveryFile() {
        return UserFolders.data().resolve("untitled.recovery.json");
    }

    /** Restores the last position, moved onto a screen when its title bar is no longer on one (a monitor gone). */
    private static void placeOnScreen(Stage stage, WindowPrefs.Bounds b) {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).forEach(s -> screens.add(s.getVisualBounds()));
        Rectangle2D place = WindowPlace.onScreen(b, screens);
        if (place != null) {
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }
}
