package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.property.SimpleBooleanProperty;
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
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+S after another program changed the file: the editor asks, and overwrites only when told to. */
@ExtendWith(ApplicationExtension.class)
class ChangedOnDiskTest {
    @TempDir
    static Path tmp;

    private Path file;
    private EditorViewModel editor;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory(tmp, "portfolio");
        file = folder.resolve("portfolio.json");
        Files.copy(Path.of("sample-data", "alan-turing", "portfolio.json"), file);
        editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.documents().open(file);
        EditorOnStage.show(stage, view, 1100, 760);
    }

    /** Another program (a command, a sync client) renames the person behind the editor's back. */
    private Portfolio changeBehindTheEditor() throws Exception {
        Portfolio theirs = PortfolioStore.load(file).portfolio();
        theirs = theirs.withProfile(theirs.profile().toBuilder().name(new PersonName("Changed", "", "Elsewhere")).build());
        PortfolioStore.save(file, theirs);
        return theirs;
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void saveAfterAnotherProgramWroteTheFileAsksAndCancelWritesNothing(FxRobot robot) throws Exception {
        robot.doubleClickOn("#profile-first").write("Alan Mathison");
        Portfolio theirs = changeBehindTheEditor();
        byte[] theirBytes = Files.readAllBytes(file);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#changed-on-disk-dialog").tryQuery()).isPresent();

        robot.clickOn("Compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#changed-on-disk-differences").queryAs(TextArea.class).getText())
                .isEqualTo("Profile: name differs");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readAllBytes(file)).isEqualTo(theirBytes);
        assertThat(editor.history().isDirty()).isTrue();
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Alan Mathison");
        assertThat(theirs.profile().name().first()).isEqualTo("Changed");
    }

    /**
     * The command line imports a paper into the open portfolio while a name is typed here: Keep both changes has
     * the paper and the name, unsaved, and Save writes both. Before, the choice was the file (the typing
     * undone) or this window's version (the paper overwritten).
     */
    @Test
    void keepBothHasTheOtherProgramsPaperAndTheNameTypedHere(FxRobot robot) throws Exception {
        robot.doubleClickOn("#profile-first").write("Alan Mathison");
        Portfolio theirs = PortfolioStore.load(file).portfolio();
        java.util.List<org.scholarfolio.model.Publication> pubs = new java.util.ArrayList<>(theirs.publications());
        pubs.add(org.scholarfolio.model.Publication.builder("church1936", "article").title("An Unsolvable Problem")
                .year(1936).authors(java.util.List.of(org.scholarfolio.model.Author.of("Alonzo", "Church"))).build());
        PortfolioStore.save(file, theirs.withPublications(pubs));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Keep both changes");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> editor.portfolio().publications().size() == pubs.size());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Alan Mathison");
        assertThat(editor.portfolio().publications()).extracting(p -> p.citationKey()).contains("church1936");
        assertThat(editor.history().isDirty()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !editor.history().isDirty());
        Portfolio written = PortfolioStore.load(file).portfolio();
        assertThat(written.profile().name().first()).isEqualTo("Alan Mathison");
        assertThat(written.publications()).extracting(p -> p.citationKey()).contains("church1936");
    }

    @Test
    void reloadTakesTheFileAsItIsAndUndoBringsTheEditsBack(FxRobot robot) throws Exception {
        robot.doubleClickOn("#profile-first").write("Alan Mathison");
        Portfolio theirs = changeBehindTheEditor();

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Reload from disk");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio()).isEqualTo(theirs);
        assertThat(editor.history().isDirty()).isFalse();
        robot.interact(() -> editor.history().undo());
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Alan Mathison");

        // the reloaded file is the new baseline: the next save goes through without asking
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(PortfolioStore.load(file).portfolio().profile().name().first()).isEqualTo("Alan Mathison");
    }

    @Test
    void overwriteReplacesTheOtherProgramsChangeOnlyWhenChosen(FxRobot robot) throws Exception {
        robot.doubleClickOn("#profile-first").write("Alan Mathison");
        changeBehindTheEditor();

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Overwrite");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(PortfolioStore.load(file).portfolio()).isEqualTo(editor.portfolio());
        assertThat(editor.history().isDirty()).isFalse();
        assertThat(PortfolioStore.load(file.resolveSibling("portfolio.json.bak")).portfolio().profile().name().first())
                .isEqualTo("Changed");
    }
}
