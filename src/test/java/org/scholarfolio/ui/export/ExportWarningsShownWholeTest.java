package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
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
import org.scholarfolio.ui.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Seen in a real window: warnings longer than two lines were cut with "…"; each is drawn whole in the report. */
@ExtendWith(ApplicationExtension.class)
class ExportWarningsShownWholeTest {
    @TempDir
    static Path dir;
    private ExportViewModel vm;

    @Start
    void start(Stage stage) {
        // The window's theme, as the app sets it before its first control: its font and padding decide the lines.
        MainView.applyTheme(false);
        Portfolio p = Portfolio.empty();
        StringBuilder bio = new StringBuilder("Links to pages I have not written yet:\n\n");
        for (int i = 0; i < 6; i++) {
            bio.append("- [chapter ").append(i).append("](notes/the-collected-lecture-notes-on-computable-numbers-and-their-application-to-the-")
                    .append("entscheidungsproblem/part-").append(i).append("/a-rather-long-section-name-that-goes-on.html)\n");
        }
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).bio(bio.toString()).build());
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, dir.resolve("portfolio.json"));
        vm = new ExportViewModel(editor, (pf, d, o, progress) -> new SiteExporter().export(pf, d, ExportOptions.defaults(), o, progress),
                Executors.newSingleThreadExecutor(), Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        new ExportDialog(vm, stage, (url, failed) -> { }).show();
    }

    @Test
    void everyWarningIsDrawnWholeHoweverManyLinesItTakes(FxRobot robot) throws Exception {
        robot.clickOn("#export-folder").write(dir.resolve("site").toString());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> report = robot.lookup("#export-report").queryAs(ListView.class);
        assertThat(report.getItems()).filteredOn(line -> line.toString().contains("matches no page")).hasSize(6);
        for (int i = 0; i < report.getItems().size(); i++) {
            int line = i;
            robot.interact(() -> report.scrollTo(line));
            WaitForAsyncUtils.waitForFxEvents();
            List<ListCell<?>> cells = report.lookupAll(".list-cell").stream().<ListCell<?>>map(n -> (ListCell<?>) n)
                    .filter(c -> c.isVisible() && c.getIndex() == line).toList();
            assertThat(cells).as("line %d shown", line).hasSize(1);
            ListCell<?> cell = cells.get(0);
            Text drawn = (Text) cell.lookup(".text");
            assertThat(drawn.getText()).as("line %d drawn whole", line).isEqualTo(report.getItems().get(line).toString());
            // Every line of it inside the row: a row shorter than its text shows the last line cut or hidden.
            assertThat(drawn.getBoundsInParent().getMaxY()).as("line %d's last line inside its row", line)
                    .isLessThanOrEqualTo(cell.getHeight() - cell.snappedBottomInset() + 0.5);
            assertThat(drawn.getBoundsInParent().getMaxX()).as("line %d inside the report", line)
                    .isLessThanOrEqualTo(report.getWidth());
        }
    }
}
