package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in a 1024 x 700 window with 1,205 publications, and the line above its preview measured there. */
final class PreviewNoteInASmallWindow {
    private PreviewNoteInASmallWindow() {
    }

    /** 1,205 papers over 75 years, those whose number {@code selected} takes marked selected. */
    static List<Publication> papers(IntPredicate selected) {
        List<Publication> papers = new ArrayList<>();
        for (int i = 0; i < 100_000; i += 83) {
            papers.add(Publication.builder("paper" + i, "article").title("Paper " + i).year(1950 + i % 75)
                    .selected(selected.test(i)).build());
        }
        return papers;
    }

    static void show(Stage stage, List<Publication> papers) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(papers), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), (p, t) -> "<html><body><p>The page.</p></body></html>");
        EditorOnStage.show(stage, view, 1024, 700);
    }

    /** Waits for the preview's note and checks that it takes one line; returns its text. */
    static String noteOnOneLine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-note").tryQuery().isPresent());
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
        return note.getText();
    }
}
