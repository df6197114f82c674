package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.DocumentIo;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare in the changed-on-disk dialog reads the file and works out the differences on the file
 * thread: the dialog stays usable until they come back, and the read does not count as this
 * window having seen the other program's change (a later save still asks).
 */
@ExtendWith(ApplicationExtension.class)
class CompareWithDiskTest {
    @TempDir
    static Path tmp;

    private Path file;
    private final HeldFileThread fileThread = new HeldFileThread();

    /** Runs file work at once, or, while held, keeps it until the test lets it run. */
    private static final class HeldFileThread implements Executor {
        private final List<Runnable> waiting = new ArrayList<>();
        private boolean held;

        @Override
        public synchronized void execute(Runnable work) {
            if (held) {
                waiting.add(work);
            } else {
                work.run();
            }
        }

        synchronized void hold() {
            held = true;
        }

        synchronized int waiting() {
            return waiting.size();
        }

        /** Runs what waits on the calling thread (the test's: not the JavaFX thread) and stops holding. */
        void release() {
            List<Runnable> work;
            synchronized (this) {
                held = false;
                work = List.copyOf(waiting);
                waiting.clear();
            }
            work.forEach(Runnable::run);
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory(tmp, "portfolio");
        file = folder.resolve("portfolio.json");
        Files.copy(Path.of("sample-data", "alan-turing", "portfolio.json"), file);
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null,
                new DocumentIo(editor, fileThread, Platform::runLater));
        view.documents().open(file);
        EditorOnStage.show(stage, view, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    private void changeBehindTheEditor() throws Exception {
        Portfolio theirs = PortfolioStore.load(file).portfolio();
        PortfolioStore.save(file, theirs.withProfile(
                theirs.profile().toBuilder().name(new PersonName("Changed", "", "Elsewhere")).build()));
    }

    private void saveUntilAsked(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types a name, lets another program change the file, and saves until the question shows: the other program's bytes. */
    private byte[] editThenSaveOverAnotherProgramsChange(FxRobot robot) throws Exception {
        robot.doubleClickOn("#profile-first").write("Alan Mathison");
        changeBehindTheEditor();
        byte[] theirBytes = Files.readAllBytes(file);
        saveUntilAsked(robot);
        return theirBytes;
    }

    private static Node compareButton(FxRobot robot) {
        return robot.lookup(".button").match(n -> "Compare".equals(((javafx.scene.control.Button) n).getText())).query();
    }

    @Test
    void compareShowsTheDifferencesWhenTheFileThreadHasThemAndASaveStillAsks(FxRobot robot) throws Exception {
        byte[] theirBytes = editThenSaveOverAnotherProgramsChange(robot);

        fileThread.hold();
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();

        // Nothing was read on the JavaFX thread: the work waits for the file thread, the dialog says so.
        assertThat(fileThread.waiting()).isEqualTo(1);
        TextArea differences = robot.lookup("#changed-on-disk-differences").queryAs(TextArea.class);
        assertThat(differences.getText()).isEqualTo("Comparing with the file on disk\u2026");
        Node compare = compareButton(robot);
        assertThat(compare.isDisabled()).isTrue();

        fileThread.release();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Profile: name differs".equals(differences.getText()));
        // the text is set and the button enabled in one turn of the JavaFX thread; this thread may see the text first
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(compare.isDisabled()).isFalse();

        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(file)).isEqualTo(theirBytes);

        // Compare read the file but did not take it as seen: saving again asks again, and overwrites nothing.
        saveUntilAsked(robot);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(file)).isEqualTo(theirBytes);
    }

    /** Seen in a real window: with the differences shown, "Hide Details" took room and the buttons read "Reload from d…", "Comp…". */
    @Test
    void withTheDifferencesShownEveryButtonKeepsItsWholeLabel(FxRobot robot) throws Exception {
        editThenSaveOverAnotherProgramsChange(robot);
        robot.clickOn("Compare");
        TextArea differences = robot.lookup("#changed-on-disk-differences").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Profile: name differs".equals(differences.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        Node pane = robot.lookup("#changed-on-disk-dialog").query();
        List<javafx.scene.control.ButtonBase> buttons = pane.lookupAll(".button").stream()
                .filter(n -> n instanceof javafx.scene.control.ButtonBase b && b.isVisible() && b.getText() != null)
                .map(javafx.scene.control.ButtonBase.class::cast).toList();
        assertThat(buttons).extracting(javafx.scene.control.ButtonBase::getText)
                .contains("Keep both changes", "Reload from disk", "Compare", "Overwrite", "Cancel");
        for (javafx.scene.control.ButtonBase button : buttons) {
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) button.lookup(".text");
            assertThat(drawn.getText()).as("button %s", button.getText()).isEqualTo(button.getText());
        }
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDialogAnswersWhileTheComparisonIsStillBeingWorkedOut(FxRobot robot) throws Exception {
        byte[] theirBytes = editThenSaveOverAnotherProgramsChange(robot);

        fileThread.hold();
        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#changed-on-disk-dialog").tryQuery()).isEmpty();

        // The answer arrives after the dialog closed: nothing happens to the file or the window.
        fileThread.release();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(file)).isEqualTo(theirBytes);
        assertThat(robot.lookup("#profile-first").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Alan Mathison");
    }

    @Test
    void compareByKeyboardLeavesTheFocusOnTheDifferencesNotOnOverwrite(FxRobot robot) throws Exception {
        byte[] theirBytes = editThenSaveOverAnotherProgramsChange(robot);

        fileThread.hold();
        Node compare = compareButton(robot);
        robot.interact(compare::requestFocus);
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        Node focused = compare.getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo("changed-on-disk-differences");
        fileThread.release();
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(file)).as("Enter after Compare replaced nothing").isEqualTo(theirBytes);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
