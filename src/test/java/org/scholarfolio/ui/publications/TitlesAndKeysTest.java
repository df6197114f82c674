package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Author;
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

/** Issue 13, point 8: titles read without BibTeX's braces, and new keys are made as JabRef makes them. */
@ExtendWith(ApplicationExtension.class)
class TitlesAndKeysTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Publication braced = Publication.builder("chen2024energy", "inproceedings")
                .title("{Energy}-Neutral Sensing with {LoRa}").booktitle("Proc. {ACM} SenSys")
                .authors(List.of(Author.of("Wei", "Chen"))).year(2024).build();
        Publication turing = Publication.builder("turing1950computing", "article")
                .title("Computing Machinery and Intelligence").abbr("Mind").authors(List.of(Author.of("Alan", "Turing"))).year(1950).build();
        editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                Portfolio.empty().withPublications(List.of(braced, turing)), null);
        MainView view = EditorOnStage.show(stage, editor, 1100, 760);
        view.showSection(Section.PUBLICATIONS);
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup("#publications-table").queryAs(TableView.class);
    }

    private String cell(FxRobot robot, int row, String column) {
        TableView<?> table = table(robot);
        return table.getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow()
                .getCellData(row).toString();
    }

    /** Puts the cursor in a field of the form, wherever the form is scrolled to, as Tab would. */
    private static FxRobot focus(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
        return robot;
    }

    @Test
    void titlesShowWithoutBracesUntilEditedAndTheBracesStayInTheValue(FxRobot robot) {
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        TextField title = robot.lookup("#pub-title").queryAs(TextField.class);

        assertThat(cell(robot, 0, "Title")).isEqualTo("Energy-Neutral Sensing with LoRa");
        assertThat(cell(robot, 0, "Venue")).isEqualTo("Proc. ACM SenSys");
        assertThat(cell(robot, 1, "Venue")).as("a short name and no venue: no dot after it").isEqualTo("Mind");
        assertThat(title.getText()).isEqualTo("Energy-Neutral Sensing with LoRa");

        robot.clickOn(title);
        assertThat(title.getText()).isEqualTo("{Energy}-Neutral Sensing with {LoRa}");
        robot.push(KeyCode.END).write(" Radios");
        robot.clickOn("#pub-year");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio().publications().get(0).title()).isEqualTo("{Energy}-Neutral Sensing with {LoRa} Radios");
        assertThat(title.getText()).isEqualTo("Energy-Neutral Sensing with LoRa Radios");

        // Undo while the field is idle shows the undone value, still without braces.
        robot.interact(() -> editor.history().undo());
        assertThat(title.getText()).isEqualTo("Energy-Neutral Sensing with LoRa");
    }

    @Test
    void aNewPublicationsKeyFollowsWhatIsTypedUntilTheKeyIsTypedByHand(FxRobot robot) {
        robot.clickOn("#publications-table").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N)
                .release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField key = robot.lookup("#pub-key").queryAs(TextField.class);

        focus(robot, "#pub-authors").write("Alan Turing");
        focus(robot, "#pub-year").write("1950");
        focus(robot, "#pub-title").write("Computing Machinery and Intelligence");
        WaitForAsyncUtils.waitForFxEvents();
        // Made unique against the paper already there.
        assertThat(key.getText()).isEqualTo("turing1950computinga");

        focus(robot, "#pub-key").push(KeyCode.CONTROL, KeyCode.A).write("turing-mind");
        focus(robot, "#pub-title").push(KeyCode.HOME).write("On ");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(key.getText()).isEqualTo("turing-mind");
        assertThat(editor.portfolio().publications()).extracting(Publication::citationKey)
                .contains("turing-mind", "turing1950computing");
    }
}
