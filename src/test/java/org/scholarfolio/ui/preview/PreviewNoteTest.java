package org.scholarfolio.ui.preview;

import static org.scholarfolio.testing.PortfolioEdits.withBio;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
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

/** The note above the preview names the file and field of a text shown in part, and goes when there is none. */
@ExtendWith(ApplicationExtension.class)
class PreviewNoteTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), withBio(Portfolio.empty(), "A paragraph.\n\n".repeat(30_000)), null);
        PreviewOnStage.show(stage, editor, (p, t) -> "<html><body><p id='length'>" + p.profile().bio().length() + "</p></body></html>");
    }

    @Test
    void theNoteShowsWhileATextIsShownInPart(FxRobot robot) throws Exception {
        // The note joins the pane when there is first something to say.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-note").tryQuery().isPresent());
        Label note = robot.lookup("#preview-note").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, note::isVisible);
        assertThat(note.getText()).startsWith("the untitled portfolio › profile.bio is 420,000 characters long: the preview shows characters 1–")
                .endsWith("the export writes all of it.");

        robot.interact(() -> editor.edit("bio", p -> withBio(p, "A short bio.")));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !note.isVisible());
        assertThat(note.isManaged()).isFalse();
    }
}
