package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
        List<Publication> papers = new ArrayList<>();
        for (int i = 0; i < 100_000; i += 83) {
            papers.add(Publication.builder("paper" + i, "article").title("Paper " + i).year(1950 + i % 75)
                    .selected(i % 6 != 0).build());
        }
        selected = (int) papers.stream().filter(Publication::selected).count();
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                Portfolio.empty().withPublications(papers), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false),
                (p, t) -> "<html><body><p>The page.</p></body></html>");
        EditorOnStage.show(stage, view, 1024, 700);
    }

    @Test
    void theAboutPagesNoteCountsTheSelectedOnOneLineAt1024Pixels(FxRobot robot) throws Exception {
        Label note = robot.lookup("#preview-note").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> note.isVisible() && !note.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        double[] oneLine = new double[1];
        robot.interact(() -> {
            Text line = new Text("Pg");
            line.setFont(note.getFont());
            oneLine[0] = line.getLayoutBounds().getHeight();
        });
        double text = note.getHeight() - note.getPadding().getTop() - note.getPadding().getBottom();
        assertThat(text).as("'%s' at %s px wide", note.getText(), note.getWidth()).isLessThan(1.5 * oneLine[0]);
        assertThat(note.getText()).matches("Preview: [0-9]+ of " + org.scholarfolio.model.Text.number(selected)
                + " selected; export: all\\.");
    }
}
