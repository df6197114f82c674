package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.generator.PortfolioGenerator;
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
 * The publications table places its rows by a fixed height, the theme's own row height, so that
 * neither a layout nor scrolling to the selected row measures rows across a long list; the row
 * selected in the form is still scrolled into view.
 */
@ExtendWith(ApplicationExtension.class)
class DenseTableRowsTest {
    private MainView view;
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), PortfolioGenerator.generate(3_000, 10, 7L), null);
        view = EditorOnStage.show(stage, editor, 1024, 700);
        view.showSection(Section.PUBLICATIONS);
    }

    @Test
    void rowsHaveAFixedHeightThatIsTheThemesRowHeight(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        TableRow<?> row = robot.from(table).lookup(".table-row-cell").queryAs(TableRow.class);

        assertThat(table.getFixedCellSize()).isPositive();
        // The theme's -fx-cell-size for a dense table's row, 2em of the row's font: the height each row had before.
        assertThat(table.getFixedCellSize()).isEqualTo(2 * row.getFont().getSize());
        assertThat(row.getHeight()).isEqualTo(table.getFixedCellSize());
    }

    @Test
    void aRecordSelectedFarDownTheListIsScrolledIntoView(FxRobot robot) {
        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        robot.interact(() -> {
            // The last of the 3,000 in the table's order, selected as the form or an undo selects it.
            int last = table.getItems().size() - 1;
            var item = (org.scholarfolio.ui.RecordListViewModel.Row<?>) table.getItems().get(last);
            ((PublicationsScreen) view.screen(Section.PUBLICATIONS)).viewModel().selectedIndexProperty().set(item.index());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });

        Object wanted = table.getItems().get(table.getItems().size() - 1);
        TableRow<?> shown = robot.from(table).lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == wanted && r.isVisible())
                .queryAs(TableRow.class);
        Bounds inTable = table.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
        assertThat(inTable.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(inTable.getMaxY()).isLessThanOrEqualTo(table.getHeight() + 0.5);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(wanted);
    }
}
