package org.scholarfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

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

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.export.ExportViewModel;

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

    /** Opens the editor, optionally on a portfolio folder or JSON file, and returns when it closes. */
    public static void launchEditor(Path portfolioOrNull) {
        if (portfolioOrNull == null) {
            Application.launch(DesktopApp.class);
        } else {
            Application.launch(DesktopApp.class, portfolioOrNull.toString());
        }
    }

    @Override
    public void start(Stage stage) {
        WindowPrefs prefs = new WindowPrefs(Preferences.userNodeForPackage(DesktopApp.class));
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        BooleanProperty darkTheme = new SimpleBooleanProperty(prefs.darkTheme());
        darkTheme.addListener((obs, was, dark) -> prefs.storeDarkTheme(dark));

        // The live preview needs the site exporter's page renderer; until that is wired in, the
        // window shows the editing panes only.
        MainView view = new MainView(editor, darkTheme, null);
        view.setLastFolder(prefs.lastFolder());
        view.setLastExportFolder(prefs.lastExportFolder());
        SiteExporter exporter = new SiteExporter();
        view.enableExport(new ExportViewModel(editor,
                (p, dir, out) -> exporter.export(p, dir, ExportOptions.defaults(), out), background, Platform::runLater));
        List<String> args = getParameters().getUnnamed();
        Path toOpen = args.isEmpty() ? startupPortfolio(prefs) : Path.of(args.get(0));
        if (toOpen != null) {
            view.open(toOpen);
        }

        WindowPrefs.Bounds bounds = prefs.bounds();
        Scene scene = new Scene(view.root(), bounds.width(), bounds.height());
        view.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(editor.windowTitleProperty());
        stage.setMinWidth(WindowPrefs.MIN_WIDTH);
        stage.setMinHeight(WindowPrefs.MIN_HEIGHT);
        placeOnScreen(stage, bounds);

        stage.setOnCloseRequest(e -> {
            if (!view.confirmDiscard()) {
                e.consume();
                return;
            }
            prefs.storeBounds(new WindowPrefs.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
            prefs.storeLastFolder(view.lastFolder());
            prefs.storeLastPortfolio(editor.fileProperty().get());
            prefs.storeLastExportFolder(view.lastExportFolder());
        });
        StartupTiming.watch(stage);
        stage.show();
    }

    @Override
    public void stop() {
        background.shutdown();
    }

    /**
     * With no portfolio named, the editor reopens the last one; the very first time (or when that
     * file is gone) it opens the bundled sample, when it is there beside the working directory.
     */
    private static Path startupPortfolio(WindowPrefs prefs) {
        Path last = prefs.lastPortfolio();
        if (last != null && Files.isRegularFile(last)) {
            return last;
        }
        Path sample = Path.of("sample-data", "yihua-zhang");
        return Files.isDirectory(sample) ? sample : null;
    }

    /** Restores the last position unless that place is no longer on any screen (a monitor gone). */
    private static void placeOnScreen(Stage stage, WindowPrefs.Bounds b) {
        boolean visible = b.hasPosition() && !Screen.getScreensForRectangle(
                new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
        if (visible) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }
}
