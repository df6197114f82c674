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
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+2 with nothing selected selects the item the news table shows on top (newest first), not
 * the first in the file, which the sorted table shows at the bottom.
 */
@ExtendWith(ApplicationExtension.class)
class NewsOpensAtTheNewestTest {
    @Start
    void start(Stage stage) {
        // In the file oldest first, as an imported or hand-written list often is.
        Portfolio p = Portfolio.empty().withNews(List.of(
                new NewsItem("n1931", NewsDate.of(LocalDate.of(1931, 10, 1)), "", "Came up to King's", true, UnknownFields.NONE),
                new NewsItem("n1951", NewsDate.of(LocalDate.of(1951, 3, 15)), "", "Elected FRS", true, UnknownFields.NONE),
                new NewsItem("n1936", NewsDate.of(LocalDate.of(1936, 9, 29)), "", "Off to Princeton", true, UnknownFields.NONE)));
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        MainView view = EditorOnStage.show(stage, editor, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void ctrl2SelectsTheNewestItemTheTableShowsOnTop(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#news-table").queryTableView().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#news-date").queryAs(TextField.class).getText()).isEqualTo("1951-03-15");
    }
}
