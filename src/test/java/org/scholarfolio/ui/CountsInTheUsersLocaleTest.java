package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.Text;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen with a portfolio of 1,000 papers: the sidebar said 1000, the filter "77 of 1000 shown" and the
 * problems button "1000 problems", while the export's summary and the preview wrote 1,000. Every count
 * a person reads is now written one way, in the user's formatting locale (here German, "1.200").
 */
@ExtendWith(ApplicationExtension.class)
class CountsInTheUsersLocaleTest {
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        List<Publication> papers = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            // Only one in a hundred has a title: the others, 1,188, are each a problem.
            papers.add(Publication.builder("paper" + i, "article").title(i % 100 == 0 ? "Graph " + i : "")
                    .authors(List.of(Author.of("Ada", "Lovelace"))).year(2000 + i % 25).build());
        }
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(papers), null);
        MainView view = EditorOnStage.show(stage, editor, 1100, 700);
        view.showSection(Section.PUBLICATIONS);
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void theSidebarTheFilterAndTheProblemsCountAlike(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#count-publications").queryAs(Label.class).getText()).isEqualTo("1.200");

        robot.clickOn("#publications-search").write("graph");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#publications-filter-summary").queryAs(Label.class).getText())
                .isEqualTo("12 of 1.200 shown");

        ToggleButton problems = robot.lookup("#problems-toggle").queryAs(ToggleButton.class);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> problems.getText().contains("."));
        // and the profile's missing name
        assertThat(problems.getText()).isEqualTo("1.189 problems");
        Label badge = robot.lookup("#problems-publications").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("1.188");
        assertThat(badge.getAccessibleHelp()).isEqualTo("1.188 problems in Publications");
    }

    @Test
    void aCountIsWrittenInTheGivenLocale() {
        assertThat(Text.number(1200, Locale.US)).isEqualTo("1,200");
        assertThat(Text.number(1200, Locale.GERMANY)).isEqualTo("1.200");
        assertThat(Text.count(1200, "page")).isEqualTo("1.200 pages");
        assertThat(Text.count(1, "page")).isEqualTo("1 page");
    }
}
