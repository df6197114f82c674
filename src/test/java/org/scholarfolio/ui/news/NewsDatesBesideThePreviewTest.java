package org.scholarfolio.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
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
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Beside the preview in a 1024 px window (a table about 440 px wide) dates showed as "1950-10-0…". */
@ExtendWith(ApplicationExtension.class)
class NewsDatesBesideThePreviewTest {
    @Start
    void start(Stage stage) {
        MainView.applyTheme(false);
        Portfolio p = Portfolio.empty().withNews(List.of(
                new NewsItem("mind", NewsDate.of(LocalDate.of(1950, 10, 1)), "", "Computing Machinery and Intelligence is out in Mind", true, UnknownFields.NONE),
                new NewsItem("talk", new NewsDate(LocalDate.of(2025, 5, 1), LocalTime.of(15, 59), ZoneOffset.ofHours(-4)),
                        "", "Co-hosting a workshop again", true, UnknownFields.NONE)));
        EditorOnStage.show(stage, new EditorViewModel(new InMemoryPortfolioFiles(), p, null), 650, 700);
        stage.sizeToScene();
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void datesShowWholeInANarrowTable(FxRobot robot) {
        robot.clickOn("News");
        WaitForAsyncUtils.waitForFxEvents();
        for (String date : List.of("1950-10-01", "2025-05-01 15:59")) {
            TableCell<?, ?> cell = robot.lookup("#news-table .table-cell").match(
                    (Node n) -> n instanceof TableCell<?, ?> c && date.equals(c.getText())).query();
            Text drawn = robot.from(cell).lookup((Node n) -> n instanceof Text).query();
            assertThat(drawn.getText()).isEqualTo(date);
        }
    }
}
