package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FormBuilderTest {
    private ScrollPane form;

    @Start
    void start(Stage stage) {
        FormBuilder builder = new FormBuilder(() -> { });
        builder.section("Profile");
        form = builder.build();
        stage.setScene(new Scene(form, 400, 300));
        stage.show();
    }

    @Test
    void theFormsViewportIsNotACachedImageSoAKeyRepaintsOnlyItsField(FxRobot robot) {
        Node[] viewport = new Node[1];
        robot.interact(() -> viewport[0] = form.lookup(".viewport"));

        assertThat(viewport[0]).as("the scroll pane's viewport").isNotNull();
        assertThat(viewport[0].isCache()).isFalse();
    }
}
