package org.scholarfolio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;

/**
 * The editor window. Started through {@link #launchEditor(Path)} from the plain launcher class,
 * because on the class path Java refuses to start an {@code Application} subclass directly.
 */
public final class DesktopApp extends Application {

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
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            view.open(Path.of(args.get(0)));
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
        });
        stage.show();
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
