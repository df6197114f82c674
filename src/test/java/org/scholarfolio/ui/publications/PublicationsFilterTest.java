package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Author;
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

/** Issue 13, point 1: a filter hides records from the form and from Delete too, and always shows. */
@ExtendWith(ApplicationExtension.class)
class PublicationsFilterTest {
    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) {
        List<Publication> papers = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            papers.add(Publication.builder("paper" + i, "article").title((i <= 2 ? "Morphogenesis " : "Computing ") + i)
                    .authors(List.of(Author.of("Alan", "Turing"))).year(1930 + i).build());
        }
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(papers), null);
        view = EditorOnStage.show(stage, editor, 1024, 700);
        view.showSection(Section.PUBLICATIONS);
    }

    @Test
    void theFormFollowsTheFilterAndDeleteRemovesOnlyAVisibleRecord(FxRobot robot) {
        robot.interact(() -> robot.lookup("#publications-table").queryAs(TableView.class).getSelectionModel().select(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("paper6");

        robot.clickOn("#publications-search").write("morphogenesis");
        WaitForAsyncUtils.waitForFxEvents();

        // The hidden paper6 is no longer in the form: the first visible paper is.
        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("paper1");
        robot.clickOn("#publications-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.portfolio().publications()).extracting(Publication::citationKey)
                .hasSize(8).doesNotContain("paper1").contains("paper6");
        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("paper2");
    }

    /**
     * Seen in a real window: removing the one paper the filter showed greyed the remove button, the
     * focus fell to the filter box, and Ctrl+Z there undid the filter's text, not the removal.
     */
    @Test
    void ctrlZAfterRemovingTheLastShownPaperBringsItBack(FxRobot robot) {
        robot.clickOn("#publications-search").write("1939");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("paper9");
        robot.clickOn("#publications-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.portfolio().publications()).hasSize(8);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio().publications()).hasSize(9).extracting(Publication::citationKey).contains("paper9");
        assertThat(robot.lookup("#publications-search").queryAs(TextField.class).getText()).isEqualTo("1939");
    }

    /**
     * Seen in a real window: a .bib imported while a filter was on showed the new paper in the form
     * but not in the table ("4 of 9 shown"), so the form edited a hidden record. A publication asked
     * for by its path (an import, a problem, an export warning) clears a filter that hides it.
     */
    @Test
    void aHiddenPaperAskedForByItsPathClearsTheFilterSoTheFormEditsAShownRow(FxRobot robot) {
        robot.clickOn("#publications-search").write("morphogenesis");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> view.screen(Section.PUBLICATIONS).select("publications[5]"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("paper6");
        assertThat(robot.lookup("#publications-search").queryAs(TextField.class).getText()).isEmpty();
        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(9);
        assertThat(((Publication) ((org.scholarfolio.ui.RecordListViewModel.Row<?>) table.getSelectionModel().getSelectedItem())
                .value()).citationKey()).isEqualTo("paper6");

        // one the filter shows keeps the filter
        robot.clickOn("#publications-search").write("morphogenesis");
        robot.interact(() -> view.screen(Section.PUBLICATIONS).select("publications[1]"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#publications-search").queryAs(TextField.class).getText()).isEqualTo("morphogenesis");
        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("paper2");
    }

    @Test
    void aFilterThatHidesEveryPaperSaysSoInTheTable(FxRobot robot) {
        robot.clickOn("#publications-search").write("no such paper");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("No publication matches the filter.");
    }

    @Test
    void anActiveFilterShowsHowManyAreShownAndClearsWithOneClick(FxRobot robot) {
        Label summary = robot.lookup("#publications-filter-summary").queryAs(Label.class);
        assertThat(summary.isVisible()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("morphogenesis");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getText()).isEqualTo("2 of 9 shown");
        // The indicator is on screen at the smallest supported window, not in an overflow menu.
        assertThat(summary.localToScene(summary.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(1024);

        robot.clickOn("#publications-filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.isVisible()).isFalse();
        assertThat(robot.lookup("#publications-table").queryAs(TableView.class).getItems()).hasSize(9);
    }

    /** Seen in a real window: Escape in the filter box left the filter on; a search box takes it back. */
    @Test
    void escapeInTheFilterBoxShowsEveryPaperAgain(FxRobot robot) {
        robot.clickOn("#publications-search").write("morphogenesis");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#publications-filter-summary").queryAs(Label.class).getText()).isEqualTo("2 of 9 shown");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#publications-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#publications-table").queryAs(TableView.class).getItems()).hasSize(9);
        assertThat(robot.lookup("#publications-filter-summary").queryAs(Label.class).isVisible()).isFalse();
    }
}
