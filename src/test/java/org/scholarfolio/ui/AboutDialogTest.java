package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About shows the version and the third-party notices the build generated. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        view = EditorOnStage.show(stage, editor, 1000, 700);
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void helpAboutShowsTheThirdPartyNotices(FxRobot robot) {
        Menu help = ((MenuBar) view.root().lookup(".menu-bar")).getMenus().stream()
                .filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow();
        MenuItem about = help.getItems().stream().filter(i -> "menu-about".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(about::fire); // the dialog waits for its answer in a nested event loop
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-dialog").tryQuery()).isPresent();
        String notices = robot.lookup("#about-notices").queryAs(TextArea.class).getText();
        assertThat(notices).contains("Twemoji").contains("CC-BY-4.0").contains("picocli");
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-dialog").tryQuery()).isEmpty();
    }
}
