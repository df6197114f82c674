package org.scholarfolio.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The news table shows the newest first whatever the file's order; removing its top row selected
 * the next item in the file, which the table shows at the bottom, and scrolled there.
 */
@ExtendWith(ApplicationExtension.class)
class RemoveSelectsTheNextRowShownTest {
    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withNews(List.of(
                item("n1951", LocalDate.of(1951, 3, 15), "Elected FRS"),
                item("n1931", LocalDate.of(1931, 10, 1), "Came up to King's"),
                item("n1936", LocalDate.of(1936, 9, 29), "Off to Princeton")));
        EditorOnStage.show(stage, new EditorViewModel(new InMemoryPortfolioFiles(), p, null), 1100, 760);
    }

    private static NewsItem item(String id, LocalDate date, String body) {
        return new NewsItem(id, NewsDate.of(date), "", body, true, UnknownFields.NONE);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void deleteOnTheTopRowSelectsTheRowBelowIt(FxRobot robot) {
        robot.clickOn("News");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("1951-03-15");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#news-table").queryTableView().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#news-date").queryAs(TextField.class).getText()).isEqualTo("1936-09-29");
    }

    @Test
    void theRemoveButtonSelectsTheRowBelowTooAndKeepsTheFocusInTheList(FxRobot robot) {
        robot.clickOn("News");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("1951-03-15");
        robot.clickOn("#news-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#news-date").queryAs(TextField.class).getText()).isEqualTo("1936-09-29");
        assertThat(robot.lookup("#news-table").queryTableView().isFocused()).isTrue();
    }
}
