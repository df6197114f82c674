package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An empty list says how to fill it (the seed sample has no papers), not "No content in table". */
@ExtendWith(ApplicationExtension.class)
class EmptyListHintTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        view = EditorOnStage.show(stage, editor, 1024, 700);
    }

    @Test
    void emptyPublicationsSayHowToAddOne(FxRobot robot) {
        robot.interact(() -> view.showSection(Section.PUBLICATIONS));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(placeholder(robot, "#publications-table"))
                .startsWith("No publications yet:").contains("DOI").contains(".bib file");
    }

    @Test
    void emptyNewsAndPagesNameTheirAddButton(FxRobot robot) {
        robot.interact(() -> view.showSection(Section.NEWS));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder(robot, "#news-table")).isEqualTo("Nothing here yet: \u201cAdd news\u201d above starts one.");

        robot.interact(() -> view.showSection(Section.PAGES));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder(robot, "#pages-table")).isEqualTo("Nothing here yet: \u201cAdd page\u201d above starts one.");
    }

    private static String placeholder(FxRobot robot, String table) {
        return ((Label) robot.lookup(table).queryAs(TableView.class).getPlaceholder()).getText();
    }
}
