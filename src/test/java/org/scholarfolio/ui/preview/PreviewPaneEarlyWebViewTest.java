package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.testing.PreviewScripts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * WebKit's library in while a portfolio is still opening: the WebView is made then, before the
 * opened portfolio's page, which then loads as soon as it is rendered.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneEarlyWebViewTest {
    private final CompletableFuture<Void> webKitReady = new CompletableFuture<>();
    private final SimpleBooleanProperty opening = new SimpleBooleanProperty(true);
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> "<html><body><h1 id='name'>"
                + p.profile().name().display() + "</h1></body></html>");
        PreviewPane pane = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false), opening,
                webKitReady);
        stage.setScene(new Scene(pane.root(), 800, 600));
        stage.show();
    }

    @Test
    void theWebViewIsMadeWhenWebKitIsInAndThePageLoadsWhenTheOpenEnds(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#preview-web").tryQuery()).as("no WebView before WebKit's library is in").isEmpty();

        webKitReady.complete(null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent());
        assertThat(opening.get()).as("still opening").isTrue();

        robot.interact(() -> {
            editor.edit(null, p -> p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build()));
            opening.set(false);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Ada Lovelace".equals(PreviewScripts.textOfId(robot, "name")));
    }
}
