package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While editing is locked nothing typed reaches the form; only a lock that lasts greys it out. */
@ExtendWith(ApplicationExtension.class)
class EditingLockTest {
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private VBox form;
    private TextField field;
    private final List<Boolean> disabledChanges = new ArrayList<>();

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setId("field");
        form = new VBox(field);
        EditingLock.apply(locked, form);
        form.disabledProperty().addListener((obs, was, now) -> disabledChanges.add(now));
        stage.setScene(new Scene(form, 300, 200));
        stage.show();
    }

    @Test
    void whatIsTypedWhileLockedNeverReachesTheFieldAndTypingGoesOnAfter(FxRobot robot) {
        robot.clickOn("#field").write("a");
        robot.interact(() -> locked.set(true));
        robot.write("b");
        assertThat(field.getText()).isEqualTo("a");

        robot.interact(() -> locked.set(false));
        // A lock that lasted greyed the field out and took its focus: the person clicks into it again.
        robot.clickOn("#field").type(javafx.scene.input.KeyCode.END).write("c");
        assertThat(field.getText()).isEqualTo("ac");
    }

    @Test
    void aLockTakenAndReleasedInOneTurnNeverGreysTheFormOut(FxRobot robot) {
        // As the open at start-up: the portfolio was read already, so the lock ends in the next turn.
        robot.interact(() -> {
            locked.set(true);
            locked.set(false);
        });
        robot.sleep(2 * (long) EditingLock.SHOWN_AFTER.toMillis());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(disabledChanges).isEmpty();
        assertThat(form.isDisabled()).isFalse();
    }

    @Test
    void aLockThatLastsGreysTheFormOutUntilItEnds(FxRobot robot) throws Exception {
        robot.interact(() -> locked.set(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, form::isDisabled);

        robot.interact(() -> locked.set(false));
        assertThat(form.isDisabled()).isFalse();
        assertThat(disabledChanges).containsExactly(true, false);
    }
}
