package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, point 2: what a person types is never dropped. */
@ExtendWith(ApplicationExtension.class)
class TypedInputKeptTest {
    @TempDir
    static Path dir;
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty()
                .withPublications(List.of(Publication.builder("turing1950", "article").year(1950).build()))
                .withNews(List.of(new NewsItem("n1", NewsDate.of(LocalDate.of(2020, 1, 1)), "", "Talk", true,
                        UnknownFields.NONE)));
        editor = new EditorViewModel(new StorePortfolioFiles(), p, null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        Scene scene = EditorOnStage.show(stage, view, 1100, 760);
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void anInvalidYearStaysInTheFieldAndTheFileAndTheProblemSaysWhatIsWrong(FxRobot robot) throws Exception {
        robot.clickOn("#section-publications");
        robot.interact(() -> robot.lookup("#publications-table").queryTableView().getSelectionModel().select(0));
        TextField year = robot.lookup("#pub-year").queryAs(TextField.class);
        robot.doubleClickOn(year).eraseText(4).write("abc");
        robot.clickOn("#pub-title");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(year.getText()).isEqualTo("abc");
        robot.clickOn("#problems-toggle");
        ListView<Diagnostic> problems = robot.lookup("#problem-list").queryListView();
        assertThat(problems.getItems()).extracting(Diagnostic::message).contains("year: \"abc\" is not a year");
        // The list shows what was typed too, not an empty year, and the problem names the paper as the screen does.
        javafx.scene.control.TableView<?> table = robot.lookup("#publications-table").queryTableView();
        assertThat(table.getColumns().get(1).getCellData(0)).isEqualTo("abc");
        assertThat(robot.lookup("#problem-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(javafx.scene.control.ListCell::getText)
                .contains("Publication turing1950 \u203a year \u2014 \"abc\" is not a year");

        Path file = dir.resolve("portfolio.json");
        robot.interact(() -> {
            try {
                editor.saveAs(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.readString(file)).containsPattern("\"year\" ?: \"abc\"");
    }

    @Test
    void aNewsDateIsReadAsIsoOrAsWrittenAndWhatIsNoDateIsKeptInTheFieldAndTheFileWithAMessage(FxRobot robot)
            throws Exception {
        robot.clickOn("#section-news");
        robot.interact(() -> robot.lookup("#news-table").queryTableView().getSelectionModel().select(0));
        TextField date = robot.lookup("#news-date").queryAs(TextField.class);

        robot.interact(() -> date.setText(""));
        robot.clickOn(date).write("1952-01-09");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.portfolio().news().get(0).date().date()).isEqualTo(LocalDate.of(1952, 1, 9));

        robot.interact(() -> date.setText(""));
        robot.clickOn(date).write("9 Jan 1953");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.portfolio().news().get(0).date().date()).isEqualTo(LocalDate.of(1953, 1, 9));

        robot.interact(() -> date.setText(""));
        robot.clickOn(date).write("next week");
        robot.clickOn("#news-title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getText()).isEqualTo("next week");
        assertThat(robot.lookup("#news-date-problem").queryAs(Label.class).getText())
                .startsWith("\u201cnext week\u201d is not a date");
        robot.clickOn("#problems-toggle");
        ListView<Diagnostic> problems = robot.lookup("#problem-list").queryListView();
        assertThat(problems.getItems()).extracting(Diagnostic::message)
                .contains("date: \"next week\" is not a date; write YYYY-MM-DD");
        assertThat(robot.lookup("#news-table").queryTableView().getItems()).hasSize(1);

        Path file = dir.resolve("news").resolve("portfolio.json");
        Files.createDirectories(file.getParent());
        robot.interact(() -> {
            try {
                editor.saveAs(file);
                // Read back from the file: the field shows what was typed.
                editor.open(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.readString(file)).containsPattern("\"date\" ?: \"next week\"");
        robot.interact(() -> robot.lookup("#news-table").queryTableView().getSelectionModel().select(0));
        assertThat(robot.lookup("#news-date").queryAs(TextField.class).getText()).isEqualTo("next week");
    }
}
