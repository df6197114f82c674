package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A portfolio written by a newer Scholarfolio is refused with a sentence that names the file and says what to do. In a
 * real window (Xvfb 1400 x 900, java -jar) the status line showed it cut short: "…field schemaVersion: was written by
 * a newer Scholarfolio (file format v…", without "Update Scholarfolio to open it; the file was left unchanged", and
 * at 1024 x 700 less. The status line wraps a long message; the Problems button stays whole beside it.
 */
@ExtendWith(ApplicationExtension.class)
class StatusLineShowsTheWholeMessageTest {
    @TempDir
    Path dir;
    private Stage window;

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
        });
    }

    /** The JSON store's files, as the app wires them: its message names the file, line and field. */
    private static final class StoreFiles implements PortfolioFiles {
        @Override
        public Opened open(Path folderOrJson) throws IOException {
            try {
                var loaded = PortfolioStore.load(folderOrJson);
                return new Opened(loaded.file(), loaded.portfolio());
            } catch (PortfolioLoadException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void save(Path jsonFile, Portfolio portfolio) {
            throw new AssertionError("nothing is saved here");
        }
    }

    @Test
    void aNewerFilesRefusalShowsWholeInASmallWindow(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-portfolio-folder-with-a-long-name").resolve("homepage"));
        Files.writeString(folder.resolve("portfolio.json"), "{\n  \"schemaVersion\": 7,\n  \"profile\": {}\n}\n");
        MainView[] view = new MainView[1];
        robot.interact(() -> {
            EditorViewModel editor = new EditorViewModel(new StoreFiles(), Portfolio.empty(), null);
            view[0] = new MainView(editor, new SimpleBooleanProperty(false), null);
            window = new Stage();
            EditorOnStage.show(window, view[0], 1024, 700);
        });
        ProfileFormReady.await();

        robot.interact(() -> view[0].documents().open(folder));
        WaitForAsyncUtils.waitForFxEvents();
        Label status = view[0].status();
        assertThat(status.getText()).contains(folder.resolve("portfolio.json").toString())
                .endsWith("Update Scholarfolio to open it; the file was left unchanged.");
        robot.interact(() -> window.getScene().getRoot().layout());
        assertThat(shown(status)).as("the status line as drawn").isEqualTo(status.getText());
        Labeled problems = robot.lookup(".status-bar .toggle-button").queryAs(Labeled.class);
        assertThat(shown(problems)).as("the Problems button as drawn").isEqualTo(problems.getText());
    }

    /** What a label draws: its text, or the text cut short with an ellipsis when it does not fit. */
    private static String shown(Labeled label) {
        return ((Text) label.lookup(".text")).getText();
    }
}
