package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.importer.alfolio.AlfolioExport;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export as al-folio site: the export dialog running the al-folio export. */
@ExtendWith(ApplicationExtension.class)
class AlfolioExportDialogTest {
    @TempDir
    static Path dir;
    private ExportViewModel vm;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, dir.resolve("portfolio.json"));
        vm = new ExportViewModel(editor, new AlfolioSiteExport(), Executors.newSingleThreadExecutor(), Platform::runLater,
                ExportKind.ALFOLIO);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = new ExportDialog(vm, stage, (address, onFailure) -> { });
        dialog.show();
    }

    private void exportTo(FxRobot robot, Path out) throws Exception {
        robot.clickOn("#export-folder").write(out.toString());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void writesTheAlfolioSiteAndSaysWhatItWrote(FxRobot robot) throws Exception {
        assertThat(dialog.stage().getTitle()).isEqualTo("Export as al-folio site");
        assertThat(robot.lookup("#export-open").queryAs(Button.class).isVisible()).isFalse();
        Path out = dir.resolve("alfolio");
        exportTo(robot, out);

        assertThat(vm.reportProperty().get().errors()).isEmpty();
        assertThat(out.resolve("_config.yml")).content().contains("Lovelace");
        assertThat(out.resolve("_pages/about.md")).exists();
        assertThat(out.resolve(AlfolioExport.MANIFEST.fileName())).content().contains("_config.yml");
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).startsWith("Exported to " + out);
    }

    @Test
    void refusesAFolderHoldingSomeoneElsesFilesAndLeavesItAlone(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(dir.resolve("theme-clone"));
        Files.writeString(out.resolve("Gemfile"), "source 'https://rubygems.org'\n");
        exportTo(robot, out);

        assertThat(vm.reportProperty().get().succeeded()).isFalse();
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).isEqualTo("Export to " + out + " failed: 1 error");
        assertThat(robot.lookup("#export-report").queryAs(javafx.scene.control.ListView.class).getItems())
                .singleElement().asString().startsWith("Error: ").contains("did not write");
        assertThat(out.resolve("_config.yml")).doesNotExist();
        assertThat(out.resolve("Gemfile")).hasContent("source 'https://rubygems.org'");
    }
}
