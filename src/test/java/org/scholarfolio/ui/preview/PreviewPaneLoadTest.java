package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
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
 * A page asked for again while it loads is not loaded again: at start-up the open's outcome and the
 * portfolio it sets each ask for a render of the same page, and a second load would cancel the first.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneLoadTest {
    private EditorViewModel editor;
    private PreviewViewModel vm;
    /** The page's look (its body's class), part of the shell: a new one makes the preview load the page in full. */
    private volatile String look = "first";

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        vm = new PreviewViewModel(editor, (p, t) -> "<html><body class='" + look + "'><h1>Ada</h1></body></html>",
                new CompletableFuture<>(), Runnable::run, Runnable::run);
        PreviewPane pane = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false),
                new SimpleBooleanProperty(false), CompletableFuture.completedFuture(null));
        stage.setScene(new Scene(pane.root(), 800, 600));
        stage.show();
    }

    @Test
    void theSamePageAskedForWhileItLoadsIsLoadedOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && state(robot, web(robot)) == Worker.State.SUCCEEDED);
        WebView web = web(robot);
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger cancelled = new AtomicInteger();
        robot.interact(() -> web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SCHEDULED) {
                loads.incrementAndGet();
            } else if (state == Worker.State.CANCELLED) {
                cancelled.incrementAndGet();
            }
        }));

        // In one turn, so that the first load cannot have ended when the same page comes again.
        robot.interact(() -> {
            look = "second";
            vm.requestUpdate();
            vm.requestUpdate();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state(robot, web) == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(loads).as("loads of the second look").hasValue(1);
        assertThat(cancelled).as("loads cancelled").hasValue(0);
        Object[] shown = new Object[1];
        robot.interact(() -> shown[0] = web.getEngine().executeScript("document.body.className"));
        assertThat(shown[0]).isEqualTo("second");

        // A different page while it loads still replaces it.
        robot.interact(() -> {
            look = "third";
            vm.requestUpdate();
            look = "fourth";
            vm.requestUpdate();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Object[] now = new Object[1];
            robot.interact(() -> now[0] = web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                    ? web.getEngine().executeScript("document.body.className") : null);
            return "fourth".equals(now[0]);
        });
    }

    private static Worker.State state(FxRobot robot, WebView web) {
        Object[] state = new Object[1];
        robot.interact(() -> state[0] = web.getEngine().getLoadWorker().getState());
        return (Worker.State) state[0];
    }

    private static WebView web(FxRobot robot) {
        return robot.lookup("#preview-web").queryAs(WebView.class);
    }
}
