package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
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
 * A form's label at rest is sized and drawn as the real label, pixel for pixel, and takes its real skin before it shows
 * anything the resting skin does not draw the same (a second line, an ellipsis, a graphic, a mnemonic); its labelFor,
 * accessible text and tooltip are the label's.
 */
@ExtendWith(ApplicationExtension.class)
class RestingLabelSkinTest {
    private static final String LONG = "Spellings in author lists (one per line)";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * A button (which takes the focus), then a real label and a resting one, each above a text field it labels, each
     * pair in a column {@code width} wide as a form's field is, shown; returns the real label, then the resting one.
     */
    private List<Label> show(boolean dark, String text, String styleClasses, double width, boolean wrap) {
        Label[] labels = new Label[2];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            MainView.applyTheme(dark);
            Button before = new Button("Before");
            before.setId("before");
            labels[0] = new Label(text);
            labels[1] = new RestingLabelSkin.FormLabel(text, new FieldsAtRest());
            HBox row = new HBox(12);
            for (Label label : labels) {
                label.setWrapText(wrap);
                label.getStyleClass().addAll(styleClasses.split(" "));
                TextField field = new TextField("Alan");
                label.setLabelFor(field);
                VBox column = new VBox(4, label, field);
                column.setPrefWidth(width);
                column.setMinWidth(width);
                column.setMaxWidth(width);
                row.getChildren().add(column);
            }
            labels[0].setId("real");
            labels[1].setId("resting");
            VBox box = new VBox(before, row);
            box.getStyleClass().add("form");
            stage.setScene(new Scene(box, 2 * width + 60, 260));
            stage.show();
            before.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return List.of(labels);
    }

