package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
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
 * A large portfolio's window makes its WebView before it shows (WebKit's start then stalls no frame),
 * and puts it into the pane in a frame after the first one, so that its first layout and paint are
 * not part of the window's first frame; the page loads into it. With WebKit's library not in within
 * the wait, nothing is made before the show.
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
    void madeBeforeTheWindowShowsTheWebViewGoesInAfterTheFirstFrameAndThePageLoadsIntoIt(FxRobot robot) throws Exception {
        PreviewPane pane = pane(CompletableFuture.completedFuture(null), robot);
        List<Boolean> webViewAtLayout = new ArrayList<>();
        Stage[] stage = new Stage[1];
        boolean[] made = new boolean[1];
        robot.interact(() -> {
            made[0] = pane.makeWebViewBeforeShown(Duration.ofSeconds(5));
            Scene scene = new Scene(pane.root(), 800, 600);
            scene.addPostLayoutPulseListener(() -> webViewAtLayout.add(pane.root().lookup("#preview-web") != null));
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Ada".equals(PreviewScripts.textOfId(robot, "name")));

        List<Boolean> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(webViewAtLayout)).get();
        assertThat(made[0]).as("made before the show").isTrue();
        assertThat(seen).as("frames laid out").isNotEmpty();
        assertThat(seen.get(0)).as("the window's first frame lays out no WebView").isFalse();
        assertThat(seen).as("a later frame has it").contains(true);
        robot.interact(stage[0]::close);
    }

    @Test
    void withWebKitNotInWithinTheWaitNothingIsMadeBeforeTheShow(FxRobot robot) {
        PreviewPane pane = pane(new CompletableFuture<>(), robot);
        boolean[] made = new boolean[1];
        robot.interact(() -> made[0] = pane.makeWebViewBeforeShown(Duration.ofMillis(50)));
        assertThat(made[0]).isFalse();
        assertThat(pane.root().lookup("#preview-web")).isNull();
        assertThat(robot.lookup(node -> node instanceof WebView).tryQuery()).isEmpty();
    }
}
