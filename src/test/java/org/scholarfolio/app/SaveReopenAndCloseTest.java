package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor on a real portfolio file: Ctrl+S then reopening, and closing the window with changes. */
@ExtendWith(ApplicationExtension.class)
class SaveReopenAndCloseTest {
    @TempDir
    static Path tmp;

    private Path file;
    private EditorViewModel editor;
    private Stage stage;
    private final AtomicInteger closed = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path folder = Files.createTempDirectory(tmp, "portfolio");
        file = folder.resolve("portfolio.json");
        Files.copy(Path.of("sample-data", "alan-turing", "portfolio.json"), file);
        editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.documents().open(file);
        Scene scene = new Scene(view.root(), 1100, 760);
        view.install(scene);
        view.documents().guardClose(stage, closed::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void ctrlSSavesAndReopeningGivesTheSamePortfolio(FxRobot robot) throws IOException {
        robot.doubleClickOn("#profile-first").write("Alan Mathison");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.history().isDirty()).isFalse();
        Portfolio reopened = new StorePortfolioFiles().open(file).portfolio();
        assertThat(reopened).isEqualTo(editor.portfolio());
        assertThat(reopened.profile().name().first()).isEqualTo("Alan Mathison");
        assertThat(file.resolveSibling("portfolio.json.bak")).exists();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowAndTheWork(FxRobot robot) {
        robot.doubleClickOn("#profile-first").write("Ada");
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(closed).hasValue(0);
        assertThat(robot.lookup("#profile-first").queryAs(TextField.class).getText()).isEqualTo("Ada");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isFalse();
        assertThat(closed).hasValue(1);
    }
}