    private static boolean resting(Label label) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> RestingLabelSkin.isResting(label)).get();
    }

    /** The label's sizes as its parent asks for them (at no width, and at widths it wraps at), and as laid out. */
    private static List<Double> sizes(Label label) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds b = label.getLayoutBounds();
            List<Double> all = new ArrayList<>(List.of(label.prefWidth(-1), label.prefHeight(-1), label.minWidth(-1),
                    label.minHeight(-1), label.maxWidth(-1), label.maxHeight(-1), label.getBaselineOffset(),
                    b.getWidth(), b.getHeight(), label.getLayoutX(), label.getLayoutY()));
            for (double width : new double[] {40, 90, 150, 400}) {
                all.add(label.prefHeight(width));
                all.add(label.minHeight(width));
            }
            return all;
        }).get();
    }

    /** How many pixels of the two labels' columns (label and field) differ: all of them when their sizes differ. */
    private static int differingPixels(Label a, Label b) throws Exception {
        return SnapshotPixels.differing(SnapshotPixels.of(a.getParent()), SnapshotPixels.of(b.getParent()));
    }

    @Test
    void aLabelAtRestIsSizedAndDrawnAsTheRealOne() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            for (String text : new String[] {"Given name", LONG, "Name"}) {
                for (String classes : new String[] {"form-label", "form-section title-4"}) {
                    List<Label> labels = show(dark, text, classes, 400, true);
                    String what = "dark " + dark + ", \"" + text + "\", " + classes;
                    assertThat(resting(labels.get(1))).as(what).isTrue();
                    assertThat(sizes(labels.get(1))).as(what).isEqualTo(sizes(labels.get(0)));
                    assertThat(differingPixels(labels.get(1), labels.get(0))).as(what).isZero();
                    assertThat(resting(labels.get(1))).as(what).isTrue();
                }
            }
        }
        WaitForAsyncUtils.asyncFx(() -> MainView.applyTheme(false)).get();
    }

    @Test
    void aLongLabelInANarrowColumnWrapsAsTheRealOne() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            List<Label> labels = show(dark, LONG, "form-label", 120, true);
            // It would take a second line: it has its real skin, laid out in the same pass.
            assertThat(resting(labels.get(1))).as("dark " + dark).isFalse();
            assertThat(labels.get(1).getSkin()).isInstanceOf(LabelSkin.class);
            assertThat(WaitForAsyncUtils.asyncFx(() -> labels.get(1).getHeight()).get()).as("two lines or more")
                    .isGreaterThan(WaitForAsyncUtils.asyncFx(() -> labels.get(1).minHeight(-1) * 1.5).get());
            assertThat(sizes(labels.get(1))).isEqualTo(sizes(labels.get(0)));
            assertThat(differingPixels(labels.get(1), labels.get(0))).as("dark " + dark).isZero();
        }
        WaitForAsyncUtils.asyncFx(() -> MainView.applyTheme(false)).get();
    }

    @Test
    void theSizesAskedForAtRestAreTheRealOnesAtEveryWidth() throws Exception {
        // Asked of a label that rests (it fits its column): the heights a parent would ask for at narrower widths,
        // where the text wraps, are the real skin's too.
        List<Label> labels = show(false, LONG, "form-label", 400, true);
        assertThat(sizes(labels.get(1))).isEqualTo(sizes(labels.get(0)));
        assertThat(resting(labels.get(1))).isTrue();
    }

    @Test
    void aLabelCutShortEndsInAnEllipsisAsTheRealOne() throws Exception {
        List<Label> labels = show(false, LONG, "form-label", 90, false);
        assertThat(resting(labels.get(1))).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.text.Text) labels.get(1).lookup(".text")).getText()).get())
                .endsWith("...");
        assertThat(sizes(labels.get(1))).isEqualTo(sizes(labels.get(0)));
        assertThat(differingPixels(labels.get(1), labels.get(0))).isZero();
    }

    @Test
    void theLabelForTheAccessibleTextAndTheTooltipAreTheLabels(FxRobot robot) throws Exception {
        List<Label> labels = show(false, "Given name", "form-label", 400, true);
        Label real = labels.get(0);
        Label resting = labels.get(1);
        List<Object> answers = WaitForAsyncUtils.asyncFx(() -> {
            List<Object> both = new ArrayList<>();
            for (Label label : labels) {
                both.add(label.getLabelFor().queryAccessibleAttribute(AccessibleAttribute.LABELED_BY) == label);
                both.add(label.queryAccessibleAttribute(AccessibleAttribute.ROLE));
                both.add(label.queryAccessibleAttribute(AccessibleAttribute.TEXT));
                both.add(label.queryAccessibleAttribute(AccessibleAttribute.MNEMONIC));
            }
            return both;
        }).get();
        assertThat(answers.subList(4, 8)).isEqualTo(answers.subList(0, 4));
        assertThat(answers.get(0)).isEqualTo(true);
        assertThat(answers.get(2)).isEqualTo("Given name");
        WaitForAsyncUtils.asyncFx(() -> resting.setAccessibleText("First name")).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> resting.queryAccessibleAttribute(AccessibleAttribute.TEXT)).get())
                .isEqualTo("First name");
        // A tooltip is the label's own: installed at rest, it stays through the wake.
        Tooltip tip = new Tooltip("The name you go by");
        WaitForAsyncUtils.asyncFx(() -> resting.setTooltip(tip)).get();
        assertThat(resting(resting)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> RestingLabelSkin.wake(resting)).get();
        assertThat(resting.getTooltip()).isSameAs(tip);
        assertThat(resting(real)).isFalse();
    }

    @Test
    void aMnemonicWakesTheLabelAndItsKeyFocusesTheFieldAsTheRealOnes(FxRobot robot) throws Exception {
        List<Label> labels = show(false, "Given name", "form-label", 400, true);
        for (int i = 0; i < 2; i++) {
            Label label = labels.get(i);
            String key = i == 0 ? "_Given name" : "_Family name";
            robot.interact(() -> {
                label.setMnemonicParsing(true);
                label.setText(key);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(resting(label)).isFalse();
            robot.interact(() -> robot.lookup("#before").query().requestFocus());
            robot.press(KeyCode.ALT).type(i == 0 ? KeyCode.G : KeyCode.F).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(label.getLabelFor().isFocused()).as(key).isTrue();
        }
    }

    @Test
    void aGraphicWakesTheLabelWhichThenDrawsAsTheRealOne() throws Exception {
        List<Label> labels = show(false, "Given name", "form-label", 400, true);
        WaitForAsyncUtils.asyncFx(() -> {
            for (Label label : labels) {
                label.setGraphic(new Rectangle(8, 8));
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(resting(labels.get(1))).isFalse();
        assertThat(differingPixels(labels.get(1), labels.get(0))).isZero();
    }

    @Test
    void aTextChangedAtRestIsDrawnAsTheRealOneDrawsIt() throws Exception {
        List<Label> labels = show(false, "Given name", "form-label", 400, true);
        WaitForAsyncUtils.asyncFx(() -> labels.forEach(l -> l.setText("Given names (all of them)"))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(resting(labels.get(1))).isTrue();
        assertThat(sizes(labels.get(1))).isEqualTo(sizes(labels.get(0)));
        assertThat(differingPixels(labels.get(1), labels.get(0))).isZero();
    }

    @Test
    void aFormsLabelsRestWithItsFieldsAndWakeInTheFormsOrder() throws Exception {
        FieldsAtRest rest = new FieldsAtRest();
        List<Node> woken = new ArrayList<>();
        Node[] form = new Node[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            MainView.applyTheme(false);
            FormBuilder builder = new FormBuilder(() -> { }).restingFields(rest);
            builder.section("Name");
            builder.text("Given name", "first", new javafx.beans.property.SimpleStringProperty("Alan"));
            builder.text("Family name", "last", new javafx.beans.property.SimpleStringProperty("Turing"));
            Button before = new Button("Before");
            form[0] = builder.build();
            stage.setScene(new Scene(new VBox(before, form[0]), 500, 300));
            stage.show();
            before.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = WaitForAsyncUtils.asyncFx(() -> NodeSearch.all(form[0], n -> n instanceof Label).stream()
                .map(Label.class::cast).toList()).get();
        assertThat(labels).extracting(Label::getText).containsExactly("Name", "Given name", "Family name");
        for (Label label : labels) {
            assertThat(resting(label)).as(label.getText()).isTrue();
        }
        TextField first = (TextField) form[0].lookup("#first");
        assertThat(labels.get(1).getLabelFor()).isSameAs(first);
        // In the form's order, a field and the labels before it at a time: the heading and the first field, the
        // first field's label and the second field, the second field's label.
        List<Boolean> restingAfterEach = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = WaitForAsyncUtils.asyncFx(rest::wakeNext).get();
            restingAfterEach.add(resting(labels.get(0)));
            restingAfterEach.add(resting(labels.get(1)));
            restingAfterEach.add(resting(labels.get(2)));
        }
        assertThat(restingAfterEach).containsExactly(
                false, true, true,
                false, false, true,
                false, false, false);
        woken.addAll(labels);
        assertThat(woken).allMatch(l -> ((Label) l).getSkin() instanceof LabelSkin);
    }
}
