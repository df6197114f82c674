package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * WebKit's library loaded before the window has drawn anything: the WebView (0.1–0.2 s of the
 * JavaFX thread) is made after the window's first frame, not in it.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneWebViewAfterFirstFrameTest {
    private final StackPane holder = new StackPane();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(holder, 800, 600);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void withTheLibraryInAtOnceTheWebViewComesAfterTheFirstFrameThatHoldsThePane(FxRobot robot) throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> "<html><body><h1 id='name'>x</h1></body></html>");
        List<Boolean> webViewAtLayout = new ArrayList<>();
        PreviewPane[] pane = new PreviewPane[1];
        robot.interact(() -> pane[0] = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false),
                new SimpleBooleanProperty(false), CompletableFuture.completedFuture(null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.htmlProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane[0].root().lookup("#preview-web")).as("no WebView while the pane is in no window").isNull();

        robot.interact(() -> {
            scene.addPostLayoutPulseListener(() -> webViewAtLayout.add(pane[0].root().lookup("#preview-web") != null));
            holder.getChildren().add(pane[0].root());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> pane[0].root().lookup("#preview-web") != null).get());
        WaitForAsyncUtils.waitForFxEvents();

        List<Boolean> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(webViewAtLayout)).get();
        assertThat(seen).as("frames laid out, each with or without the WebView").isNotEmpty();
        assertThat(seen.get(0)).as("the first frame with the pane has no WebView").isFalse();
    }
}
