package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window that starts by opening a portfolio never builds the start screen (nor looks for the
 * sample) while the portfolio is read; when the open fails, the start screen is built and shows.
 */
@ExtendWith(ApplicationExtension.class)
class StartScreenWhileOpeningTest {
    private static final Path PORTFOLIO = Path.of("work", "turing");

    private final List<Runnable> fileWork = new ArrayList<>();
    private final AtomicInteger sampleLookups = new AtomicInteger();
    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) {
        InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
        files.files.put(PORTFOLIO, Portfolio.empty());
        editor = new EditorViewModel(files, Portfolio.empty(), null);
        // File work waits until a test runs it, as a slow disk would.
        view = new MainView(editor, new SimpleBooleanProperty(false), null,
                new DocumentIo(editor, fileWork::add, Runnable::run));
        stage.setScene(new Scene(view.root(), 1024, 700));
        stage.show();
    }

    private void startOpening(FxRobot robot, Path path) {
        robot.interact(() -> {
            view.documents().open(path);
            view.enableStartScreen(() -> {
                sampleLookups.incrementAndGet();
                return Path.of("sample-data", "alan-turing");
            }, List.of());
        });
    }

    private void finishFileWork(FxRobot robot) {
        robot.interact(() -> {
            List<Runnable> work = List.copyOf(fileWork);
            fileWork.clear();
            work.forEach(Runnable::run);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void whileAPortfolioOpensTheStartScreenIsNeitherBuiltNorShownAndAfterwardsNeverIs(FxRobot robot) {
        startOpening(robot, PORTFOLIO);
        assertThat(robot.lookup("#start-screen").tryQuery()).isEmpty();
        assertThat(sampleLookups).hasValue(0);

        finishFileWork(robot);
        assertThat(editor.fileProperty().get()).isEqualTo(PORTFOLIO);
        assertThat(robot.lookup("#start-screen").tryQuery()).isEmpty();
        assertThat(sampleLookups).hasValue(0);
        // Nor its backdrop: hidden, it would still be styled with the window.
        assertThat(robot.lookup(".start-backdrop").tryQuery()).isEmpty();
    }

    @Test
    void whenTheOpenFailsTheStartScreenIsBuiltAndShows(FxRobot robot) {
        startOpening(robot, Path.of("work", "gone"));
        assertThat(robot.lookup("#start-screen").tryQuery()).isEmpty();

        finishFileWork(robot);
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(robot.lookup("#start-screen").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-screen").query().getParent().isVisible()).isTrue();
        assertThat(robot.lookup("#start-screen").query().getParent().getStyleClass()).contains("start-backdrop");
        assertThat(robot.lookup("#start-sample").tryQuery()).isPresent();
        assertThat(sampleLookups).hasValue(1);
    }
}
