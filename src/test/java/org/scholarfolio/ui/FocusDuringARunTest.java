package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a fresh-clone test run: Check, run from the keyboard, ended with the focus on Publish. The focus went back to
 * the button that started the run a frame later, and when a pulse came first the toolkit had already handed greyed
 * Cancel's focus to the next control (Publish), which then looked like the person's own move. It goes back at once.
 */
@ExtendWith(ApplicationExtension.class)
class FocusDuringARunTest {
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private Button check;
    private Button cancel;

    @Start
    void start(Stage stage) {
        TextField repository = new TextField("https://example.org/site.git");
        check = new Button("Check");
        check.disableProperty().bind(running);
        Button publish = new Button("Publish");
        publish.setDefaultButton(true);
        publish.disableProperty().bind(running);
        cancel = new Button("Cancel");
        cancel.disableProperty().bind(running.not());
        FocusDuringARun.keep(running, cancel, check, publish);
        stage.setScene(new Scene(new VBox(repository, new HBox(check, publish, cancel)), 300, 120));
        stage.show();
    }

    @Test
    void theFocusIsBackOnTheStarterAsTheRunEnds(FxRobot robot) {
        robot.interact(() -> check.requestFocus());
        robot.interact(() -> running.set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancel.isFocused()).as("Cancel while it runs").isTrue();

        AtomicReference<Node> right = new AtomicReference<>();
        robot.interact(() -> {
            running.set(false);
            right.set(check.getScene().getFocusOwner());
        });
        assertThat(right.get()).as("as the run ends, before any pulse").isSameAs(check);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(check.isFocused()).as("after the next frames").isTrue();
    }
}
