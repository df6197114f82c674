package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A portfolio handed to another editor (one too large for this window's collector) is not read here: the status line says
 * where it went, and a window that held nothing closes, while one holding a portfolio stays.
 */
@ExtendWith(ApplicationExtension.class)
class LargePortfolioElsewhereTest {
    private static final Path LARGE = Path.of("work", "large");
    private static final Path SMALL = Path.of("work", "small");

    private final List<Path> handedOff = new ArrayList<>();
    private final InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
    private EditorViewModel editor;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        files.files.put(LARGE, Portfolio.empty());
        files.files.put(SMALL, Portfolio.empty());
        editor = new EditorViewModel(files, Portfolio.empty(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null, new DocumentIo(editor, Runnable::run, Runnable::run));
        view.documents().handLargePortfoliosTo(path -> path.equals(LARGE) && handedOff.add(path));
        view.documents().guardClose(stage, () -> { });
        stage.setScene(new Scene(view.root(), 1024, 700));
        stage.show();
    }

    @Test
    void aLargePortfolioOpenedFromAnEmptyWindowGoesToItsOwnEditorAndTheEmptyWindowCloses(FxRobot robot) {
        robot.interact(() -> view.documents().open(LARGE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(handedOff).containsExactly(LARGE);
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(view.status().getText()).contains("in a new window", LARGE.toString());
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void aWindowHoldingAPortfolioStaysWhenALargeOneGoesElsewhereAndSmallOnesOpenHere(FxRobot robot) {
        robot.interact(() -> view.documents().open(SMALL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.fileProperty().get()).isEqualTo(SMALL);

        robot.interact(() -> view.documents().open(LARGE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(handedOff).containsExactly(LARGE);
        assertThat(editor.fileProperty().get()).isEqualTo(SMALL);
        assertThat(stage.isShowing()).isTrue();
    }
}
