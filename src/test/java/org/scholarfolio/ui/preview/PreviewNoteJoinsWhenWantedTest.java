package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholarfolio.testing.PortfolioEdits.withBio;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
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
 * A preview with nothing to note has no note in its pane (hidden, it would be styled in the window's first style pass);
 * the note joins the pane the first time a text is shown in part.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewNoteJoinsWhenWantedTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), withBio(Portfolio.empty(), "A short bio."), null);
        PreviewOnStage.show(stage, editor, (p, t) -> "<html><body><p id='length'>" + p.profile().bio().length() + "</p></body></html>");
    }

    @Test
    void theNoteJoinsThePaneWhenThereIsFirstSomethingToSay(FxRobot robot) throws Exception {
        // The page loaded: the note, had it been made with the pane, would be there by now.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#preview-web").tryQuery()
                .map(web -> ((WebView) web).getEngine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED)
                .orElse(false)).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#preview-note").tryQuery()).isEmpty();

        robot.interact(() -> editor.edit("bio", p -> withBio(p, "A paragraph.\n\n".repeat(30_000))));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-note").tryQuery().isPresent());
        Label note = robot.lookup("#preview-note").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, note::isVisible);
        assertThat(note.getText()).contains("profile.bio is 420,000 characters long");
    }
}
