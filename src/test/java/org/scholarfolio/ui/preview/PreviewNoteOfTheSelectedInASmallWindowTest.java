package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Publication;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * With more selected publications than the about page's preview lists, its note said both counts, "Preview: 621
 * of 100,000 publications, 100 of 1,000 selected; export: all.", on two lines of the preview's pane in a 1024 x
 * 700 window. The about page lists selected ones only: its note counts those, on one line.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewNoteOfTheSelectedInASmallWindowTest {
    private int selected;

    @Start
    void start(Stage stage) {
        List<Publication> papers = PreviewNoteInASmallWindow.papers(i -> i % 6 != 0);
        selected = (int) papers.stream().filter(Publication::selected).count();
        PreviewNoteInASmallWindow.show(stage, papers);
    }

    @Test
    void theAboutPagesNoteCountsTheSelectedOnOneLineAt1024Pixels(FxRobot robot) throws Exception {
        assertThat(PreviewNoteInASmallWindow.noteOnOneLine(robot))
                .matches("Preview: [0-9]+ of " + org.scholarfolio.model.Text.number(selected) + " selected; export: all\\.");
    }
}
