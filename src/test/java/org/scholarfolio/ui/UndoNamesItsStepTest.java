package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.importing.BibtexImportViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, point 4: Undo and Redo say what they undo and show it; the caret stays where the change was. */
@ExtendWith(ApplicationExtension.class)
class UndoNamesItsStepTest {
    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().position("Reader").addressLines(List.of("Manchester")).build());
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        view = EditorOnStage.show(stage, editor, 1100, 760);
    }

    private void ctrl(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void undoInAProfileFieldNamesTheImportItUndoesAndShowsThePublications(FxRobot robot) {
        BibtexImportViewModel importing = new BibtexImportViewModel(editor);
        robot.interact(() -> importing.apply(importing.preview("""
                @article{turing1936, title = {On Computable Numbers}, year = 1936}
                @article{turing1950, title = {Computing Machinery and Intelligence}, year = 1950}
                """, "turing.bib")));
        assertThat(editor.portfolio().publications()).hasSize(2);
        assertThat(view.menu(MainView.EDIT_MENU).getItems().get(0).getText()).isEqualTo("_Undo import of 2 publications");

        robot.clickOn("#section-profile");
        robot.clickOn("#profile-first").write("Alan");
        ctrl(robot, KeyCode.Z);
        assertThat(robot.lookup("#profile-first").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Undid change to Given name in the profile");

        ctrl(robot, KeyCode.Z);
        assertThat(editor.portfolio().publications()).isEmpty();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Undid import of 2 publications");
        assertThat(view.shell().sectionProperty().get()).isEqualTo(Section.PUBLICATIONS);
        assertThat(view.menu(MainView.EDIT_MENU).getItems().get(1).getText()).isEqualTo("_Redo import of 2 publications");

        ctrl(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(editor.portfolio().publications()).extracting(p -> p.citationKey())
                .containsExactlyInAnyOrderElementsOf(List.of("turing1936", "turing1950"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Redid import of 2 publications");
    }

    @Test
    void undoInATextFieldLeavesTheCaretWhereTheChangeWas(FxRobot robot) {
        TextField position = robot.lookup("#profile-position").queryAs(TextField.class);
        robot.clickOn(position);
        robot.interact(position::end);
        robot.write(" in logic");
        robot.clickOn("#profile-affiliation");
        robot.clickOn(position);
        robot.interact(position::end);
        assertThat(position.getText()).isEqualTo("Reader in logic");

        ctrl(robot, KeyCode.Z);
        assertThat(position.getText()).isEqualTo("Reader");
        assertThat(position.getCaretPosition()).isEqualTo("Reader".length());
    }

    @Test
    void aMultiLineFieldReachedByAClickTypesAndUndoesAsBeforeTheSwap(FxRobot robot) {
        org.scholarfolio.ui.form.ParagraphTextArea address =
                robot.lookup("#profile-address").queryAs(org.scholarfolio.ui.form.ParagraphTextArea.class);
        assertThat(address.isReached()).isFalse();
        robot.clickOn(address);
        robot.interact(address::end);
        robot.write(", England");
        assertThat(address.isReached()).isTrue();
        assertThat(editor.portfolio().profile().addressLines()).containsExactly("Manchester, England");
        robot.clickOn("#profile-position");

        ctrl(robot, KeyCode.Z);
        assertThat(editor.portfolio().profile().addressLines()).containsExactly("Manchester");
        assertThat(address.getText()).isEqualTo("Manchester");
        assertThat(address.getCaretPosition()).isEqualTo("Manchester".length());
    }
}
