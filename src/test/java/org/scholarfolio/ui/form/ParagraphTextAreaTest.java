package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.concurrent.TimeUnit;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The multi-line field: typing reaches the bound property, a value from outside keeps the caret as
 * CaretKeeping says, and the plain stand-in it shows until first reached hands over the caret, the
 * selection and every key.
 */
@ExtendWith(ApplicationExtension.class)
class ParagraphTextAreaTest {
    private final StringProperty bound = new SimpleStringProperty("");
    private ParagraphTextArea area;

    @Start
    void start(Stage stage) {
        area = new ParagraphTextArea();
        area.setId("area");
        area.textProperty().bindBidirectional(bound);
        TextField other = new TextField();
        other.setId("other");
        stage.setScene(new Scene(new VBox(other, area), 500, 300));
        stage.show();
    }

    @Test
    void typingReachesTheBoundProperty(FxRobot robot) {
        robot.interact(area::requestFocus);
        robot.write("Reader in logic");
        assertThat(bound.get()).isEqualTo("Reader in logic");
        assertThat(area.getCaretPosition()).isEqualTo(15);
    }

    @Test
    void anUndoneChangeKeepsTheCaretWhereTheChangeWas(FxRobot robot) {
        String para = "First paragraph.\n\nSecond paragraph about logic.\n\nThird.";
        robot.interact(() -> bound.set(para));
        robot.interact(area::requestFocus);
        robot.interact(() -> area.positionCaret(para.indexOf(" about")));
        robot.write("-like");
        assertThat(bound.get()).isEqualTo("First paragraph.\n\nSecond paragraph-like about logic.\n\nThird.");
        // Undo, as the editor applies it: the property goes back to the old text.
        robot.interact(() -> bound.set(para));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo(para);
        assertThat(area.getCaretPosition()).isEqualTo(para.indexOf(" about"));
    }

    @Test
    void aWhollyNewValueShowsFromItsStart(FxRobot robot) {
        robot.interact(() -> bound.set("Alan Turing\nManchester"));
        assertThat(area.getText()).isEqualTo("Alan Turing\nManchester");
        assertThat(area.getCaretPosition()).isZero();
    }

