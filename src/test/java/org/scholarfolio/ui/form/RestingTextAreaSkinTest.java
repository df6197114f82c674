package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.testing.SnapshotPixels;
import org.scholarfolio.ui.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A multi-line field's stand-in at rest draws what the real stand-in draws (its scroll bar too), and takes its real
 * skin before anything needs it: a click puts the caret where the pointer is, Tab and the first key arrive, the
 * accessible answers are the area's.
 */
@ExtendWith(ApplicationExtension.class)
class RestingTextAreaSkinTest {
    private static final String ADDRESS = "Computing Machine Laboratory\nDepartment of Mathematics\nUniversity of Manchester\nManchester, England";
    private static final String VARIANTS = "Alan Turing\nA. M. Turing";
    private static final String LONG_LINE = "Computable numbers, thinking machines and the chemistry of growth, "
            + "with an application to the Entscheidungsproblem";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A button (which takes the focus), then a resting field and a real one, in the editor's style sheet, shown. */
    private List<ParagraphTextArea> show(boolean dark, String text, int rows) {
        ParagraphTextArea[] fields = new ParagraphTextArea[2];
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            MainView.applyTheme(dark);
            Button before = new Button("Before");
            before.setId("before");
            fields[0] = new ParagraphTextArea();
            fields[1] = new ParagraphTextArea(new FieldsAtRest());
            VBox box = new VBox(8, before);
            for (ParagraphTextArea field : fields) {
                StringProperty value = new SimpleStringProperty(text);
                field.textProperty().bindBidirectional(value);
                field.setPrefRowCount(rows);
                field.setPrefWidth(360);
                field.setMaxWidth(360);
                field.setAccessibleText("Address");
                box.getChildren().add(field);
            }
            // Tab's order: the button, the resting field, the real one.
            box.getChildren().setAll(before, fields[1], fields[0]);
            fields[0].setId("real");
            fields[1].setId("resting");
            box.getStylesheets().add(MainView.class.getResource("main-view.css").toExternalForm());
            stage.setScene(new Scene(box, 420, 360));
            stage.show();
            before.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return List.of(fields);
    }

    private static TextArea standIn(ParagraphTextArea field) {
        return (TextArea) field.editor();
    }

