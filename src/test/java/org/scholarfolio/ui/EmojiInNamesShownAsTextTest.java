package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Names with emoji reach JavaFX's text (tables, the Problems list, Undo's name, the status line),
 * which draws no colour emoji: each shows its shortcode, never a blank where the emoji was.
 */
@ExtendWith(ApplicationExtension.class)
class EmojiInNamesShownAsTextTest {
    private static final String ROBOT = "\uD83E\uDD16";
    private static final String TADA = "\uD83C\uDF89";
    private static final String MICROPHONE = "\uD83C\uDFA4";

    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty()
                .withPublications(List.of(Publication.builder("turing1950", "article")
                        .title("Can machines think? " + ROBOT).year(1950).build()))
                // On a page of its own without a title: a problem, named by its text's first words.
                .withNews(List.of(new NewsItem("news-1951-03-15", NewsDate.of(LocalDate.of(1951, 3, 15)), "",
                        "Elected a Fellow " + TADA, false, UnknownFields.NONE)))
                .withPages(List.of(new Page("talks", "Talks", 1, true, "", UnknownFields.NONE)));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        view = EditorOnStage.show(stage, editor, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .map(n -> n instanceof TableCell<?, ?> c ? c.getText() : n instanceof ListCell<?> c ? c.getText() : null)
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    @Test
    void aPublicationsTitleShowsItsEmojiAsItsShortcode(FxRobot robot) {
        robot.clickOn("#section-publications");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, "#publications-table .table-cell")).contains("Can machines think? :robot:")
                .noneMatch(t -> t.contains(ROBOT));
    }

    @Test
    void theProblemsListNamesANewsItemWithItsEmojiSpelledOut(FxRobot robot) {
        robot.interact(() -> ((ToggleButton) robot.lookup("#problems-toggle").query()).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, "#problem-list .list-cell"))
                .anyMatch(t -> t.startsWith("News item \u201cElected a Fellow :tada:\u201d of 1951-03-15 \u203a title"))
                .noneMatch(t -> t.contains(TADA));
    }

    @Test
    void undoAndTheStatusLineNameAPageWithItsEmojiSpelledOut(FxRobot robot) {
        robot.interact(() -> editor.edit(null, p -> p.withPages(List.of(p.pages().get(0).withTitle("Talks " + MICROPHONE)))));
        assertThat(view.menu(MainView.EDIT_MENU).getItems().get(0).getText())
                .isEqualTo("_Undo change to page Talks :microphone:");

        robot.clickOn("#section-pages");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Undid change to page Talks :microphone:");
    }
}
