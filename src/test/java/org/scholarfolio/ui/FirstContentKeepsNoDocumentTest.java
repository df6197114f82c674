package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.testing.DomWrappers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first content (the form and the preview's page loaded) is found without a Java wrapper of
 * the page's document: the engine kept the one it was asked for until the next page loaded, and with it
 * the whole page, which WebKit's disposer then freed on the JavaFX thread after a Java collection. It was
 * the only Java wrapper of a DOM node a 100,000-publication run made (bench/user-start-frames.sh with
 * -Dsteps.wrappers=true).
 */
@ExtendWith(ApplicationExtension.class)
class FirstContentKeepsNoDocumentTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false),
                (p, t) -> "<html><body><main><h1>Home</h1><p>A page of " + t.getClass().getSimpleName() + "</p></main></body></html>");
        EditorOnStage.show(stage, view, 1100, 760);
    }

    @Test
    void theFirstContentIsFoundWithoutAWrapperOfThePagesDocument(FxRobot robot) throws Exception {
        // The first page waits for WebKit's library, loaded on a thread of its own (seconds on a busy machine).
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.firstContentDrawnProperty().get());

        List<String> wrappers = WaitForAsyncUtils.asyncFx(() -> DomWrappers.ofPage(
                robot.lookup("#preview-web").queryAs(WebView.class).getEngine())).get(10, TimeUnit.SECONDS);
        assertThat(wrappers).as("Java wrappers of the page's nodes alive after the first content").isEmpty();
    }
}
