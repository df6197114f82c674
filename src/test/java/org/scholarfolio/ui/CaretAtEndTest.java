package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Seen in a real window: Ctrl+3 on the Publications screen's first showing put the cursor at the
 * start of the citation key, because the form's value came after the cursor, and "Z" typed then gave
 * "Zturing1937computable" (the second time, with the form filled, it went to the end).
 */
@ExtendWith(ApplicationExtension.class)
class CaretAtEndTest {
    private TextField key;
    private TextField other;

    @Start
    void start(Stage stage) {
        key = new TextField();
        other = new TextField("other");
        stage.setScene(new Scene(new VBox(other, key), 300, 120));
        stage.show();
    }

    @Test
    void aValueArrivingAfterTheCursorLeavesTheCaretAtItsEndUntilThePersonTypes(FxRobot robot) {
        robot.interact(() -> {
            key.requestFocus();
            CaretAtEnd.untilTouched(key);
            key.setText("turing1937computable"); // the form filled a frame later
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Z");
        assertThat(key.getText()).isEqualTo("turing1937computableZ");

        // typed in once: a value set after that is the control's business again
        robot.interact(() -> key.setText("another"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(key.getCaretPosition()).isZero();
    }

    @Test
    void theFieldLeftBeforeTheValueArrivesIsNotTouched(FxRobot robot) {
        robot.interact(() -> {
            key.requestFocus();
            CaretAtEnd.untilTouched(key);
            other.requestFocus();
            key.setText("turing1937computable");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(key.getCaretPosition()).isZero();
        assertThat(other.isFocused()).isTrue();
    }
}
