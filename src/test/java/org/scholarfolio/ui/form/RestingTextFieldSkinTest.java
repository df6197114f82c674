package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.testing.SnapshotPixels;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A text field at rest draws what the real field draws, and takes its real skin before anything needs it: a click puts
 * the caret where the pointer is, the first key typed arrives, Tab goes where it went, the accessible answers are the
 * field's.
 */
@ExtendWith(ApplicationExtension.class)
class RestingTextFieldSkinTest {
    private static final String SUBTITLE = "Computable numbers, thinking machines and the chemistry of growth";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A button (which takes the focus), then a real field and a resting one, each with its label, shown. */
    private List<TextField> show(boolean dark, String text, String style) {
        TextField[] fields = new TextField[2];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            MainView.applyTheme(dark);
            Button before = new Button("Before");
            before.setId("before");
            fields[0] = CaretKeeping.textField();
            fields[1] = CaretKeeping.textField(new FieldsAtRest());
            VBox box = new VBox(before);
            for (TextField field : fields) {
                field.setText(text);
                field.setStyle(style);
                field.setPrefWidth(260);
                field.setMaxWidth(260);
                Label caption = new Label("Given name");
                caption.setLabelFor(field);
                field.setAccessibleText("Given name");
                box.getChildren().addAll(caption, field);
            }
            fields[0].setId("real");
            fields[1].setId("resting");
            stage.setScene(new Scene(box, 320, 200));
            stage.show();
            before.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return List.of(fields);
    }

