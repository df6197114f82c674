package org.scholarfolio.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar's Problems button keeps its whole count beside a status line longer than the
 * window (an export's summary naming its folder and first warning), as the status bar lays them out.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsToggleTest {
    private ToggleButton toggle;

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        ProblemsPanel panel = new ProblemsPanel(new ProblemsViewModel(editor), editor::portfolio, problem -> { });
        toggle = panel.toggle();
        Label status = new Label("Exported to /home/someone/.local/share/scholarfolio/sample-data/yihua-zhang-site: "
                + "7 pages written, 0 unchanged; 4 warnings, first: site.baseUrl: not set; the feed, the sitemap and more");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        stage.setScene(new Scene(new HBox(8, status, spacer, toggle), 1024, 60));
        stage.show();
    }

    @Test
    void theCountIsNeverCutForALongStatusLine(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toggle.getWidth()).isGreaterThanOrEqualTo(toggle.prefWidth(-1) - 0.5);
        assertThat(robot.from(toggle).lookup(".text").queryText().getText()).isEqualTo(toggle.getText());
    }
}
