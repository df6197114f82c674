package org.scholarfolio.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
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
import org.scholarfolio.ui.form.WholeNumbers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page's menu position is a whole number. A word typed there used to stay on screen while the page kept its old
 * position, and the save wrote the old one: what the person typed was dropped without a word.
 */
@ExtendWith(ApplicationExtension.class)
class MenuPositionTypedTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withPages(List.of(
                new Page("teaching", "Teaching", 3, true, "Courses.", UnknownFields.NONE)));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        EditorOnStage.show(stage, new MainView(editor, new SimpleBooleanProperty(false), null), 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    private TextField openPosition(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#page-menu-order").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        return field;
    }

    private int savedPosition() {
        return editor.portfolio().pages().get(0).menuOrder();
    }

    @Test
    void aWordIsRefusedAtTheKeySoTheFieldNeverShowsWhatIsNotSaved(FxRobot robot) {
        TextField field = openPosition(robot);
        robot.write("first");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("3");
        assertThat(savedPosition()).isEqualTo(3);

        robot.write("12");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("12");
        assertThat(savedPosition()).isEqualTo(12);
    }

    @Test
    void aFieldLeftEmptyShowsThePositionThePageKeeps(FxRobot robot) {
        TextField field = openPosition(robot);
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEmpty();

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("3");
        assertThat(savedPosition()).isEqualTo(3);
    }

    @Test
    void theStepsOfTypingANumberAreAllowedAndNothingElse() {
        assertThat(List.of("", "-", "0", "-7", "2147483647")).allMatch(WholeNumbers::isTyping);
        assertThat(List.of("first", "1.5", "2147483648", "1e3", " 4", "--")).noneMatch(WholeNumbers::isTyping);
    }
}
