package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AuthorsEditorTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withPublications(List.of(Publication.builder("turing1936", "article")
                .title("On Computable Numbers").authors(List.of(Author.of("Alonzo", "Church"), Author.of("A. M.", "Turing"))).build()));
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Alan", "Mathison", "Turing")).build());
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        Scene scene = EditorOnStage.show(stage, view, 1100, 900);
        view.showSection(Section.PUBLICATIONS);
    }

    private List<String> authors() {
        return editor.portfolio().publications().get(0).authors().stream().map(Author::family).toList();
    }

    @Test
    void authorsAreAddedFlaggedAndReorderedFromTheKeyboard(FxRobot robot) {
        robot.clickOn(robot.lookup("#publications-table .table-row-cell").<TableRow<?>>query());
        // The author list sits below the entry fields: scroll the form to it.
        robot.interact(() -> org.scholarfolio.ui.problems.ProblemDecorations.focus(
                robot.lookup("#authors-table").queryAs(javafx.scene.control.TableView.class)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#authors-add");
        robot.clickOn("#author-family").write("Kleene");
        robot.clickOn("#author-equal");
        assertThat(authors()).containsExactly("Church", "Turing", "Kleene");
        assertThat(editor.portfolio().publications().get(0).authors().get(2).equalContribution()).isTrue();

        javafx.scene.control.TableView<?> table = robot.lookup("#authors-table").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().select(2);
            table.requestFocus();
        });
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(authors()).containsExactly("Church", "Kleene", "Turing");
        TableRow<?> turingRow = robot.lookup("#authors-table .table-row-cell").match((TableRow<?> r) ->
                r.getItem() != null && r.getItem().toString().contains("Turing")).query();
        assertThat(turingRow.getStyleClass()).as("the researcher's own entry is marked").contains("researcher");
    }
}
