package org.scholarfolio.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Label;
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
 * A news item's title is plain text, as al-folio shows a news title (its front matter, not Markdown):
 * Markdown typed there showed as written in the preview and the site and nothing said so. The form says
 * it under the title while the title holds Markdown; the title is kept as typed.
 */
@ExtendWith(ApplicationExtension.class)
class NewsTitleIsPlainTextTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withNews(List.of(
                new NewsItem("talk", NewsDate.of(LocalDate.of(1952, 1, 9)), "A talk at the Royal Society", "", false, UnknownFields.NONE)));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        EditorOnStage.show(stage, editor, 1024, 700);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    private static Label note(FxRobot robot) {
        return robot.lookup("#news-title-note").queryAs(Label.class);
    }

    private static void retype(FxRobot robot, String title) {
        robot.clickOn("#news-title").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL).write(title);
    }

    @Test
    void markdownTypedInATitleIsKeptAndTheFormSaysTheTitleIsPlainText(FxRobot robot) {
        robot.clickOn("News");
        robot.clickOn("A talk at the Royal Society");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot).isVisible()).as("a plain title needs no note").isFalse();

        retype(robot, "A talk at the [Royal Society](https://royalsociety.org)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio().news().get(0).title()).isEqualTo("A talk at the [Royal Society](https://royalsociety.org)");
        assertThat(note(robot).isVisible()).isTrue();
        assertThat(note(robot).getText()).contains("plain text").contains("Text (Markdown)");

        retype(robot, "A talk, **in person**");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot).isVisible()).isTrue();

        retype(robot, "A talk at 5 * 3 o'clock");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot).isVisible()).as("a lone star is no Markdown").isFalse();
    }
}
