package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While editing is locked nothing typed reaches the form, which is greyed out; a lock held when the
 * window is first shown (the open the app starts with) keeps input out without greying it.
 */
@ExtendWith(ApplicationExtension.class)
class EditingLockTest {
    /** Held from before the window shows, as the app's first open is. */
    private final BooleanProperty locked = new SimpleBooleanProperty(true);
    private VBox form;
    private TextField field;
    private final List<Boolean> disabledChanges = new ArrayList<>();

    @Start
    void start(Stage stage) {
        field = new TextField("a");
        field.setId("field");
        form = new VBox(field);
        EditingLock lock = EditingLock.apply(locked, form);
        lock.quietWhileLocked();
        form.disabledProperty().addListener((obs, was, now) -> disabledChanges.add(now));
        stage.setScene(new Scene(form, 300, 200));
        stage.show();
    }

    @Test
    void theLockHeldWhenTheWindowShowsKeepsTypingOutWithoutGreyingTheForm(FxRobot robot) {
        assertThat(form.isDisabled()).isFalse();
        robot.clickOn("#field").type(KeyCode.END).write("b");
        assertThat(field.getText()).isEqualTo("a");

        robot.interact(() -> locked.set(false));
        robot.clickOn("#field").type(KeyCode.END).write("c");
        assertThat(field.getText()).isEqualTo("ac");
        assertThat(disabledChanges).isEmpty();
    }

    @Test
    void aLaterLockGreysTheFormOutUntilItEndsAndKeepsTypingOut(FxRobot robot) {
        robot.interact(() -> locked.set(false));
        robot.clickOn("#field").type(KeyCode.END).write("b");
        robot.interact(() -> locked.set(true));
        assertThat(form.isDisabled()).isTrue();
        robot.write("x");
        assertThat(field.getText()).isEqualTo("ab");

        robot.interact(() -> locked.set(false));
        assertThat(form.isDisabled()).isFalse();
        assertThat(disabledChanges).containsExactly(true, false);
        // Greyed, the field lost its focus: the person clicks into it again.
        robot.clickOn("#field").type(KeyCode.END).write("c");
        assertThat(field.getText()).isEqualTo("abc");
    }
}
