package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a 1024 x 700 window: Shift+Tab up the publication form left each field at the top of the pane with
 * its label scrolled out of sight above it. A field reached with the keyboard shows whole, label and all.
 */
@ExtendWith(ApplicationExtension.class)
class LabelInViewOnTabTest {
    private static final int FIELDS = 12;
    private ScrollPane form;

    @Start
    void start(Stage stage) {
        FormBuilder builder = new FormBuilder(() -> { });
        builder.section("Entry");
        for (int i = 0; i < FIELDS; i++) {
            builder.text("Field " + i, "field-" + i, new SimpleStringProperty("value " + i));
        }
        form = builder.build();
        stage.setScene(new Scene(form, 400, 220));
        stage.show();
    }

    /** Whether the label of field {@code i} lies wholly within the form's viewport. */
    private boolean labelShows(FxRobot robot, int i) {
        Label label = robot.lookup(n -> n instanceof Label l && l.getText().equals("Field " + i)).queryAs(Label.class);
        Node viewport = form.lookup(".viewport");
        Bounds l = label.localToScene(label.getBoundsInLocal());
        Bounds v = viewport.localToScene(viewport.getBoundsInLocal());
        return l.getMinY() >= v.getMinY() - 0.5 && l.getMaxY() <= v.getMaxY() + 0.5;
    }

    @Test
    void shiftTabUpTheFormShowsEachFieldsLabel(FxRobot robot) {
        robot.interact(() -> {
            form.setVvalue(form.getVmax());
            form.layout();
        });
        robot.clickOn("#field-" + (FIELDS - 1));
        for (int i = FIELDS - 2; i >= 0; i--) {
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#field-" + i).query().isFocused()).as("field %d focused", i).isTrue();
            assertThat(labelShows(robot, i)).as("the label of field %d shows", i).isTrue();
        }
    }

    @Test
    void tabDownTheFormShowsEachFieldsLabel(FxRobot robot) {
        robot.clickOn("#field-0");
        for (int i = 1; i < FIELDS; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(labelShows(robot, i)).as("the label of field %d shows", i).isTrue();
        }
    }

    @Test
    void aClickLeavesTheFormWhereItIs(FxRobot robot) {
        // Field 5's text box at the top of the viewport, its label above it, out of sight.
        robot.interact(() -> {
            Node box = form.lookup("#field-5");
            Bounds inContent = form.getContent().sceneToLocal(box.localToScene(box.getBoundsInLocal()));
            double extra = form.getContent().getLayoutBounds().getHeight() - form.getViewportBounds().getHeight();
            form.setVvalue(form.getVmin() + inContent.getMinY() / extra * (form.getVmax() - form.getVmin()));
            form.layout();
        });
        assertThat(labelShows(robot, 5)).isFalse();
        double before = form.getVvalue();

        robot.clickOn("#field-5");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#field-5").query().isFocused()).isTrue();
        assertThat(form.getVvalue()).isEqualTo(before);
    }
}
