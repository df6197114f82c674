package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

/**
 * Beside the preview in a 1024 px window the publications table is about 440 px wide: seen there, the
 * keys showed as "turing19…" and titles as "On Compu…". The key shows whole and the title keeps room;
 * the venue and the selected mark give way (the form below shows both), and come back when there is room.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowTableColumnsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainView.applyTheme(false);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(List.of(
                Publication.builder("mavromatis2026edgeagents", "article").title("Edge agents for everyone").year(2026).text(org.scholarfolio.model.PublicationField.JOURNAL, "Proceedings of the Edge").build(),
                Publication.builder("turing1937computable", "article").title("On Computable Numbers, with an Application to the Entscheidungsproblem").year(1937).build(),
                Publication.builder("holt2025press", "article").title("Short Keys").yearAsTyped("in press").build())),
                null);
        // The sidebar (210 px) and a table as wide as it is beside the preview at 1024 px.
        MainView view = EditorOnStage.show(stage, editor, 660, 700);
        stage.sizeToScene();
        view.showSection(Section.PUBLICATIONS);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot) {
        return robot.lookup("#publications-table").queryAs(TableView.class);
    }

    private static TableColumn<Object, ?> column(FxRobot robot, String title) {
        return table(robot).getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> drawn(FxRobot robot, String title) {
        TableColumn<Object, ?> col = column(robot, title);
        return robot.lookup("#publications-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == col && c.isVisible() && c.getText() != null && !c.getText().isEmpty())
                .map(c -> ((Text) c.lookup(".text")).getText()).toList();
    }

    @Test
    void besideThePreviewKeysShowWholeAndTheTitleKeepsRoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getWidth()).isLessThan(460);
        assertThat(drawn(robot, "Key")).containsExactlyInAnyOrder("mavromatis2026edgeagents", "turing1937computable",
                "holt2025press");
        assertThat(column(robot, "Title").getWidth()).as("title's width").isGreaterThanOrEqualTo(150);
        assertThat(column(robot, "Year").getWidth()).as("year's width").isGreaterThanOrEqualTo(50);
        assertThat(drawn(robot, "Year")).contains("2026", "1937");
    }

    @Test
    void inAWideWindowEveryColumnShows(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getColumns()).allMatch(TableColumn::isVisible);
        assertThat(drawn(robot, "Venue")).containsExactly("Proceedings of the Edge");
        // Seen in a real window (1180 px): a paper "in press" showed "in …" in a year column made for four digits
        assertThat(drawn(robot, "Year")).containsExactlyInAnyOrder("2026", "1937", "in press");
    }
}
