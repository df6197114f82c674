package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.DocumentIo;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: as the app starts on a portfolio (the window first holds an empty one, then the file
 * is opened), the preview loads one page, the portfolio's, not the empty one's first.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewLoadsOnceTest {
    @TempDir
    static Path staging;
    @TempDir
    static Path folder;
    private Stage stage;
    /** The text of each page the preview finished loading, in order. */
    private final List<String> loaded = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Portfolio saved = Portfolio.empty();
        PortfolioStore.save(folder, saved.withProfile(saved.profile().toBuilder()
                .name(new PersonName("Ada", "", "Lovelace")).bio("Notes on the Analytical Engine.").build()));
    }

    /** Builds the window as the app does and opens the portfolio at once, with the file read in the background or not. */
    private void startEditor(FxRobot robot, boolean background) {
        robot.interact(() -> {
            EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
            SitePreviewRenderer renderer = new SitePreviewRenderer(new PagePreview(MarkdownRenderer.shared(), staging),
                    () -> editor.fileProperty().get() == null ? null : editor.fileProperty().get().getParent());
            DocumentIo io = background ? new DocumentIo(editor, Executors.newSingleThreadExecutor(), Platform::runLater)
                    : DocumentIo.synchronous(editor);
            MainView view = new MainView(editor, new SimpleBooleanProperty(false), renderer, io);
            Scene scene = EditorOnStage.show(stage, view, 1200, 760);
            Pane page = (Pane) scene.lookup("#preview-page");
            page.getChildren().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    c.getAddedSubList().stream().filter(WebView.class::isInstance).map(WebView.class::cast)
                            .forEach(this::countLoads);
                }
            });
            view.documents().open(folder);
        });
    }

    private void countLoads(WebView web) {
        web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                loaded.add(String.valueOf(web.getEngine().executeScript("document.body.textContent")));
            }
        });
    }

    private void assertOneLoadOfThePortfoliosPage() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !loaded.isEmpty());
        // Anything loaded after it would come within a render or two.
        Thread.sleep(2000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loaded).hasSize(1);
        assertThat(loaded.get(0)).contains("Notes on the Analytical Engine.");
    }

    @Test
    void thePreviewLoadsOnlyTheOpenedPortfoliosPage(FxRobot robot) throws Exception {
        startEditor(robot, true);
        assertOneLoadOfThePortfoliosPage();
    }

    @Test
    void alsoWhenTheFileIsReadBeforeTheFirstRenderEnds(FxRobot robot) throws Exception {
        startEditor(robot, false);
        assertOneLoadOfThePortfoliosPage();
    }
}
