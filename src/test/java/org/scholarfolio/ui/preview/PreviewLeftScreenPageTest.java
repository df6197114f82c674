package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.testing.PreviewScripts;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page rendered for a screen the person has left is not shown: the page of the screen chosen since,
 * asked for with the change, replaces it. At 100,000 publications the about page changed while its steps
 * were appended was swapped in (1.5 MB, its first part's frame 82 ms of the JavaFX thread) right before the
 * Publications page loaded over it.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewLeftScreenPageTest {
    /** The renders asked for, run by the test one at a time. */
    private final BlockingQueue<Runnable> renders = new LinkedBlockingQueue<>();
    private final List<String> work = new CopyOnWriteArrayList<>();
    private EditorViewModel editor;
    private PreviewViewModel vm;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        vm = new PreviewViewModel(editor, (p, t) -> "<html><head><title>Page</title></head><body><h1 id='name'>"
                + t.getClass().getSimpleName() + " " + p.profile().name().display() + "</h1></body></html>",
                new CompletableFuture<>(), renders::add, Platform::runLater);
        PreviewPane pane = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false));
        pane.onWork(work::add);
        stage.setScene(new Scene(pane.root(), 800, 600));
        stage.show();
    }

    private void renderNext() throws InterruptedException {
        Runnable render = renders.poll(30, TimeUnit.SECONDS);
        assertThat(render).as("a render asked for").isNotNull();
        render.run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAboutPageChangedAfterThePersonLeftItIsNotSwappedInBeforeTheNextScreensPage(FxRobot robot) throws Exception {
        renderNext();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && "Home ".equals(PreviewScripts.textOfId(robot, "name")));

        robot.interact(() -> {
            // A change of the about page, then Publications chosen while its render runs.
            editor.edit("name", p -> p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build()));
            vm.targetProperty().set(new PreviewTarget.Publications());
        });
        work.clear();
        renderNext();
        assertThat(work).as("the about page's change, for a screen left").isEmpty();

        renderNext();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Publications Ada Lovelace".equals(PreviewScripts.textOfId(robot, "name")));
        assertThat(work).contains("load");
    }
}
