package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.DocumentIo;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a real window under load: the app started on a portfolio shows its window white while the
 * portfolio is still being read, and what the person typed then was lost (the editing lock took the
 * keys, and once the form came the cursor was on the toolbar's Open button). Typed ahead, the keys
 * now reach the first field, which has the cursor.
 */
@ExtendWith(ApplicationExtension.class)
class TypeAheadWhileOpeningTest {
    @TempDir
    static Path tmp;

    private final ExecutorService fileThread = Executors.newSingleThreadExecutor();
    private final GatedPortfolioFiles files = new GatedPortfolioFiles();
    private EditorViewModel editor;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory(tmp, "portfolio");
        Files.copy(Path.of("sample-data", "alan-turing", "portfolio.json"), folder.resolve("portfolio.json"));
        editor = new EditorViewModel(files, Portfolio.empty(), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null,
                new DocumentIo(editor, fileThread, Platform::runLater));
        // As the app starts: the open begins before the window shows, and is held until the test lets it through.
        files.close();
        view.documents().open(folder);
        scene = new Scene(view.root(), 1100, 760);
        view.install(scene);
        view.standInForTheMenuBarUntilFirstContent(scene);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
    }

    @AfterEach
    void stopFileThread() throws InterruptedException {
        files.open();
        fileThread.shutdown();
        fileThread.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void keysTypedWhileThePortfolioIsReadReachTheFirstField(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> files.waiting.get() == 1);
        robot.write(" Q.");

        files.open();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> editor.fileProperty().get() != null);
        ProfileFormReady.await();

        TextField first = robot.lookup("#profile-first").queryAs(TextField.class);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> first.getText().equals("Alan Q."));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what the field holds
        }
        assertThat(first.getText()).isEqualTo("Alan Q.");
        assertThat(scene.getFocusOwner()).isSameAs(first);
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Alan Q.");
    }

    @Test
    void altAndAMenuLetterTypedWhileThePortfolioIsReadOpenThatMenu(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> files.waiting.get() == 1);
        robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F).release(javafx.scene.input.KeyCode.ALT);

        files.open();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> editor.fileProperty().get() != null);
        ProfileFormReady.await();

        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu file = bar.getMenus().get(0);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, file::isShowing);
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says it
        }
        assertThat(file.isShowing()).as("File menu shown").isTrue();
        TextField first = robot.lookup("#profile-first").queryAs(TextField.class);
        assertThat(first.getText()).isEqualTo("Alan");
    }
}