    @Test
    void aLongValueIsShownOnceItsParagraphsAreBuiltAndTypingThenReachesTheProperty(FxRobot robot) throws Exception {
        String text = "A paragraph of a long biography, typed as it came.\n\n".repeat(8_000);
        assertThat(text.length()).isGreaterThan(ParagraphTextArea.BUILT_IN_BACKGROUND);
        robot.interact(() -> area.positionCaret(0));
        StyleClassedTextArea inside = (StyleClassedTextArea) area.editor();

        robot.interact(() -> bound.set(text));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inside.getLength() == text.length() && inside.isEditable());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(inside.getText()).isEqualTo(text);
        assertThat(area.getCaretPosition()).isZero();
        robot.interact(area::requestFocus);
        robot.interact(area::end);
        robot.write("!");
        // The property follows from the text-field thread, a moment after the key.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> (text + "!").equals(bound.get()));
        // A short change from outside (Undo) goes straight in.
        robot.interact(() -> bound.set(text));
        assertThat(inside.getText()).isEqualTo(text);
    }

    /** The value is built into the area off the JavaFX thread; Ctrl+Tab meanwhile once replaced it with a tab. */
    @Test
    void ctrlTabWhileALongValueIsBuiltLosesNothing(FxRobot robot) throws Exception {
        String text = "A paragraph of a long biography, typed as it came.\n\n".repeat(8_000);
        robot.interact(() -> area.positionCaret(0));
        StyleClassedTextArea inside = (StyleClassedTextArea) area.editor();
        robot.interact(() -> {
            bound.set(text);
            area.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.TAB);
        robot.release(KeyCode.TAB, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inside.isEditable());
        Thread.sleep(1_000);
        WaitForAsyncUtils.waitForFxEvents();
        // The tab is dropped while the value is built, or typed once it is in: the text is whole either way.
        assertThat(bound.get().replace("\t", "")).as("the value after Ctrl+Tab while it was built").isEqualTo(text);
    }

    /** A long text loaded into the area (its document is built in the background), the caret at its end. */
    private String loadLongText(FxRobot robot) throws Exception {
        String text = "A paragraph of a long biography, typed as it came.\n\n".repeat(8_000);
        assertThat(text.length()).isGreaterThan(ParagraphTextArea.FOLLOWED_IN_BACKGROUND);
        robot.interact(() -> area.positionCaret(0));
        StyleClassedTextArea inside = (StyleClassedTextArea) area.editor();
        robot.interact(() -> bound.set(text));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inside.getLength() == text.length() && inside.isEditable());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(area::requestFocus);
        robot.interact(area::end);
        return text;
    }

    @Test
    void aKeyInALongTextIsHandedOverAtOnceWhenAsked(FxRobot robot) throws Exception {
        String text = loadLongText(robot);
        String[] seen = new String[2];
        boolean[] pending = new boolean[1];
        // One turn of the JavaFX thread: the background value cannot land in between.
        robot.interact(() -> {
            area.replaceSelection("!");
            seen[0] = bound.get();
            pending[0] = ParagraphTextArea.typingPendingProperty().get();
            ParagraphTextArea.takeAllTyping();
            seen[1] = bound.get();
        });
        assertThat(pending[0]).isTrue();
        assertThat(seen[0]).isEqualTo(text);
        assertThat(seen[1]).isEqualTo(text + "!");
        assertThat(ParagraphTextArea.typingPendingProperty().get()).isFalse();
    }

    @Test
    void keysTypedWhileTheValueIsMadeAreAllTaken(FxRobot robot) throws Exception {
        String text = loadLongText(robot);
        for (String key : new String[] {"a", "b", "c", "d"}) {
            robot.interact(() -> area.replaceSelection(key));
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ParagraphTextArea.typingPendingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bound.get()).isEqualTo(text + "abcd");
    }

    @Test
    void leavingTheFieldHandsOverWhatWasTyped(FxRobot robot) throws Exception {
        String text = loadLongText(robot);
        String[] seen = new String[1];
        robot.interact(() -> {
            area.replaceSelection("?");
            robot.lookup("#other").query().requestFocus();
            seen[0] = bound.get();
        });
        assertThat(seen[0]).isEqualTo(text + "?");
    }

    @Test
    void aValueFromOutsideReplacesTypingNotHandedOverAndTheLateValueIsDropped(FxRobot robot) throws Exception {
        loadLongText(robot);
        robot.interact(() -> {
            area.replaceSelection("x");
            bound.set("Replaced from outside");
        });
        // Long enough for the value made from the typing to come back, and be dropped.
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bound.get()).isEqualTo("Replaced from outside");
        assertThat(((StyleClassedTextArea) area.editor()).getText()).isEqualTo("Replaced from outside");
        assertThat(ParagraphTextArea.typingPendingProperty().get()).isFalse();
    }

    @Test
    void aChangeIsSplicedIntoTheOldValue() {
        assertThat(RichParagraphEditor.spliced("abcdef", 6, 6, "g")).isEqualTo("abcdefg");
        assertThat(RichParagraphEditor.spliced("abcdef", 2, 4, "XY")).isEqualTo("abXYef");
        assertThat(RichParagraphEditor.spliced("abcdef", 0, 6, "")).isEmpty();
        assertThat(RichParagraphEditor.spliced("abcdef", 3, 3, "-")).isEqualTo("abc-def");
    }

    @Test
    void aLongTextWithChineseInItGetsTheCjkFontFromTheCheckOffTheUiThread(FxRobot robot) throws Exception {
        String family = ScriptFonts.cjkFamily().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(family != null, "no CJK font installed here");
        String latin = "A paragraph of a long biography, typed as it came.\n\n".repeat(4_000);
        assertThat(latin.length()).isGreaterThan(ScriptFonts.CHECKED_IN_BACKGROUND);
        robot.interact(() -> ScriptFonts.follow(area));

        robot.interact(() -> bound.set(latin + "\u5f20\u4e00\u534e"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> area.getStyle().contains(family));
        robot.interact(() -> bound.set(latin));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> area.getStyle().isEmpty());
    }

    private TextArea standIn(FxRobot robot) {
        return robot.from(area).lookup(".text-area").queryAs(TextArea.class);
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    @Test
    void untilReachedTheFieldShowsItsTextWithoutTheRichArea(FxRobot robot) {
        robot.interact(() -> bound.set("Alan Turing\nA. M. Turing"));
        assertThat(area.isReached()).isFalse();
        assertThat(standIn(robot).getText()).isEqualTo("Alan Turing\nA. M. Turing");
        assertThat(robot.from(area).lookup(".styled-text-area").tryQuery()).isEmpty();
    }

    @Test
    void aClickSwapsInTheRichAreaWithTheCaretWhereTheClickLandedAndTheKeysTypeThere(FxRobot robot) {
        String value = "Reader in mathematical logic at the University of Manchester";
        robot.interact(() -> bound.set(value));
        TextArea standIn = standIn(robot);
        robot.clickOn(robot.point(standIn).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(90, 12)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.isReached()).isTrue();
        assertThat(robot.listTargetWindows().get(0).getScene().getFocusOwner()).isSameAs(area.editor());
        int caret = area.getCaretPosition();
        assertThat(caret).isBetween(1, value.length() - 1);
        robot.write("X");
        assertThat(bound.get()).isEqualTo(value.substring(0, caret) + "X" + value.substring(caret));
    }

    @Test
    void theKeyThatReachesTheFieldIsTypedInTheRichAreaNotLost(FxRobot robot) {
        robot.interact(() -> bound.set("Manchester"));
        TextArea standIn = standIn(robot);
        Scene scene = standIn.getScene();
        // The stand-in takes the focus and a key arrives before the swap that the focus asks for has run.
        robot.interact(() -> {
            standIn.requestFocus();
            Event.fireEvent(standIn, typed("M"));
            Event.fireEvent(scene.getFocusOwner(), typed("1"));
        });
        assertThat(bound.get()).isEqualTo("M1Manchester");
        assertThat(area.getCaretPosition()).isEqualTo(2);
        assertThat(standIn.getScene()).isNull();
    }

    @Test
    void tabIntoTheFieldThenTypingReachesTheProperty(FxRobot robot) {
        robot.interact(() -> bound.set("logic"));
        robot.clickOn("#other");
        robot.type(KeyCode.TAB);
        robot.write("Mathematical ");
        assertThat(bound.get()).isEqualTo("Mathematical logic");
        assertThat(area.isReached()).isTrue();
    }

    @Test
    void theStandInsSelectionIsTheRichAreasSelection(FxRobot robot) {
        robot.interact(() -> bound.set("Alan Turing"));
        TextArea standIn = standIn(robot);
        robot.interact(() -> {
            standIn.requestFocus();
            standIn.selectRange(5, 11);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.isReached()).isTrue();
        robot.write("M. Turing");
        assertThat(bound.get()).isEqualTo("Alan M. Turing");
    }

    @Test
    void aLongValueShowsItsStartUntilReachedAndThenTheWholeText(FxRobot robot) {
        String text = "A line of a long biography.\n".repeat(500);
        robot.interact(() -> bound.set(text));
        assertThat(standIn(robot).getText()).hasSize(ParagraphTextArea.SHOWN_BEFORE_REACHED).isEqualTo(
                text.substring(0, ParagraphTextArea.SHOWN_BEFORE_REACHED));
        robot.interact(area::requestFocus);
        StyleClassedTextArea inside = (StyleClassedTextArea) area.editor();
        assertThat(inside.getText()).isEqualTo(text);
        robot.interact(area::end);
        robot.write("!");
        assertThat(bound.get()).isEqualTo(text + "!");
    }

    @Test
    void whileTheStandInShowsALongValueNothingIsPendingAndReachingItThenFollowsTheTyping(FxRobot robot) throws Exception {
        String text = "A paragraph of a long biography, typed as it came.\n\n".repeat(8_000);
        assertThat(text.length()).isGreaterThan(ParagraphTextArea.FOLLOWED_IN_BACKGROUND);
        boolean[] pending = new boolean[1];
        String[] taken = new String[1];
        robot.interact(() -> {
            bound.set(text);
            ParagraphTextArea.takeAllTyping();
            area.takeTyping();
            pending[0] = ParagraphTextArea.typingPendingProperty().get();
            taken[0] = area.getText();
        });
        assertThat(pending[0]).isFalse();
        assertThat(taken[0]).isEqualTo(text);
        assertThat(area.isReached()).as("asking for typing does not bring in the rich area").isFalse();
        assertThat(standIn(robot).getText()).isEqualTo(text.substring(0, ParagraphTextArea.SHOWN_BEFORE_REACHED));

        robot.interact(area::requestFocus);
        StyleClassedTextArea inside = (StyleClassedTextArea) area.editor();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inside.getLength() == text.length() && inside.isEditable());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            area.end();
            area.replaceSelection("!");
            pending[0] = ParagraphTextArea.typingPendingProperty().get();
            ParagraphTextArea.takeAllTyping();
            taken[0] = bound.get();
        });
        assertThat(pending[0]).isTrue();
        assertThat(taken[0]).isEqualTo(text + "!");
        assertThat(ParagraphTextArea.typingPendingProperty().get()).isFalse();
    }
}
