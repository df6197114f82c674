package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10 and 13, point 9: a warning in the export report opens the field it names. */
@ExtendWith(ApplicationExtension.class)
class ExportWarningOpensFieldTest {
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Portfolio p = Portfolio.empty().withPublications(List.of(
                Publication.builder("hopper1952", "article").title("Compilers").build(),
                Publication.builder("turing1950", "article").title("Computing Machinery").build()));
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, Path.of("ada", "portfolio.json"));
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        ExportViewModel export = new ExportViewModel(editor, (snapshot, dir, out, progress) -> new ExportReport(
                List.of("index.html"), List.of(), List.of(), List.of(),
                List.of(Diagnostic.warning(FieldPath.publication(snapshot.publications().get(1), 1).then("links").then("pdf"),
                        "\"paper.pdf\" is not in the portfolio folder; it is left out")), List.of()),
                Runnable::run, Runnable::run);
        view.enableExport(export, (url, failed) -> { });
        export.folderProperty().set(Path.of("out"));
        EditorOnStage.show(stage, view, 1100, 760);
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void clickingAnExportWarningOpensThePublicationAndItsField(FxRobot robot) {
        robot.interact(() -> view.menu(MainView.FILE_MENU).getItems().stream()
                .filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow().fire());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#export-report .list-cell").match((ListCell<String> c) ->
                c.getItem() != null && c.getItem().startsWith("Warning")).<ListCell<String>>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.shell().sectionProperty().get()).isEqualTo(Section.PUBLICATIONS);
        assertThat(view.screen(Section.PUBLICATIONS).selection().get()).isEqualTo(1);
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(TextField.class);
        assertThat(focused.getId()).isEqualTo("pub-links-pdf");
    }
}
