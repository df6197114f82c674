package org.scholarfolio.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Page;
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

/** Move up / Move down on the Pages screen set the site menu's order, one named undo step each. */
@ExtendWith(ApplicationExtension.class)
class PagesMoveInMenuTest {
    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) {
        // Listed out of menu order, with a tie: the menu (and the move) goes by the positions.
        Portfolio p = Portfolio.empty().withPages(List.of(
                new Page("talks", "Talks", 5, true, "", UnknownFields.NONE),
                new Page("teaching", "Teaching", 1, true, "", UnknownFields.NONE),
                new Page("cv", "CV", 5, true, "", UnknownFields.NONE)));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        EditorOnStage.show(stage, view, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    private List<String> menu() {
        return editor.portfolio().pages().stream().map(p -> p.menuOrder() + " " + p.title()).toList();
    }

    private void selectPage(FxRobot robot, String title) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void altUpMovesThePageUpTheMenuAndUndoNamesIt(FxRobot robot) {
        selectPage(robot, "CV");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(menu()).containsExactly("1 Teaching", "2 CV", "3 Talks");
        assertThat(view.menu(MainView.EDIT_MENU).getItems().get(0).getText()).isEqualTo("_Undo move of page CV");
        // The moved page stays selected, its form showing its new position.
        assertThat(robot.lookup("#page-title").queryAs(TextField.class).getText()).isEqualTo("CV");
        assertThat(robot.lookup("#page-menu-order").queryAs(TextField.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#pages-table").queryAs(TableView.class).getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu()).containsExactly("5 Talks", "1 Teaching", "5 CV");
    }

    @Test
    void theDownButtonMovesThePageDownAndStopsAtTheEnd(FxRobot robot) {
        selectPage(robot, "Teaching");
        // Sorted by title (CV, Talks, Teaching), the table would not show the move: it goes back to the menu's order.
        TableView<?> table = robot.lookup("#pages-table").queryAs(TableView.class);
        robot.interact(() -> addSortByTitle(table));
        robot.clickOn("#page-down");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu()).containsExactly("1 Talks", "2 Teaching", "3 CV");
        assertThat(table.getSortOrder()).isEmpty();
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(view.menu(MainView.EDIT_MENU).getItems().get(0).getText()).isEqualTo("_Undo move of page Teaching");

        robot.clickOn("#page-down");
        robot.clickOn("#page-down");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu()).containsExactly("1 Talks", "2 CV", "3 Teaching");

        // One step per move (the third press, at the end, made none): Undo takes back the second move only.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu()).containsExactly("1 Talks", "2 Teaching", "3 CV");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addSortByTitle(TableView table) {
        table.getSortOrder().add(table.getColumns().get(0));
    }
}