    @Test
    void aStandInAtRestIsLaidOutAndDrawnAsTheRealOne() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            for (String text : new String[] {ADDRESS, VARIANTS, LONG_LINE, ""}) {
                for (int rows : new int[] {2, 3}) {
                    List<ParagraphTextArea> fields = show(dark, text, rows);
                    ParagraphTextArea real = fields.get(0);
                    ParagraphTextArea resting = fields.get(1);
                    String what = "dark " + dark + ", rows " + rows + ", text \"" + text + "\"";
                    assertThat(RestingTextAreaSkin.isResting(standIn(resting))).as(what).isTrue();
                    assertThat(RestingTextAreaSkin.isResting(standIn(real))).isFalse();
                    assertThat(sizes(resting)).as(what).isEqualTo(sizes(real));
                    assertThat(SnapshotPixels.differing(SnapshotPixels.of(resting), SnapshotPixels.of(real))).as(what).isZero();
                    assertThat(RestingTextAreaSkin.isResting(standIn(resting))).as(what).isTrue();
                }
            }
        }
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> MainView.applyTheme(false));
    }

    /**
     * The field's sizes (its own skin's, from its rows), its stand-in's and the stand-in's content's (the scroll range).
     * Not the stand-in's own preferred and least heights, which the field does not ask (it sizes itself from its rows):
     * the real skin measures them with the line height it has when its content's padding is styled, before or after
     * the theme gives the text its bounds type (in this test, 178.97 and 196.0 px for the same stand-in in two scenes).
     */
    private static List<Double> sizes(ParagraphTextArea field) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TextArea area = standIn(field);
            Bounds b = area.getLayoutBounds();
            Bounds content = area.lookup(".content").getLayoutBounds();
            return List.of(field.prefWidth(-1), field.prefHeight(-1), field.minWidth(-1), field.minHeight(-1),
                    area.prefWidth(-1), area.minWidth(-1), area.getBaselineOffset(),
                    b.getWidth(), b.getHeight(), content.getWidth(), content.getHeight());
        }).get();
    }

    /** The point in the field's second line at the end of {@code prefix}, as a screen point. */
    private static Point2D inSecondLine(ParagraphTextArea field, String prefix) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Text measure = new Text(prefix);
            measure.setFont(standIn(field).getFont());
            double line = measure.getLayoutBounds().getHeight();
            // The content's padding (4 8 in the editor's style sheet) and the field's border.
            double x = field.snappedLeftInset() + 8 + measure.getLayoutBounds().getWidth();
            return field.localToScreen(x + 1, field.snappedTopInset() + 4 + line * 1.5);
        }).get();
    }

    @Test
    void aClickPutsTheCaretWhereThePointerIsAsInTheRealStandIn(FxRobot robot) throws Exception {
        List<ParagraphTextArea> fields = show(false, ADDRESS, 3);
        int[] carets = new int[2];
        for (int i = 0; i < 2; i++) {
            ParagraphTextArea field = fields.get(i);
            robot.moveTo(inSecondLine(field, "Department of Ma")).clickOn(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(field.isReached()).as(field.getId()).isTrue();
            carets[i] = field.getCaretPosition();
        }
        assertThat(carets[1]).isEqualTo(carets[0]).isEqualTo(ADDRESS.indexOf("Department of Ma") + "Department of Ma".length());
    }

    @Test
    void aPressThatComesWithoutThePointerEnteringIsTheRealSkinsAsWell(FxRobot robot) throws Exception {
        List<ParagraphTextArea> fields = show(false, ADDRESS, 3);
        ParagraphTextArea resting = fields.get(1);
        Point2D at = inSecondLine(resting, "Department of Ma");
        // As the platform sends a press when the window appeared under a pointer that has not moved since.
        robot.interact(() -> {
            TextArea area = standIn(resting);
            Point2D inScene = area.localToScene(area.screenToLocal(at));
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED)) {
                area.fireEvent(new MouseEvent(type, inScene.getX(), inScene.getY(), at.getX(), at.getY(), MouseButton.PRIMARY, 1,
                        false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false, true, false, true, null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(resting.isReached()).isTrue();
        assertThat(resting.getCaretPosition()).isEqualTo(ADDRESS.indexOf("Department of Ma") + "Department of Ma".length());
    }

    @Test
    void theFirstKeyTypedAfterTabArrivesAsInTheRealStandIn(FxRobot robot) {
        List<ParagraphTextArea> fields = show(false, VARIANTS, 2);
        TextArea restingStandIn = standIn(fields.get(1));
        // Tab from the button reaches the resting stand-in, as it would reach a real one, and Tab leaves it again.
        robot.type(KeyCode.TAB);
        robot.write("X");
        robot.type(KeyCode.TAB);
        robot.write("X");
        assertThat(fields.get(1).getText()).isEqualTo(fields.get(0).getText()).isNotEqualTo(VARIANTS).contains("X");
        assertThat(fields.get(1).getCaretPosition()).isEqualTo(fields.get(0).getCaretPosition());
        assertThat(RestingTextAreaSkin.isResting(restingStandIn)).isFalse();
    }

    @Test
    void theAccessibleTextAndLinesAreTheAreas(FxRobot robot) throws Exception {
        List<ParagraphTextArea> fields = show(false, ADDRESS, 3);
        TextArea resting = standIn(fields.get(1));
        TextArea real = standIn(fields.get(0));
        List<Object> answers = WaitForAsyncUtils.asyncFx(() -> List.of(
                resting.queryAccessibleAttribute(AccessibleAttribute.TEXT),
                RestingTextAreaSkin.isResting(resting))).get();
        // The field's own accessible text (its label), as the stand-in answers it.
        assertThat(answers).containsExactly("Address", true);
        // What only a skin knows: the line of an offset, asked of the real skin.
        Object line = WaitForAsyncUtils.asyncFx(() -> resting.queryAccessibleAttribute(AccessibleAttribute.LINE_FOR_OFFSET, 40)).get();
        Object realLine = WaitForAsyncUtils.asyncFx(() -> real.queryAccessibleAttribute(AccessibleAttribute.LINE_FOR_OFFSET, 40)).get();
        assertThat(line).isEqualTo(realLine).isEqualTo(1);
        assertThat(resting.getSkin()).isInstanceOf(TextAreaSkin.class);
    }

    @Test
    void theWakeUpsGiveTheShownStandInItsRealSkinAndLeaveAReplacedOneAlone(FxRobot robot) throws Exception {
        FieldsAtRest rest = new FieldsAtRest();
        ParagraphTextArea[] fields = new ParagraphTextArea[2];
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            fields[0] = new ParagraphTextArea(rest);
            fields[1] = new ParagraphTextArea(rest);
            Button before = new Button("Before");
            stage.setScene(new Scene(new VBox(before, fields[0], fields[1]), 420, 300));
            stage.show();
            before.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextArea first = standIn(fields[0]);
        TextArea second = standIn(fields[1]);
        assertThat(RestingTextAreaSkin.isResting(first)).isTrue();
        assertThat(RestingTextAreaSkin.isResting(second)).isTrue();
        robot.interact(() -> fields[0].requestFocus());
        assertThat(fields[0].isReached()).isTrue();
        // The first stand-in is replaced: the wake-up passes it by and wakes the second.
        boolean more = WaitForAsyncUtils.asyncFx(rest::wakeNext).get();
        assertThat(more).isFalse();
        assertThat(RestingTextAreaSkin.isResting(first)).isTrue();
        assertThat(second.getSkin()).isInstanceOf(TextAreaSkin.class);
    }
}
