package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.RecordListViewModel.Row;
import org.scholarfolio.ui.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An edit of the selected publication keeps it selected in the table, filtered or sorted, and a
 * whole new list of publications (an open) keeps the filter and its "N of M shown".
 */
@ExtendWith(ApplicationExtension.class)
class TableFollowsAnEditedRowTest {
    private EditorViewModel editor;

    private static List<Publication> papers(String prefix, int count) {
        List<Publication> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            papers.add(Publication.builder(prefix + i, "article")
                    .title((i % 3 == 0 ? "Morphogenesis " : "Computing ") + String.format("%03d", i)).year(1950 + i % 40).build());
        }
        return papers;
    }

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(papers("paper", 300)), null);
        MainView view = EditorOnStage.show(stage, editor, 1024, 700);
        view.showSection(Section.PUBLICATIONS);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row<Publication>> table(FxRobot robot) {
        return robot.lookup("#publications-table").queryAs(TableView.class);
    }

    private void retitle(FxRobot robot, int index, String title) {
        robot.interact(() -> editor.edit("title", p -> {
            List<Publication> pubs = new ArrayList<>(p.publications());
            pubs.set(index, pubs.get(index).toBuilder().text(PublicationField.TITLE, title).build());
            return p.withPublications(pubs);
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String selectedKey(FxRobot robot) {
        Row<Publication> row = table(robot).getSelectionModel().getSelectedItem();
        return row == null ? null : row.value().citationKey();
    }

    @Test
    void anEditedSelectedRowStaysSelectedAndShowsWhatItSaysNow(FxRobot robot) {
        robot.interact(() -> table(robot).getSelectionModel().select(7));
        retitle(robot, 7, "Computing, retitled");

        assertThat(selectedKey(robot)).isEqualTo("paper7");
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(7);
        assertThat(table(robot).getFocusModel().getFocusedIndex()).isEqualTo(7);
        assertThat(table(robot).getItems().get(7).value().title()).isEqualTo("Computing, retitled");
    }

    @Test
    void whileFilteredAndSortedAnEditedRowIsFollowedToWhereItIsShownNow(FxRobot robot) {
        robot.clickOn("#publications-search").write("morphogenesis");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TableView<Row<Publication>> table = table(robot);
            TableColumn<Row<Publication>, ?> title = table.getColumns().get(2);
            title.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(title));
            table.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedKey(robot)).isEqualTo("paper297");

        retitle(robot, 297, "Morphogenesis 297, revised");
        assertThat(selectedKey(robot)).isEqualTo("paper297");
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isZero();

        retitle(robot, 297, "Morphogenesis");
        assertThat(selectedKey(robot)).isEqualTo("paper297");
        int last = table(robot).getItems().size() - 1;
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(last);
        // Moved out of sight by its new title: the table scrolls to it.
        assertThat(robot.lookup("#publications-table .table-row-cell").queryAllAs(TableRow.class))
                .anyMatch(r -> r.getIndex() == last && r.isVisible());
        assertThat(table(robot).getItems()).hasSize(100);
        assertThat(robot.lookup("#publications-filter-summary").queryAs(Label.class).getText()).isEqualTo("100 of 300 shown");
    }

    @Test
    void anotherListOfPublicationsKeepsTheFilterAndCountsAgain(FxRobot robot) {
        robot.clickOn("#publications-search").write("morphogenesis");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> editor.edit(null, p -> p.withPublications(papers("other", 30))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).extracting(r -> r.value().citationKey()).hasSize(10).allMatch(k -> k.startsWith("other"));
        assertThat(robot.lookup("#publications-filter-summary").queryAs(Label.class).getText()).isEqualTo("10 of 30 shown");
    }
}
