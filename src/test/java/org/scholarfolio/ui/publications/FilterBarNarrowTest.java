package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a 1024 × 700 window with the preview open (the list pane 445 px wide): with 79 of 1,000
 * papers shown the filter's note read "79 of 1000 ..." and its button "Clea...". The window here
 * is as wide as that one less its preview.
 */
@ExtendWith(ApplicationExtension.class)
class FilterBarNarrowTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        List<Publication> papers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            papers.add(Publication.builder("paper" + i, "article").title((i % 13 == 0 ? "Graph " : "Causal ") + i)
                    .year(2000 + i % 25).build());
        }
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(papers), null);
        MainView view = EditorOnStage.show(stage, editor, 660, 700);
        view.showSection(Section.PUBLICATIONS);
    }

    @Test
    void theNoteThatAFilterIsOnAndItsClearButtonAreNeverCut(FxRobot robot) {
        robot.clickOn("#publications-search").write("graph");
        WaitForAsyncUtils.waitForFxEvents();

        Label summary = robot.lookup("#publications-filter-summary").queryAs(Label.class);
        Button clear = robot.lookup("#publications-filter-clear").queryAs(Button.class);
        assertThat(summary.getText()).isEqualTo("77 of " + org.scholarfolio.model.Text.number(1000) + " shown");
        // The bar is too narrow for everything at its preferred width: something has to give.
        TextField search = robot.lookup("#publications-search").queryAs(TextField.class);
        Region bar = robot.lookup("#publications-filter-bar").queryAs(Region.class);
        assertThat(search.prefWidth(-1) + summary.prefWidth(-1) + clear.prefWidth(-1)).isGreaterThan(bar.getWidth());
        for (var control : List.of(summary, clear)) {
            assertThat(control.getWidth()).as(control.getId()).isGreaterThanOrEqualTo(control.prefWidth(-1));
        }
        assertThat(search.getWidth()).isGreaterThanOrEqualTo(120);
    }
}
