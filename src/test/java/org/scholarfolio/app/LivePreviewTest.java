package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.testing.PreviewScripts;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor with the site's own page renderer behind its preview. */
@ExtendWith(ApplicationExtension.class)
class LivePreviewTest {
    @TempDir
    static Path staging;

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        SitePreviewRenderer renderer = new SitePreviewRenderer(new PagePreview(MarkdownRenderer.shared(), staging), () -> null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), renderer);
        EditorOnStage.show(stage, view, 1200, 760);
    }

    private static String text(FxRobot robot, String selector) {
        if (robot.lookup("#preview-web").tryQuery().isEmpty()) {
            return null;
        }
        Object text = PreviewScripts.run(robot, "(function(){var e=document.querySelector('" + selector + "');return e?e.textContent:null;})()");
        return text instanceof String s ? s : null;
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void typingTheNameUpdatesThePreviewInPlace(FxRobot robot) throws Exception {
        robot.clickOn("#profile-first").write("Ada");
        // The first page waits for WebKit's library, loaded on a thread of its own (seconds on a busy machine).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            String name = text(robot, "h1.name");
            return name != null && name.contains("Ada");
        });
        // A mark left in the page survives the next edit: the content was swapped, not reloaded.
        PreviewScripts.run(robot, "window.previewMark = 'kept'");

        robot.clickOn("#profile-last").write("Lovelace");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Ada Lovelace".equals(text(robot, "h1.name")));
        assertThat(PreviewScripts.run(robot, "window.previewMark")).isEqualTo("kept");
        assertThat(PreviewScripts.run(robot, "document.title")).isEqualTo("Ada Lovelace");
        // The theme's stylesheet, a file staged beside the page, is in use.
        assertThat(PreviewScripts.run(robot, "getComputedStyle(document.querySelector('nav.bar')).display")).isEqualTo("flex");
    }

    @Test
    void anAddedPublicationShowsInTheTableAndThePreview(FxRobot robot) throws Exception {
        robot.clickOn("#section-publications");
        robot.clickOn("#publications-add");
        robot.clickOn("#pub-title").write("On Computable Numbers");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#publications-table").queryAs(TableView.class).getItems()).hasSize(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "On Computable Numbers".equals(text(robot, ".pub .title")));
    }
}
