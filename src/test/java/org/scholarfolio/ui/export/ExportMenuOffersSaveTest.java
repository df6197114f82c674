package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's File > Export site, for a portfolio begun by an import and never saved: it offers the app's Save As. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuOffersSaveTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        Portfolio imported = Portfolio.empty().withPublications(List.of(
                Publication.builder("turing1950", "article").title("Computing Machinery").build()));
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), imported, null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.enableExport(new ExportViewModel(editor, (snapshot, dir, out, progress) -> new ExportReport(
                List.of("index.html"), List.of(), List.of(), List.of(), List.of(), List.of()), Runnable::run, Runnable::run),
                (url, failed) -> { });
        EditorOnStage.show(stage, view, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void exportingAnUnsavedPortfolioOffersToSaveItFirst(FxRobot robot) {
        robot.interact(() -> view.menu(MainView.FILE_MENU).getItems().stream()
                .filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#export-unsaved").query().isVisible()).isTrue();
        Button save = robot.lookup("#export-save-first").queryAs(Button.class);
        assertThat(save.isVisible()).as("the window's Save As is wired in").isTrue();
        assertThat(save.isDefaultButton()).isTrue();
        assertThat(robot.lookup("#export-run").queryAs(Button.class).isDisabled()).isTrue();
    }
}
