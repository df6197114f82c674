package org.scholarfolio.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.scholarfolio.ui.RecordListViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a BibTeX import the focus is on the imported row of the publications list, not left on the
 * toolbar's Open button where the confirmation's closing put it: the arrow keys go through what came in.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFocusesTheImportedRowTest {
    @TempDir
    Path dir;
    private EditorViewModel editor;
    private MainView view;
    private ImportActions importing;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(List.of(
                Publication.builder("lovelace1843notes", "article").title("Notes on the Analytical Engine").year(1843).build())),
                null);
        view = EditorOnStage.show(stage, editor, 1100, 750);
        importing = new ImportActions(new BibtexImportViewModel(editor),
                new AlfolioImportViewModel(editor, new InMemoryPortfolioFiles(), Runnable::run, Runnable::run));
        view.enableImport(importing);
    }

    @Test
    void theImportedPublicationIsSelectedAndTheListHasTheFocus(FxRobot robot) throws Exception {
        ProfileFormReady.await();
        Path bib = Files.writeString(dir.resolve("refs.bib"),
                "@misc{babbage1864passages, title = {Passages from the Life of a Philosopher}, year = 1864}\n");
        // the confirmation waits for its answer inside this call, as it does from the menu
        Platform.runLater(() -> importing.importBibFile(robot.window(0), bib, status -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup((Button b) -> "Import".equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.isFocused()).as("the publications list has the focus, not " + table.getScene().getFocusOwner())
                .isTrue();
        Object selected = table.getSelectionModel().getSelectedItem();
        assertThat(((RecordListViewModel.Row<?>) selected).value()).extracting("citationKey").isEqualTo("babbage1864passages");
        assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(table.getSelectionModel().getSelectedIndex());
    }
}
