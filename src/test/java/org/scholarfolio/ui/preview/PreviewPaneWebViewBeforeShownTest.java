package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.testing.PreviewScripts;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window not shown yet makes its WebView at once when WebKit's library is in, so that WebKit's start
 * holds up no frame of the shown window: the first frame already has it and the page loads into it.
 * With the library not in yet, nothing is made then.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneWebViewBeforeShownTest {
    private PreviewPane pane(CompletableFuture<Void> webKitReady, FxRobot robot) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> "<html><body><h1 id='name'>Ada</h1></body></html>");
        PreviewPane[] pane = new PreviewPane[1];
        robot.interact(() -> pane[0] = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false),
                new SimpleBooleanProperty(false), webKitReady));
        return pane[0];
    }

    @Test
    void withWebKitInTheWebViewIsMadeBeforeTheWindowShowsAndItsFirstFrameHasIt(FxRobot robot) throws Exception {
        PreviewPane pane = pane(CompletableFuture.completedFuture(null), robot);
        List<Boolean> webViewAtLayout = new ArrayList<>();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            pane.makeWebViewIfWebKitIsIn();
            assertThat(pane.root().lookup("#preview-web")).as("made before any window holds the pane").isNotNull();
            Scene scene = new Scene(pane.root(), 800, 600);
            scene.addPostLayoutPulseListener(() -> webViewAtLayout.add(pane.root().lookup("#preview-web") != null));
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Ada".equals(PreviewScripts.textOfId(robot, "name")));

        List<Boolean> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(webViewAtLayout)).get();
        assertThat(seen).as("frames laid out").isNotEmpty();
        assertThat(seen.get(0)).as("the window's first frame has the WebView").isTrue();
        robot.interact(stage[0]::close);
    }

    @Test
    void withWebKitNotInYetNothingIsMade(FxRobot robot) {
        PreviewPane pane = pane(new CompletableFuture<>(), robot);
        robot.interact(pane::makeWebViewIfWebKitIsIn);
        assertThat(pane.root().lookup("#preview-web")).isNull();
    }
}
