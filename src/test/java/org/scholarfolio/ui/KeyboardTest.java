package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.List;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.form.ParagraphTextArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, point 7: the editor is usable from the keyboard alone. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    private EditorViewModel editor;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withPublications(List.of(Publication.builder("turing1936", "article").build()));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        scene = EditorOnStage.show(stage, view, 1100, 760);
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() {
        return scene.getFocusOwner();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void ctrlDigitsOpenTheSectionsWithTheCursorInTheFirstField(FxRobot robot) {
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(focused().getId()).isEqualTo("pub-key");
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT5);
        assertThat(focused().getId()).isEqualTo("site-title");
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(focused().getId()).isEqualTo("profile-first");
    }

    @Test
    void ctrlDigitsScrollTheFormBackToItsFirstFieldWhenItWasScrolledDown(FxRobot robot) {
        int scrolledAway = 0;
        for (KeyCode digit : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5)) {
            chord(robot, KeyCode.CONTROL, digit);
            Node first = focused();
            ScrollPane form = enclosingScrollPane(first);
            if (form == null) {
                continue; // an empty list: the focus is in the table, which has no form to scroll
            }
            // Down to the end of the form, as a person reading its lower part leaves it.
            robot.interact(() -> form.setVvalue(form.getVmax()));
            WaitForAsyncUtils.waitForFxEvents();
            if (isShownIn(form, first)) {
                continue; // a form that fits its window cannot be scrolled away from its first field
            }
            scrolledAway++;
            chord(robot, KeyCode.CONTROL, KeyCode.DIGIT1 == digit ? KeyCode.DIGIT2 : KeyCode.DIGIT1);
            chord(robot, KeyCode.CONTROL, digit);
            assertThat(focused()).as("Ctrl+%s", digit).isSameAs(first);
            assertThat(isShownIn(form, first)).as("the first field shows after Ctrl+%s", digit).isTrue();
            assertThat(form.getVvalue()).as("the form's top, its heading and the field's label, shows after Ctrl+%s", digit)
                    .isEqualTo(form.getVmin());
        }
        assertThat(scrolledAway).as("forms long enough to scroll their first field away (the profile's is)").isPositive();
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** True when the whole of {@code node} lies inside the scroll pane's viewport. */
    private static boolean isShownIn(ScrollPane scroll, Node node) {
        Node viewport = scroll.lookup(".viewport");
        Bounds port = viewport.localToScene(viewport.getBoundsInLocal());
        Bounds field = node.localToScene(node.getBoundsInLocal());
        return field.getMinY() >= port.getMinY() - 0.5 && field.getMaxY() <= port.getMaxY() + 0.5;
    }

    @Test
    void ctrlShiftNAddsARecordToTheListOnScreenAndCtrlFFocusesTheFilter(FxRobot robot) {
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        assertThat(editor.portfolio().publications()).hasSize(2);
        // the new paper's key follows its title, authors and year: the cursor starts in the title
        assertThat(focused().getId()).isEqualTo("pub-title");
        robot.write("Computable numbers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pub-title").queryAs(TextField.class).getText()).isEqualTo("Computable numbers");
        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("computable");

        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        assertThat(editor.portfolio().news()).hasSize(1);
        assertThat(editor.portfolio().publications()).hasSize(2);
        // the new item's date is today's already: the cursor starts in its title
        assertThat(focused().getId()).isEqualTo("news-title");
        robot.write("Paper accepted");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.portfolio().news().get(0).title()).isEqualTo("Paper accepted");

        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        chord(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(focused()).isInstanceOf(TextField.class).extracting(Node::getId).isEqualTo("publications-search");
    }

    @Test
    void tabLeavesAMultiLineFieldAndCtrlTabTypesATab(FxRobot robot) throws Exception {
        ProfileFormReady.await();
        ParagraphTextArea bio = robot.lookup("#profile-bio").queryAs(ParagraphTextArea.class);
        robot.interact(bio::requestFocus);
        assertThat(focused()).isSameAs(bio.editor());
        robot.write("Logician");
        chord(robot, KeyCode.CONTROL, KeyCode.TAB);
        assertThat(bio.getText()).isEqualTo("Logician\t");
        assertThat(editor.portfolio().profile().bio()).isEqualTo("Logician\t");
        assertThat(focused()).isSameAs(bio.editor());

        chord(robot, KeyCode.TAB);
        assertThat(bio.getText()).isEqualTo("Logician\t");
        assertThat(focused()).isNotSameAs(bio.editor());
        chord(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(focused()).isSameAs(bio.editor());
    }

    @Test
    void aMultiLineFieldShowsItsFocusAndIsNamedByItsLabel(FxRobot robot) throws Exception {
        ProfileFormReady.await();
        ParagraphTextArea bio = robot.lookup("#profile-bio").queryAs(ParagraphTextArea.class);
        assertThat(bio.getAccessibleText()).isEqualTo("Biography (Markdown)");
        assertThat(bio.editor().getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.TEXT_AREA);
        robot.interact(() -> robot.lookup("#profile-first").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        var unfocused = bio.getBackground().getFills().get(0).getFill();
        robot.interact(bio::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bio.getBackground().getFills().get(0).getFill()).isNotEqualTo(unfocused);
    }

    @Test
    void theSidebarShowsWhenItHasTheFocus(FxRobot robot) {
        javafx.scene.layout.Region sidebar = robot.lookup("#sidebar").queryAs(javafx.scene.layout.Region.class);
        robot.interact(() -> robot.lookup("#profile-first").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        var unfocused = sidebar.getBorder();
        robot.interact(sidebar::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sidebar.getBorder()).isNotNull().isNotEqualTo(unfocused);
        assertThat(sidebar.getBorder().getStrokes().get(0).getWidths().getTop()).isEqualTo(2);
    }
}
