package org.scholarfolio.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
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
 * The news list of an imported al-folio site, whose items carry a time ("2025-05-01 15:59"): the
 * date column showed "2025-05-01 1...", and a click on "Add news" left the cursor on the button.
 */
@ExtendWith(ApplicationExtension.class)
class NewsListShowsWhatItHoldsTest {
    @Start
    void start(Stage stage) {
        // The table as wide as beside the preview in a 1180-pixel window.
        Portfolio p = Portfolio.empty().withNews(List.of(
                new NewsItem("talk", new NewsDate(LocalDate.of(2025, 5, 1), LocalTime.of(15, 59), ZoneOffset.ofHours(-4)),
                        "", "Co-hosting a workshop again", true, UnknownFields.NONE)));
        EditorOnStage.show(stage, new EditorViewModel(new InMemoryPortfolioFiles(), p, null), 760, 700);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void theDateColumnShowsADateWithItsTimeWhole(FxRobot robot) {
        robot.clickOn("News");
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> cell = robot.lookup("#news-table .table-cell").match(
                (Node n) -> n instanceof TableCell<?, ?> c && "2025-05-01 15:59".equals(c.getText())).query();
        Text drawn = robot.from(cell).lookup((Node n) -> n instanceof Text).query();
        assertThat(drawn.getText()).isEqualTo("2025-05-01 15:59");
    }

    @Test
    void addNewsPutsTheCursorInTheNewItemsTitle(FxRobot robot) {
        robot.clickOn("News");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#news-add");
        WaitForAsyncUtils.waitForFxEvents();
        TextField title = robot.lookup("#news-title").queryAs(TextField.class);
        assertThat(title.isFocused()).as("the new item's title has the cursor").isTrue();
        robot.write("Moved my homepage");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEqualTo("Moved my homepage");
    }
}
