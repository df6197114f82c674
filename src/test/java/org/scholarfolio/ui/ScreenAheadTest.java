package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.ui.preview.PreviewTarget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen made ahead: nothing before the first content or while a file opens, then its view in one
 * pulse and its table's skin in a later one, while it is not shown; nothing once it has been shown.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenAheadTest {
    private final SimpleBooleanProperty firstContent = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty opening = new SimpleBooleanProperty(false);
    private final SimpleObjectProperty<Section> shown = new SimpleObjectProperty<>(Section.PROFILE);
    /** Pulses so far (JavaFX thread): a timer asks for one every frame while the test runs. */
    private int pulses;
    /** What happened, each with the pulse it happened in: "built@3", "skin@4". */
    private final List<String> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses++;
            }
        }.start();
    }

    /** A screen whose content is a box with one table, recording when it is built and when the table gets its skin. */
    private final class RecordingScreen implements Screen {
        private Parent root;
        TableView<String> table;

        @Override
        public Section section() {
            return Section.PUBLICATIONS;
        }

        @Override
        public Parent root() {
            if (root == null) {
                events.add("built@" + pulses);
                table = new TableView<>();
                table.skinProperty().addListener((obs, was, skin) -> events.add("skin@" + pulses));
                root = new VBox(table);
            }
            return root;
        }

        @Override
        public void whenBuilt(Consumer<Parent> action) {
            action.accept(root());
        }

        @Override
        public IntegerProperty selection() {
            return new SimpleIntegerProperty(-1);
        }

        @Override
        public PreviewTarget previewTarget() {
            return new PreviewTarget.Publications();
        }

        @Override
        public void select(String fieldPath) {
        }

        @Override
        public Node firstField() {
            return table;
        }
    }

    private List<String> events() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(events)).get();
    }

    /** Waits until {@code count} more pulses have passed. */
    private void pulses(int count) throws Exception {
        int until = WaitForAsyncUtils.asyncFx(() -> pulses).get() + count;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> pulses >= until).get());
    }

    @Test
    void theViewInOnePulseAndTheTablesSkinInALaterOneOnceTheContentIsDrawnAndNoFileOpens(FxRobot robot) throws Exception {
        RecordingScreen screen = new RecordingScreen();
        robot.interact(() -> {
            ScreenAhead.makeWhenIdle(screen, firstContent, opening, shown, Duration.millis(50));
            opening.set(true);
        });
        pulses(20);
        assertThat(events()).as("before the first content").isEmpty();
        robot.interact(() -> firstContent.set(true));
        pulses(20);
        assertThat(events()).as("while a file opens").isEmpty();
        robot.interact(() -> opening.set(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> events().size() == 2);

        List<String> seen = events();
        assertThat(seen.get(0)).startsWith("built@");
        assertThat(seen.get(1)).startsWith("skin@");
        int built = Integer.parseInt(seen.get(0).substring("built@".length()));
        int skinned = Integer.parseInt(seen.get(1).substring("skin@".length()));
        assertThat(skinned).as("the skin in a pulse after the view's, in %s", seen).isGreaterThan(built);
        robot.interact(() -> assertThat(screen.table.getScene()).as("made where no window shows it").isNull());
    }

    @Test
    void nothingIsMadeAheadForAScreenShownAlready(FxRobot robot) throws Exception {
        RecordingScreen screen = new RecordingScreen();
        robot.interact(() -> {
            shown.set(Section.PUBLICATIONS);
            firstContent.set(true);
            ScreenAhead.makeWhenIdle(screen, firstContent, opening, shown, Duration.millis(50));
        });
        pulses(30);
        assertThat(events()).isEmpty();
    }
}
