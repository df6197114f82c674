package org.scholarfolio.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.scholarfolio.ui.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A publication shown after an import (the Publications screen's first showing, the new paper last in
 * a long list) sits whole inside the table, not below its bottom edge.
 */
@ExtendWith(ApplicationExtension.class)
class ImportedRowShownTest {
    private EditorViewModel editor;
    private MainView view;

    private static List<Publication> papers(int count) {
        List<Publication> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            papers.add(Publication.builder("paper" + i, "article").title("Computing " + i).year(1950 + i % 40).build());
        }
        return papers;
    }

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(papers(60)), null);
        view = EditorOnStage.show(stage, editor, 1024, 700);
    }

    @Test
    void theImportedPublicationIsScrolledIntoTheTableOnItsFirstShowing(FxRobot robot) {
        ProfileFormReady.await();
        robot.interact(() -> {
            editor.edit("import", p -> {
                List<Publication> pubs = new ArrayList<>(p.publications());
                pubs.add(Publication.builder("imported2026", "article").title("Imported last").year(2026).build());
                return p.withPublications(pubs);
            });
            // As ImportActions' showRecord does in the window.
            view.showSection(Section.PUBLICATIONS);
            view.screen(Section.PUBLICATIONS).select("publications[60]");
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        int selected = table.getSelectionModel().getSelectedIndex();
        assertThat(selected).isEqualTo(60);
        Node flow = table.lookup(".virtual-flow .clipped-container");
        Bounds shown = flow.localToScene(flow.getLayoutBounds());
        TableRow<?> row = robot.lookup("#publications-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == selected && r.isVisible()).findFirst().orElseThrow();
        Bounds at = row.localToScene(row.getLayoutBounds());
        assertThat(at.getMinY()).as("row's top in the table").isGreaterThanOrEqualTo(shown.getMinY() - 0.5);
        assertThat(at.getMaxY()).as("row's bottom above the table's bottom edge " + shown.getMaxY()).isLessThanOrEqualTo(shown.getMaxY() + 0.5);
    }
}
