package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a real window: a portfolio begun by importing a BibTeX file has no file yet, and Export
 * offered no folder, then said "Save the portfolio first" only after one was typed. The dialog now
 * says so at once and offers the Save As, after which the export goes on beside the saved portfolio.
 */
@ExtendWith(ApplicationExtension.class)
class ExportUnsavedPortfolioTest {
    @TempDir
    Path dir;
    private EditorViewModel editor;
    private ExportViewModel vm;
    /** Where the person's Save As puts the portfolio; null: they cancel it. */
    private volatile Path saveTo;
    private int saveAsAsked;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        Portfolio named = p;
        editor.edit("profile.name", old -> named);
        vm = new ExportViewModel(editor, (pf, d, o, progress) -> new SiteExporter().export(pf, d, ExportOptions.defaults(), o, progress),
                Executors.newSingleThreadExecutor(), Platform::runLater);
        ShellViewModel shell = new ShellViewModel();
        vm.rememberFolder(shell.exportFoldersProperty(), shell::exportFolderFor);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        Consumer<Consumer<Boolean>> saveAs = saved -> {
            saveAsAsked++;
            if (saveTo == null) {
                saved.accept(false);
                return;
            }
            try {
                editor.saveAs(saveTo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            saved.accept(true);
        };
        new ExportDialog(vm, stage, (url, failed) -> { }, warning -> { }, saveAs).show();
    }

    @Test
    void theDialogSaysAtOnceThatThePortfolioIsUnsavedThenSavesItAndExportsBesideIt(FxRobot robot) throws Exception {
        Node notice = robot.lookup("#export-unsaved").query();
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.lookup("#export-unsaved-text").queryAs(Label.class).getText()).contains("not saved yet").contains("-site");
        assertThat(robot.lookup("#export-run").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#export-folder").queryAs(TextField.class).getText()).isEmpty();

        saveTo = dir.resolve("lovelace").resolve("portfolio.json");
        robot.clickOn("#export-save-first");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Path site = dir.resolve("lovelace-site");
        assertThat(vm.reportProperty().get().succeeded()).isTrue();
        assertThat(Files.readString(site.resolve("index.html"))).contains("Lovelace");
        assertThat(robot.lookup("#export-folder").queryAs(TextField.class).getText()).isEqualTo(site.toString());
        assertThat(notice.isVisible()).as("saved: nothing more to say").isFalse();
        assertThat(robot.lookup("#export-run").queryAs(Button.class).isDefaultButton()).isTrue();
    }

    @Test
    void cancellingTheSaveLeavesThePortfolioAndTheDialogAsTheyWere(FxRobot robot) {
        Portfolio before = editor.portfolio();
        String message = vm.messageProperty().get();
        saveTo = null;
        // Enter asks for the save: the one thing that can be done yet.
        robot.clickOn("#export-unsaved-text").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saveAsAsked).isEqualTo(1);
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(editor.portfolio()).isSameAs(before);
        assertThat(editor.history().isDirty()).as("what was typed is still unsaved, not dropped").isTrue();
        assertThat(vm.folderProperty().get()).isNull();
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo(message);
        assertThat(robot.lookup("#export-unsaved").query().isVisible()).isTrue();
    }
}
