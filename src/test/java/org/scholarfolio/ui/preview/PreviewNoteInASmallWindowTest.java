package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Seen in a 1024 x 700 window with 1,200 publications: the line above the preview, "Previewing 508 of 1,200
 * publications; the export has all.", took two lines of the preview's narrow pane. It says the same in one.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewNoteInASmallWindowTest {
    @Start
    void start(Stage stage) {
        PreviewNoteInASmallWindow.show(stage, PreviewNoteInASmallWindow.papers(i -> false));
    }

    @Test
    void theLongListsNoteTakesOneLineAt1024Pixels(FxRobot robot) throws Exception {
        assertThat(PreviewNoteInASmallWindow.noteOnOneLine(robot))
                .contains("of " + org.scholarfolio.model.Text.number(1_205) + " publications").contains("export");
    }
}
