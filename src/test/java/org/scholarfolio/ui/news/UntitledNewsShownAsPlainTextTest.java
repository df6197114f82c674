package org.scholarfolio.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
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

/** An item without a title is listed by its text's first words as a reader sees them, not as written. */
@ExtendWith(ApplicationExtension.class)
class UntitledNewsShownAsPlainTextTest {
    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withNews(List.of(new NewsItem("news-2026-12-06", NewsDate.of(LocalDate.of(2026, 12, 6)),
                "", "Elected a **Fellow of the Royal Society** :tada:\n\nThe citation reads…", true, UnknownFields.NONE)));
        EditorOnStage.show(stage, new EditorViewModel(new InMemoryPortfolioFiles(), p, null), 1000, 700);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void theTitleColumnShowsTheTextWithItsMarksRenderedAway(FxRobot robot) {
        robot.clickOn("News");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup("#news-table .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> ((TableCell<?, ?>) c).getText()).filter(t -> t != null && !t.isBlank()).toList();
        // The emoji as its shortcode: JavaFX draws no colour emoji and left a blank where 🎉 was.
        assertThat(shown).contains("Elected a Fellow of the Royal Society :tada:")
                .noneMatch(t -> t.contains("**") || t.contains("\uD83C\uDF89") || t.contains("citation"));
    }
}
