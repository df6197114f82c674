package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.testfx.util.WaitForAsyncUtils;

/**
 * While editing is locked nothing typed reaches the form, which is greyed out; a lock held when the
 * window is first shown (the open the app starts with) keeps input out without greying it, unless it lasts.
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
        // Quiet for as long as the tests below take, however slow the machine.
        EditingLock lock = EditingLock.apply(locked, javafx.util.Duration.minutes(10), form);
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
    void theLockHeldWhenTheWindowShowsGreysTheFormOnceItLasts(FxRobot robot) throws Exception {
        // A very large portfolio being opened: the window says that it takes no input.
        BooleanProperty opening = new SimpleBooleanProperty(true);
        VBox other = new VBox(new TextField());
        List<Boolean> changes = new ArrayList<>();
        robot.interact(() -> {
            EditingLock.apply(opening, javafx.util.Duration.millis(200), other).quietWhileLocked();
            other.disabledProperty().addListener((obs, was, now) -> changes.add(now));
        });
        assertThat(other.isDisabled()).isFalse();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, other::isDisabled);

        robot.interact(() -> opening.set(false));
        assertThat(other.isDisabled()).isFalse();
        assertThat(changes).containsExactly(true, false);
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
