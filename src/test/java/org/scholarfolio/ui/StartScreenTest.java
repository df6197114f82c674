package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, point 5: a first start shows the ways to begin, not an empty untitled portfolio. */
@ExtendWith(ApplicationExtension.class)
class StartScreenTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
        files.files.put(Path.of("sample-data", "alan-turing"), Portfolio.empty());
        editor = new EditorViewModel(files, Portfolio.empty(), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.enableStartScreen(Path.of("sample-data", "alan-turing"), List.of());
        EditorOnStage.show(stage, view, 1024, 700);
    }

    private boolean startScreenShows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node start = robot.lookup("#start-screen").query();
        return start.getParent().isVisible();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void offersEveryWayToBeginAndOpeningTheSampleLeavesIt(FxRobot robot) {
        assertThat(startScreenShows(robot)).isTrue();
        for (String id : List.of("#start-sample", "#start-create", "#start-import-alfolio", "#start-import-bibtex", "#start-open")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        robot.clickOn("#start-sample");
        assertThat(startScreenShows(robot)).isFalse();
        assertThat(editor.fileProperty().get()).isNotNull();
    }

    @Test
    void startingEmptyLeavesTheStartScreen(FxRobot robot) {
        robot.clickOn("#start-empty");
        assertThat(startScreenShows(robot)).isFalse();
        robot.clickOn("#profile-first").write("Ada");
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Ada");
    }

    @Test
    void theFirstWayToBeginHasTheFocusAndLeavingPutsTheCursorInTheFirstField(FxRobot robot) {
        // Seen in a real window: the toolbar's Open button kept the focus behind the start screen, and
        // after "Create a portfolio" the name typed next went nowhere.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-sample").queryAs(Node.class).isFocused()).isTrue();
        robot.clickOn("#start-empty");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Ada");
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Ada");
    }
}
