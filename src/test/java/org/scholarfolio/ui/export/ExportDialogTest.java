package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
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

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path dir;
    private ExportViewModel vm;
    private final List<String> opened = new ArrayList<>();
    /** What the browser hand-off says went wrong; null: it works. */
    private volatile String browserFails;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, dir.resolve("portfolio.json"));
        vm = new ExportViewModel(editor, (pf, d, o, progress) -> new SiteExporter().export(pf, d, ExportOptions.defaults(), o, progress),
                Executors.newSingleThreadExecutor(), Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        new ExportDialog(vm, stage, (url, failed) -> {
            opened.add(url);
            if (browserFails != null) {
                new Thread(() -> failed.accept(browserFails)).start();
            }
        }).show();
    }

    @Test
    void exportWritesTheSiteShowsTheReportAndOpensItInTheBrowser(FxRobot robot) throws Exception {
        Path out = dir.resolve("site");
        robot.clickOn("#export-folder").write(out.toString());
        robot.clickOn("#export-run");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(out.resolve("index.html"))).contains("Lovelace");
        ListView<?> report = robot.lookup("#export-report").queryAs(ListView.class);
        javafx.scene.control.Label summary = robot.lookup("#export-message").queryAs(javafx.scene.control.Label.class);
        String message = summary.getText();
        // drawn whole, not cut off with an ellipsis
        assertThat(((javafx.scene.text.Text) summary.lookup(".text")).getText()).isEqualTo(message);
        assertThat(message).containsPattern("\\d+ pages? written");
        // Each warning is said once, in the list; the line above it only counts them.
        assertThat(report.getItems()).isNotEmpty().allSatisfy(line -> assertThat(message).doesNotContain(
                line.toString().substring(line.toString().indexOf(' ') + 1)));
        robot.clickOn("#export-open");
        assertThat(opened).containsExactly(out.resolve("index.html").toUri().toString());
        assertThat(robot.lookup("#export-folder").queryAs(TextField.class).getText()).isEqualTo(out.toString());
    }

    /** Seen in a real window: the base-address warning ran off the report's right edge, to be read by scrolling sideways. */
    @Test
    void theEmptyReportSaysWhatItWillHold(FxRobot robot) {
        Label placeholder = robot.lookup("#export-report-placeholder").queryAs(Label.class);

        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getScene()).isNotNull();
        assertThat(placeholder.getText()).isEqualTo("Errors and warnings of the export will be listed here.");
    }

    @Test
    void aLongWarningWrapsInTheReportInsteadOfRunningOffItsEdge(FxRobot robot) throws Exception {
        Path out = dir.resolve("site-wrapped");
        robot.clickOn("#export-folder").write(out.toString());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> report = robot.lookup("#export-report").queryAs(ListView.class);
        assertThat(report.getItems()).anySatisfy(line -> assertThat(line.toString()).startsWith("Warning: site.baseUrl"));
        List<javafx.scene.control.ListCell<?>> shown = report.lookupAll(".list-cell").stream()
                .<javafx.scene.control.ListCell<?>>map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.isVisible() && c.getItem() != null && c.getItem().toString().startsWith("Warning")).toList();
        assertThat(shown).isNotEmpty();
        for (javafx.scene.control.ListCell<?> cell : shown) {
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) cell.lookup(".text");
            assertThat(drawn.getText()).as("the whole warning").isEqualTo(cell.getItem());
            assertThat(cell.getWidth()).as("within the report").isLessThanOrEqualTo(report.getWidth());
        }
        assertThat(report.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()))
                .as("no sideways scrolling").isEmpty();
    }

    @Test
    void aBrowserThatCannotBeOpenedIsReportedInTheDialogWithTheAddressOnTheClipboard(FxRobot robot) throws Exception {
        browserFails = "Could not open the site: xdg-open failed (exit code 4): [9624:9624:1206/081117.912974:ERROR:content/browser/"
                + "zygote_host/zygote_host_impl_linux.cc:103] Running as root without --no-sandbox is not supported.";
        Path out = dir.resolve("site-2");
        robot.clickOn("#export-folder").write(out.toString());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#export-open");
        Label problem = robot.lookup("#export-open-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());

        assertThat(problem.getText()).startsWith("No browser opened the site").contains("paste it into your browser")
                .endsWith(browserFails);
        assertThat(problem.isVisible()).isTrue();
        // A browser's log line as xdg-open passes it on is long: the advice is still drawn, not cut off.
        javafx.scene.text.Text drawn = robot.from(problem).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                .query();
        assertThat(drawn.getText()).contains("paste it into your browser");
        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).isEqualTo(out.resolve("index.html").toUri().toString());
    }
}
