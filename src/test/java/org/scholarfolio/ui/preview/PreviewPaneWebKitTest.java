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

/** The preview makes its WebView only once WebKit's library is loaded, then shows the latest page. */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneWebKitTest {
    private final CompletableFuture<Void> webKitReady = new CompletableFuture<>();
    private EditorViewModel editor;
    private PreviewViewModel vm;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        vm = new PreviewViewModel(editor, (p, t) -> "<html><body><h1 id='name'>" + p.profile().name().display()
                + "</h1></body></html>");
        PreviewPane pane = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false),
                new SimpleBooleanProperty(false), webKitReady);
        stage.setScene(new Scene(pane.root(), 800, 600));
        stage.show();
    }

    private void rename(FxRobot robot, String given) {
        robot.interact(() -> editor.edit(null, p -> p.withProfile(p.profile().toBuilder()
                .name(new PersonName(given, "", "Lovelace")).build())));
    }

    @Test
    void pagesRenderedBeforeWebKitIsLoadedWaitAndTheLatestIsShownOnceItIs(FxRobot robot) throws Exception {
        rename(robot, "First");
        rename(robot, "Second");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.htmlProperty().get().contains("Second Lovelace"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#preview-web").tryQuery()).as("no WebView before WebKit's library is in").isEmpty();

        webKitReady.complete(null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && "Second Lovelace".equals(PreviewScripts.textOfId(robot, "name")));
    }

    @Test
    void aFailedLoadOfTheLibraryStillShowsThePage(FxRobot robot) throws Exception {
        rename(robot, "Ada");
        webKitReady.completeExceptionally(new UnsatisfiedLinkError("not here"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && "Ada Lovelace".equals(PreviewScripts.textOfId(robot, "name")));
    }
}
