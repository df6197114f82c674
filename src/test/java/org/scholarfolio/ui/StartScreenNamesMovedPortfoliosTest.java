package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a real window: the last portfolio's folder was moved, and the next start showed the start screen as to a
 * newcomer, with no word of the portfolio it had opened every time before. A recent portfolio that is not there
 * any more is named, with what to do; one that is there stays a link.
 */
@ExtendWith(ApplicationExtension.class)
class StartScreenNamesMovedPortfoliosTest {
    @TempDir
    static Path tmp;
    private Path moved;
    private Path kept;

    @Start
    void start(Stage stage) throws Exception {
        moved = tmp.resolve("homepage").resolve("portfolio.json");
        kept = Files.createDirectories(tmp.resolve("lab-site")).resolve("portfolio.json");
        Files.writeString(kept, "{}");
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.enableStartScreen((Path) null, List.of(moved, kept));
        EditorOnStage.show(stage, view, 1024, 700);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void aMovedPortfolioIsNamedAsNotFoundAndTheOneStillThereIsALink(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> missing = robot.lookup(".start-recent-missing").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(missing).containsExactly(moved.getParent() + " \u2014 not found (moved or deleted?)");
        assertThat(robot.lookup("#start-recent-missing-hint").queryAs(Label.class).getText()).contains("Open a portfolio");
        List<String> links = robot.lookup(".start-recent").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList();
        assertThat(links).containsExactly(kept.getParent().toString());
    }
}
