package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;
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
 * Several rows selected at once (Ctrl or Shift and a click, Ctrl+A) are removed together, one undo step; under a
 * filter only the rows it shows (issue 13, point 1: delete acts only on visible selected rows).
 */
@ExtendWith(ApplicationExtension.class)
class RemoveSeveralRowsTest {
    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) {
        List<Publication> papers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            papers.add(Publication.builder("paper" + i, "article").title((i % 2 == 0 ? "Morphogenesis " : "Computing ") + i)
                    .year(1930 + i).build());
        }
        List<NewsItem> news = new ArrayList<>();
        for (int day = 1; day <= 4; day++) {
            news.add(new NewsItem("n" + day, NewsDate.of(LocalDate.of(2026, 12, day)), "Talk " + day, "", false, UnknownFields.NONE));
        }
        editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                Portfolio.empty().withPublications(papers).withNews(news), null);
        view = EditorOnStage.show(stage, editor, 1100, 760);
    }

    private void show(FxRobot robot, Section section) {
        robot.interact(() -> view.showSection(section));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> reversed = new ArrayList<>(List.of(keys));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String undoItem() {
        return view.menu(MainView.EDIT_MENU).getItems().get(0).getText();
    }

    private List<String> keys() {
        return editor.portfolio().publications().stream().map(Publication::citationKey).toList();
    }

    @Test
    void ctrlClickedPublicationsAreRemovedInOneUndoableStep(FxRobot robot) {
        show(robot, Section.PUBLICATIONS);
        robot.clickOn("Computing 1");
        robot.press(KeyCode.CONTROL).clickOn("Morphogenesis 4").clickOn("Computing 5").release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#publications-remove");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(keys()).containsExactly("paper2", "paper3");
        assertThat(undoItem()).isEqualTo("_Undo removal of 3 publications");

        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(keys()).containsExactly("paper1", "paper2", "paper3", "paper4", "paper5");
    }

    @Test
    void selectAllUnderAFilterRemovesOnlyTheRowsItShows(FxRobot robot) {
        show(robot, Section.PUBLICATIONS);
        robot.clickOn("#publications-search").write("morphogenesis");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Morphogenesis 2");
        key(robot, KeyCode.CONTROL, KeyCode.A);
        key(robot, KeyCode.DELETE);

        assertThat(keys()).containsExactly("paper1", "paper3", "paper5");
        assertThat(undoItem()).isEqualTo("_Undo removal of 2 publications");
    }

    @Test
    void shiftClickedNewsItemsAreRemovedTogether(FxRobot robot) {
        show(robot, Section.NEWS);
        robot.clickOn("Talk 3");
        robot.press(KeyCode.SHIFT).clickOn("Talk 1").release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        key(robot, KeyCode.DELETE);

        assertThat(editor.portfolio().news()).extracting(NewsItem::id).containsExactly("n4");
        assertThat(undoItem()).isEqualTo("_Undo removal of 3 news items");
    }
}
