package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After a crash, opening the portfolio offers the changes that the recovery file kept. */
@ExtendWith(ApplicationExtension.class)
class RecoveryPromptTest {
    private static final Path FILE = Path.of("/home/ada/site/portfolio.json");

    private final AutosaveTest.MemoryStore store = new AutosaveTest.MemoryStore();
    private EditorViewModel editor;
    private MainView view;
    private Portfolio unsaved;

    @Start
    void start(Stage stage) {
        InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
        files.files.put(FILE, Portfolio.empty());
        Portfolio p = Portfolio.empty();
        unsaved = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
        store.files.put(Autosave.recoveryFileFor(FILE), unsaved);
        editor = new EditorViewModel(files, Portfolio.empty(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.enableAutosave(new Autosave(editor, store, Path.of("/tmp/untitled.recovery.json")));
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @Test
    void recoveringPutsTheUnsavedChangesBack(FxRobot robot) {
        Platform.runLater(() -> view.documents().open(FILE));
        WaitForAsyncUtils.waitForFxEvents();
        // The question names the screen and the field that differ from the saved file.
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("\u2022 Profile \u203a name changed");

        robot.clickOn("Recover");

        assertThat(editor.portfolio()).isEqualTo(unsaved);
        assertThat(editor.history().isDirty()).isTrue();
    }

    @Test
    void discardingDeletesTheRecoveryFile(FxRobot robot) {
        Platform.runLater(() -> view.documents().open(FILE));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Discard");

        assertThat(editor.portfolio()).isEqualTo(Portfolio.empty());
        assertThat(store.files).doesNotContainKey(Autosave.recoveryFileFor(FILE));
    }
}
