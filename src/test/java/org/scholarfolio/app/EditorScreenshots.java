package org.scholarfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;


import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import static org.scholarfolio.testing.ScenePictures.onFx;
import static org.scholarfolio.testing.ScenePictures.save;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.export.ExportDialog;
import org.scholarfolio.ui.export.ExportViewModel;

/**
 * Takes the README's editor screenshots: every screen, the Problems panel and the export dialog,
 * in the light and the dark theme, with a portfolio open. Run it under a real display (Xvfb):
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.scholarfolio.app.EditorScreenshots -Dexec.args="sample-data/alan-turing docs/screenshots"
 * </pre>
 */
public final class EditorScreenshots {
    private static final double WIDTH = 1440;
    private static final double HEIGHT = 900;

    private EditorScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path portfolio = Path.of(args.length > 0 ? args[0] : "sample-data/alan-turing");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/screenshots");
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();

        SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        Stage[] stage = new Stage[1];
        MainView[] view = new MainView[1];
        ExportViewModel[] export = new ExportViewModel[1];
        onFx(() -> {
            MainView v = new MainView(editor, dark, new SitePreviewRenderer(PagePreview.inTemporaryFolder(),
                    () -> editor.fileProperty().get() == null ? null : editor.fileProperty().get().toAbsolutePath().getParent()));
            v.documents().open(portfolio);
            SiteExporter exporter = new SiteExporter();
            export[0] = new ExportViewModel(editor, (p, dir, o, progress) -> exporter.export(p, dir,
                    ExportOptions.defaults(), o, progress), Executors.newSingleThreadExecutor(), Platform::runLater);
            v.enableExport(export[0], (url, failed) -> { });
            Stage s = new Stage();
            Scene scene = new Scene(v.root(), WIDTH, HEIGHT);
            v.install(scene);
            s.setScene(scene);
            s.titleProperty().bind(editor.windowTitleProperty());
            s.show();
            stage[0] = s;
            view[0] = v;
            return null;
        });

        // The preview's first page waits for WebKit's start, and shows emoji as images once their set is
        // read (a box until then): on a busy machine, long after the window. The sample's bio has one.
        long firstPage = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!onFx(() -> stage[0].getScene().lookup("#preview-web") instanceof WebView web && Boolean.TRUE.equals(
                web.getEngine().executeScript("document.querySelector('.bio img.emoji')!==null")))
                && System.nanoTime() < firstPage) {
            Thread.sleep(500);
        }
        for (boolean isDark : new boolean[] {false, true}) {
            String theme = isDark ? "dark" : "light";
            onFx(() -> {
                dark.set(isDark);
                return null;
            });
            for (Section section : Section.values()) {
                onFx(() -> {
                    view[0].showSection(section);
                    return null;
                });
                // Once the screen is laid out; a table that is not yet shown drops a selection.
                Thread.sleep(300);
                onFx(() -> {
                    selectFirstRow(stage[0].getScene(), section);
                    return null;
                });
                settle();
                save(stage[0].getScene(), out.resolve("editor-" + section.name().toLowerCase() + "-" + theme + ".png"));
            }
            // A duplicated citation key, an empty title and a bad year, shown in the Problems panel
            // and on the fields of the entry the first problem is about (not saved).
            onFx(() -> {
                editor.edit(null, p -> {
                    var pubs = new java.util.ArrayList<>(p.publications());
                    pubs.set(1, pubs.get(1).toBuilder().citationKey(pubs.get(0).citationKey()).title("").year(19).build());
                    return p.withPublications(pubs);
                });
                ((ToggleButton) stage[0].getScene().lookup("#problems-toggle")).setSelected(true);
                return null;
            });
            Thread.sleep(300);
            onFx(() -> {
                @SuppressWarnings("unchecked")
                var problems = (javafx.scene.control.ListView<org.scholarfolio.model.Diagnostic>)
                        stage[0].getScene().lookup("#problem-list");
                problems.getSelectionModel().select(0);
                problems.requestFocus();
                problems.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.ENTER, false, false, false, false));
                return null;
            });
            settle();
            save(stage[0].getScene(), out.resolve("editor-problems-" + theme + ".png"));
            onFx(() -> {
                ((ToggleButton) stage[0].getScene().lookup("#problems-toggle")).setSelected(false);
                editor.history().undo();
                return null;
            });

            Path site = Files.createTempDirectory("scholarfolio-screenshot-site");
            ExportDialog[] dialog = new ExportDialog[1];
            onFx(() -> {
                dialog[0] = new ExportDialog(export[0], stage[0], (url, failed) -> { });
                dialog[0].show();
                export[0].exportTo(site.resolve("site"));
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (onFx(() -> export[0].runningProperty().get()) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            settle();
            save(dialog[0].stage().getScene(), out.resolve("editor-export-" + theme + ".png"));
            onFx(() -> {
                dialog[0].stage().close();
                return null;
            });
        }
        Platform.exit();
        System.exit(0);
    }

    /** Shows a record's form rather than an empty one. */
    private static void selectFirstRow(Scene scene, Section section) {
        String id = switch (section) {
            case NEWS -> "#news-table";
            case PUBLICATIONS -> "#publications-table";
            case PAGES -> "#pages-table";
            default -> null;
        };
        if (id != null && scene.lookup(id) instanceof TableView<?> table && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Time for the preview's pause, its render and WebKit's layout. */
    private static void settle() throws InterruptedException {
        Thread.sleep(2500);
    }
}
