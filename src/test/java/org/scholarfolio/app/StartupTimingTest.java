package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class StartupTimingTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureOutput() {
        original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
        System.clearProperty(StartupTiming.PROPERTY);
    }

    @Test
    void printsTheTimeOnceWhenTheWindowIsFirstShown(FxRobot robot) {
        System.setProperty(StartupTiming.PROPERTY, "true");
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane(), 100, 100));
            StartupTiming.watch(stage, closeEditor -> { });
            stage.show();
            stage.hide();
            stage.show();
            stage.hide();
        });
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .matches("first window shown after \\d+ ms \\(\\d+ ms processor time\\)\\R");
    }

    @Test
    void theTourModeHandsTheEditorsCloseToTheTourAfterTheFirstWindow(FxRobot robot) throws Exception {
        System.setProperty(StartupTiming.PROPERTY, "tour");
        CompletableFuture<Runnable> toured = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 100, 100));
            StartupTiming.watch(stage[0], toured::complete);
            stage[0].show();
        });
        // The close itself is not run here: it would end the toolkit of every test after this one.
        assertThat(toured.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("first window shown after ");
        robot.interact(() -> stage[0].hide());
    }

    @Test
    void printsNothingUnlessAsked(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane(), 100, 100));
            StartupTiming.watch(stage, closeEditor -> { });
            stage.show();
            stage.hide();
        });
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
