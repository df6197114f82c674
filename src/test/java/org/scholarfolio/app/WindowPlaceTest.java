package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window's place is written when the person stops moving it, not only at a clean quit; a place off every screen comes back onto one. */
@ExtendWith(ApplicationExtension.class)
class WindowPlaceTest {
    @TempDir
    Path folder;

    private static final Rectangle2D MAIN = new Rectangle2D(0, 0, 1400, 900);
    private static final Rectangle2D RIGHT = new Rectangle2D(1400, 0, 1920, 1080);

    private WindowPrefs.Bounds stored() {
        return new WindowPrefs(WindowPrefs.read(folder, Map::of)).bounds();
    }

    @Test
    void aMovedAndResizedWindowIsWrittenOnceItSettlesWithoutAQuit(FxRobot robot) throws Exception {
        WindowPrefs prefs = new WindowPrefs(WindowPrefs.read(folder, Map::of));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 800, 600));
            WindowPlace.keep(stage[0], prefs);
            stage[0].show();
        });
        try {
            robot.interact(() -> {
                stage[0].setX(130);
                stage[0].setY(70);
                stage[0].setWidth(900);
                stage[0].setHeight(640);
            });
            // Read back from the settings file, as the next start after a crash reads it.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().hasPosition() && stored().x() == 130);
            assertThat(stored()).isEqualTo(new WindowPrefs.Bounds(130, 70, 900, 640, false));
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    @Test
    void aWindowWhoseTitleBarIsOnAScreenStaysWhereItWas() {
        WindowPrefs.Bounds onTheRight = new WindowPrefs.Bounds(1500, 100, 1000, 700, false);
        assertThat(WindowPlace.onScreen(onTheRight, List.of(MAIN, RIGHT))).isEqualTo(new Rectangle2D(1500, 100, 1000, 700));
    }

    @Test
    void aWindowLastOnAMonitorNowGoneComesOntoTheMainScreen() {
        WindowPrefs.Bounds onTheRight = new WindowPrefs.Bounds(1500, 100, 1000, 700, false);
        assertThat(WindowPlace.onScreen(onTheRight, List.of(MAIN))).isEqualTo(new Rectangle2D(400, 100, 1000, 700));
    }

    @Test
    void aWindowWithItsTitleBarAboveTheScreenComesDownOntoIt() {
        // Most of the window shows, but its title bar (the only handle to move it) is above the top edge.
        WindowPrefs.Bounds tooHigh = new WindowPrefs.Bounds(100, -200, 900, 700, false);
        assertThat(WindowPlace.onScreen(tooHigh, List.of(MAIN))).isEqualTo(new Rectangle2D(100, 0, 900, 700));
    }

    @Test
    void aWindowWithoutAPlaceIsLeftToTheSystem() {
        assertThat(WindowPlace.onScreen(WindowPrefs.Bounds.DEFAULT, List.of(MAIN))).isNull();
    }
}