    @Test
    void aFieldAtRestIsLaidOutAndDrawnAsTheRealOne() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            for (String text : new String[] {"Alan", SUBTITLE, ""}) {
                for (String style : new String[] {"", "-fx-font-size: 20px;"}) {
                    List<TextField> fields = show(dark, text, style);
                    TextField real = fields.get(0);
                    TextField resting = fields.get(1);
                    String what = "dark " + dark + ", text \"" + text + "\", style \"" + style + "\"";
                    assertThat(RestingTextFieldSkin.isResting(resting)).as(what).isTrue();
                    assertThat(RestingTextFieldSkin.isResting(real)).isFalse();
                    assertThat(sizes(resting)).as(what).isEqualTo(sizes(real));
                    assertThat(differingPixels(resting, real)).as(what).isZero();
                    assertThat(RestingTextFieldSkin.isResting(resting)).as(what).isTrue();
                }
            }
        }
    }

    private static List<Double> sizes(TextField field) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds b = field.getLayoutBounds();
            return List.of(field.prefWidth(-1), field.prefHeight(-1), field.minWidth(-1), field.minHeight(-1),
                    field.maxHeight(-1), field.getBaselineOffset(), b.getWidth(), b.getHeight());
        }).get();
    }

    /** How many pixels of the two fields' snapshots differ (all of them when the sizes differ). */
    private static int differingPixels(TextField a, TextField b) throws Exception {
        return SnapshotPixels.differing(SnapshotPixels.of(a), SnapshotPixels.of(b));
    }

    /** The point in the field at the end of {@code prefix} of its text, as a screen point. */
    private static Point2D afterPrefix(TextField field, String prefix) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Text measure = new Text(prefix);
            measure.setFont(field.getFont());
            double x = field.snappedLeftInset() + RestingTextFieldSkin.TEXT_START + measure.getLayoutBounds().getWidth();
            return field.localToScreen(x + 1, field.getHeight() / 2);
        }).get();
    }

    @Test
    void aClickPutsTheCaretWhereThePointerIsAsInTheRealField(FxRobot robot) throws Exception {
        List<TextField> fields = show(false, "Alan Mathison", "");
        for (TextField field : fields) {
            robot.moveTo(afterPrefix(field, "Alan Ma")).clickOn(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(field.isFocused()).as(field.getId()).isTrue();
            assertThat(field.getCaretPosition()).as(field.getId()).isEqualTo(7);
            assertThat(field.getSelection().getLength()).as(field.getId()).isZero();
            assertThat(RestingTextFieldSkin.isResting(field)).isFalse();
        }
    }

    @Test
    void theFirstKeyTypedAfterTabArrivesAsInTheRealField(FxRobot robot) throws Exception {
        List<TextField> fields = show(false, "Alan", "");
        robot.interact(() -> fields.get(0).requestFocus());
        // Tab from the real field reaches the resting one, as it would reach a real one.
        robot.type(KeyCode.TAB);
        assertThat(fields.get(1).isFocused()).isTrue();
        assertThat(RestingTextFieldSkin.isResting(fields.get(1))).isFalse();
        robot.write("G");
        // Tab selects the field's text, which the first key replaces: in both fields alike.
        robot.interact(() -> fields.get(0).requestFocus());
        robot.write("G");
        assertThat(fields.get(1).getText()).isEqualTo(fields.get(0).getText()).isEqualTo("G");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#before").queryAs(Button.class).isFocused()).isTrue();
    }

    @Test
    void aWokenFieldDrawsItsSelectionInTheThemesColoursAsTheRealOne(FxRobot robot) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            List<TextField> fields = show(dark, "Alan Mathison", "");
            int[][] shown = new int[2][];
            for (int i = 0; i < 2; i++) {
                TextField field = fields.get(i);
                // Focused by code, which selects the whole text; the caret does not show beside a selection.
                robot.interact(field::requestFocus);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(field.getSelection().getLength()).isEqualTo(13);
                shown[i] = SnapshotPixels.of(field);
            }
            assertThat(RestingTextFieldSkin.isResting(fields.get(1))).isFalse();
            assertThat(SnapshotPixels.differing(shown[1], shown[0])).as("dark " + dark).isZero();
        }
        robot.interact(() -> MainView.applyTheme(false));
    }

    @Test
    void aContextMenuRequestOpensTheFieldsOwnMenuAndItsUndoWorks(FxRobot robot) {
        List<TextField> fields = show(false, "Alan", "");
        TextField resting = fields.get(1);
        // As the platform sends it for a right click or the menu key (the headless robot's click makes none).
        robot.interact(() -> {
            Point2D at = resting.localToScreen(20, 10);
            resting.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    20, 10, at.getX(), at.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.ContextMenu> menus = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(w -> (javafx.scene.control.ContextMenu) w).toList();
        assertThat(menus).hasSize(1);
        assertThat(menus.get(0).getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Undo", "Copy", "Paste");
        assertThat(RestingTextFieldSkin.isResting(resting)).isFalse();
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> {
            resting.requestFocus();
            resting.end();
        });
        robot.write("a");
        assertThat(resting.getText()).isEqualTo("Alana");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(resting.getText()).isEqualTo("Alan");
    }

    @Test
    void theFocusAskedForByCodeWakesTheFieldForTheKeysThatFollow(FxRobot robot) {
        List<TextField> fields = show(false, "Alan", "");
        TextField resting = fields.get(1);
        robot.interact(() -> {
            resting.requestFocus();
            resting.end();
        });
        assertThat(resting.getSkin()).isInstanceOf(javafx.scene.control.skin.TextFieldSkin.class);
        robot.write("a");
        assertThat(resting.getText()).isEqualTo("Alana");
    }

    @Test
    void aCaretMovedFromOutsideWakesTheFieldWhichThenScrollsAsTheRealOne(FxRobot robot) throws Exception {
        List<TextField> fields = show(false, SUBTITLE, "");
        for (TextField field : fields) {
            robot.interact(() -> field.positionCaret(SUBTITLE.length()));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(RestingTextFieldSkin.isResting(fields.get(1))).isFalse();
        assertThat(differingPixels(fields.get(1), fields.get(0))).isZero();
    }

    @Test
    void theAccessibleRoleTextAndBoundsAreTheFields(FxRobot robot) throws Exception {
        List<TextField> fields = show(false, "Alan", "");
        TextField resting = fields.get(1);
        List<Object> answers = WaitForAsyncUtils.asyncFx(() -> List.of(
                resting.queryAccessibleAttribute(AccessibleAttribute.ROLE),
                resting.queryAccessibleAttribute(AccessibleAttribute.TEXT),
                RestingTextFieldSkin.isResting(resting))).get();
        assertThat(answers).containsExactly(AccessibleRole.TEXT_FIELD, "Given name", true);
        // What only a skin knows: the bounds of a character range, asked of the real skin.
        Object[] bounds = WaitForAsyncUtils.asyncFx(() -> (Object[]) resting.queryAccessibleAttribute(
                AccessibleAttribute.BOUNDS_FOR_RANGE, 0, 1)).get();
        Object[] real = WaitForAsyncUtils.asyncFx(() -> (Object[]) fields.get(0).queryAccessibleAttribute(
                AccessibleAttribute.BOUNDS_FOR_RANGE, 0, 1)).get();
        assertThat(bounds).hasSize(1);
        assertThat(RestingTextFieldSkin.isResting(resting)).isFalse();
        Bounds b = (Bounds) bounds[0];
        Bounds r = (Bounds) real[0];
        assertThat(b.getMinX()).isEqualTo(r.getMinX());
        assertThat(b.getWidth()).isEqualTo(r.getWidth());
        assertThat(b.getMinY()).isEqualTo(r.getMinY() + resting.localToScreen(0, 0).getY() - fields.get(0).localToScreen(0, 0).getY());
    }

    @Test
    void theFieldsAreWokenOneAtATime() throws Exception {
        FieldsAtRest rest = new FieldsAtRest();
        TextField[] fields = new TextField[3];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            MainView.applyTheme(false);
            Button before = new Button("Before");
            VBox box = new VBox(before);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = CaretKeeping.textField(rest);
                fields[i].setText("field " + i);
                box.getChildren().add(fields[i]);
            }
            stage.setScene(new Scene(box, 320, 200));
            stage.show();
            before.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.of(RestingTextFieldSkin.isResting(fields[0]),
                RestingTextFieldSkin.isResting(fields[1]), RestingTextFieldSkin.isResting(fields[2]))).get())
                .containsExactly(true, true, true);
        assertThat(WaitForAsyncUtils.asyncFx(rest::wakeNext).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.of(RestingTextFieldSkin.isResting(fields[0]),
                RestingTextFieldSkin.isResting(fields[1]), RestingTextFieldSkin.isResting(fields[2]))).get())
                .containsExactly(false, true, true);
        WaitForAsyncUtils.asyncFx(rest::wakeAll).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.of(RestingTextFieldSkin.isResting(fields[0]),
                RestingTextFieldSkin.isResting(fields[1]), RestingTextFieldSkin.isResting(fields[2]))).get())
                .containsExactly(false, false, false);
    }
}
