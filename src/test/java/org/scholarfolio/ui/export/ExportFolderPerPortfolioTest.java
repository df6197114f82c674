package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One export folder for all portfolios offered a lab site's portfolio the personal site's folder, and
 * the export would have replaced that site. Each portfolio now gets the folder it was exported to,
 * or {@code <portfolio>-site} beside it; one never saved gets none.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFolderPerPortfolioTest {
    @TempDir
    static Path dir;
    private EditorViewModel editor;
    private ShellViewModel shell;
    private Stage stage;
    private final InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        files.files.put(personal(), Portfolio.empty());
        files.files.put(lab(), Portfolio.empty());
        editor = new EditorViewModel(files, Portfolio.empty(), null);
        shell = new ShellViewModel();
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o, progress) -> {
                    throw new AssertionError("nothing is exported here");
                },
                Executors.newSingleThreadExecutor(), Platform::runLater);
        vm.rememberFolder(shell.exportFoldersProperty(), shell::exportFolderFor);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        new ExportDialog(vm, stage, (url, failed) -> { }, warning -> { }, saved -> saved.accept(false)).show();
    }

    private static Path personal() {
        return dir.resolve("personal").resolve("portfolio.json");
    }

    private static Path lab() {
        return dir.resolve("lab").resolve("portfolio.json");
    }

    private void open(Path file) {
        robotless(() -> {
            try {
                editor.open(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void robotless(Runnable onFx) {
        Platform.runLater(onFx);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String folderShown(FxRobot robot) {
        return robot.lookup("#export-folder").queryAs(TextField.class).getText();
    }

    private void choose(FxRobot robot, Path folder) {
        TextField field = robot.lookup("#export-folder").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(folder.toString());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachPortfolioIsOfferedTheFolderItWasExportedToAndANewOneItsOwnBesideIt(FxRobot robot) {
        open(personal());
        assertThat(folderShown(robot)).isEqualTo(dir.resolve("personal-site").toString());
        Path personalSite = dir.resolve("www").resolve("ada");
        choose(robot, personalSite);

        open(lab());
        assertThat(folderShown(robot)).as("never exported: beside it, not the personal site's")
                .isEqualTo(dir.resolve("lab-site").toString());
        Path labSite = dir.resolve("www").resolve("lab");
        choose(robot, labSite);

        open(personal());
        assertThat(folderShown(robot)).isEqualTo(personalSite.toString());
        open(lab());
        assertThat(folderShown(robot)).isEqualTo(labSite.toString());

        robotless(editor::newPortfolio);
        assertThat(folderShown(robot)).as("a portfolio never saved gets no other one's folder").isEmpty();
        assertThat(shell.exportFoldersProperty().get().byPortfolio()).hasSize(2);
    }

    @Test
    void aFolderChosenBeforeTheFirstSaveBecomesThatPortfoliosOwn(FxRobot robot) {
        assertThat(folderShown(robot)).isEmpty();
        Path chosen = dir.resolve("www").resolve("new");
        choose(robot, chosen);
        Path saved = dir.resolve("fresh").resolve("portfolio.json");
        robotless(() -> {
            try {
                editor.saveAs(saved);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(folderShown(robot)).isEqualTo(chosen.toString());
        assertThat(shell.exportFolderFor(saved)).isEqualTo(chosen);

        open(personal());
        assertThat(folderShown(robot)).isEqualTo(dir.resolve("personal-site").toString());
        open(saved);
        assertThat(folderShown(robot)).isEqualTo(chosen.toString());
    }
}
