package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A field given its caret at the end while narrow, then made wide, shows its text up to its right edge, not blank space. */
@ExtendWith(ApplicationExtension.class)
class RefitWhenWiderTest {
    private static final String TITLE = "Teaching assistant for the graduate course on machine learning theory and practice";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aFieldWidenedAfterItsCaretWentToTheEndShowsTheEndOfItsTextAtItsRightEdge() {
        TextField field = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            TextField f = CaretKeeping.textField();
            f.setText(TITLE);
            width(f, 30); // the Pages form's title before its form has its width
            stage.setScene(new Scene(new VBox(f), 600, 200));
            stage.show();
            f.requestFocus();
            f.end();
            return f;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> width(field, 500));
        WaitForAsyncUtils.waitForFxEvents();
        double[] edges = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Node text = field.lookup(".text");
            Bounds shown = text.localToScene(text.getBoundsInLocal());
            Bounds box = field.localToScene(field.getBoundsInLocal());
            return new double[] {shown.getMaxX(), box.getMaxX() - field.snappedRightInset()};
        });
        assertThat(edges[0]).as("where the text ends, against the field's right edge %s", edges[1])
                .isCloseTo(edges[1], within(4.0));
        assertThat(field.getCaretPosition()).isEqualTo(TITLE.length());
    }

    private static Void width(TextField field, double width) {
        field.setMinWidth(width);
        field.setPrefWidth(width);
        field.setMaxWidth(width);
        return null;
    }
}
