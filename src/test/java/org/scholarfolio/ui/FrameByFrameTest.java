package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's put-off work runs one piece a pulse, in the order it was added, never two in one frame. */
@ExtendWith(ApplicationExtension.class)
class FrameByFrameTest {
    private Scene scene;
    private final StackPane root = new StackPane();
    /** Pulses laid out so far (JavaFX thread). */
    private int pulses;

    @Start
    void start(Stage stage) {
        scene = new Scene(root, 300, 200);
        scene.addPostLayoutPulseListener(() -> pulses++);
        stage.setScene(scene);
        stage.show();
    }

    /** The pulse each piece ran in, by its name, in the order they ran. */
    private final List<String> ran = new ArrayList<>();

    private Runnable piece(String name) {
        return () -> ran.add(name + "@" + pulses);
    }

    @Test
    void piecesRunInOrderEachInAPulseOfItsOwn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            FrameByFrame.add(piece("a"));
            FrameByFrame.add(() -> {
                piece("b").run();
                // Added by a piece: after the ones that waited already.
                FrameByFrame.add(piece("d"));
            });
            FrameByFrame.add(piece("c"));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> ran.size() == 4).get());

        List<String> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(ran)).get();
        assertThat(seen).extracting(s -> s.substring(0, 1)).containsExactly("a", "b", "c", "d");
        List<Integer> at = seen.stream().map(s -> Integer.parseInt(s.substring(2))).toList();
        for (int i = 1; i < at.size(); i++) {
            assertThat(at.get(i)).as("the pulse of piece %d after the one before, in %s", i, seen).isGreaterThan(at.get(i - 1));
        }
    }

    @Test
    void aPieceAfterTheFirstFrameWaitsForThePulseThatLaysOutItsNode(FxRobot robot) throws Exception {
        Label late = new Label("late");
        int[] laidOutAt = {-1};
        robot.interact(() -> {
            FrameByFrame.afterFirstFrame(late, () -> ran.add("late@" + pulses));
            scene.addPostLayoutPulseListener(() -> {
                if (laidOutAt[0] < 0 && late.getScene() != null) {
                    laidOutAt[0] = pulses;
                }
            });
            root.getChildren().add(late);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> ran.size() == 1).get());

        int ranAt = WaitForAsyncUtils.asyncFx(() -> Integer.parseInt(ran.get(0).substring(5))).get();
        assertThat(laidOutAt[0]).as("the label laid out").isPositive();
        // The count a piece sees is that of the pulses laid out before its own began.
        assertThat(ranAt).as("run after the pulse that laid the label out").isGreaterThanOrEqualTo(laidOutAt[0]);
    }

    @Test
    void aFrameKeptFreeRunsNoPieceAndTheNextOneDoes(FxRobot robot) throws Exception {
        Label screen = new Label("a screen first shown");
        int[] laidOutAt = {-1};
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(() -> {
                if (laidOutAt[0] < 0 && screen.getScene() != null) {
                    laidOutAt[0] = pulses;
                }
            });
            // A piece waiting already (a step of a page), then a screen shown in this turn keeps its first frame.
            FrameByFrame.add(piece("waiting"));
            FrameByFrame.keepNextFrameFree();
            root.getChildren().add(screen);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> ran.size() == 1).get());

        int ranAt = WaitForAsyncUtils.asyncFx(() -> Integer.parseInt(ran.get(0).substring("waiting@".length()))).get();
        assertThat(laidOutAt[0]).as("the screen laid out").isGreaterThanOrEqualTo(0);
        // The count a piece sees is that of the pulses laid out before its own began: run in the screen's own
        // pulse it would see one less.
        assertThat(ranAt).as("the waiting piece ran in a pulse after the one that laid out the screen")
                .isGreaterThanOrEqualTo(laidOutAt[0]);
    }
}
