package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export, greyed while it ran, handed the focus to Close, where the next Space shut the dialog and its
 * report. The focus goes to Cancel export while the export runs, and back to Export when it ends.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFocusDuringARunTest {
    @TempDir
    static Path dir;
    private final CountDownLatch go = new CountDownLatch(1);
    private ExportViewModel vm;
    private Stage dialog;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, dir.resolve("portfolio.json"));
        vm = new ExportViewModel(editor, (pf, d, o, progress) -> {
            try {
                go.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SiteExporter().export(pf, d, ExportOptions.defaults(), o, progress);
        }, Executors.newSingleThreadExecutor(), Platform::runLater);
        vm.folderProperty().set(dir.resolve("site-" + System.nanoTime()));
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        ExportDialog export = new ExportDialog(vm, stage, (url, failed) -> { });
        dialog = export.stage();
        export.show();
    }

    private Node focused() {
        return dialog.getScene().getFocusOwner();
    }

    @Test
    void exportHandsTheFocusToCancelAndTakesItBack(FxRobot robot) throws Exception {
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(focused()).as("while it runs").extracting(Node::getId).isEqualTo("export-cancel");

        go.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).as("after the export").extracting(Node::getId).isEqualTo("export-run");
        assertThat(dialog.isShowing()).isTrue();
    }
}
