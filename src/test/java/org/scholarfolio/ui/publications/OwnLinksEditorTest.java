package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
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
class OwnLinksEditorTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withPublications(List.of(Publication.builder("holt2023keys", "inproceedings")
                .title("Short Keys").links(PublicationLinks.NONE.withOwn(List.of(
                        OwnLink.of("Talk", "https://video.example.org/watch/1")))).build()));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        EditorOnStage.show(stage, view, 1100, 900);
        view.showSection(Section.PUBLICATIONS);
    }

    private List<String> labels() {
        return editor.portfolio().publications().get(0).links().own().stream().map(OwnLink::label).toList();
    }

    @Test
    void linksAreAddedTypedReorderedAndRemovedFromTheKeyboard(FxRobot robot) {
        robot.clickOn(robot.lookup("#publications-table .table-row-cell").<TableRow<?>>query());
        TableView<?> table = robot.lookup("#own-links-table").queryAs(TableView.class);
        robot.interact(() -> org.scholarfolio.ui.problems.ProblemDecorations.focus(table));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#own-links-add");
        // the cursor is in the new link's label: type it, then its address
        robot.write("Dataset").press(KeyCode.TAB).release(KeyCode.TAB).write("https://data.example.org/keys");
        WaitForAsyncUtils.waitForFxEvents();
        editor.takePendingEdits();
        assertThat(editor.portfolio().publications().get(0).links().own()).containsExactly(
                OwnLink.of("Talk", "https://video.example.org/watch/1"), OwnLink.of("Dataset", "https://data.example.org/keys"));

        robot.interact(() -> {
            table.getSelectionModel().select(1);
            table.requestFocus();
        });
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels()).containsExactly("Dataset", "Talk");

        robot.interact(() -> {
            table.getSelectionModel().select(1);
            table.requestFocus();
        });
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels()).containsExactly("Dataset");
    }

    @Test
    void anUnsafeAddressIsNamedNextToItsField(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#publications-table .table-row-cell").<TableRow<?>>query());
        TableView<?> table = robot.lookup("#own-links-table").queryAs(TableView.class);
        robot.interact(() -> {
            org.scholarfolio.ui.problems.ProblemDecorations.focus(table);
            table.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#own-link-url").queryTextInputControl().setText("javascript:alert(1)"));
        robot.clickOn("#own-link-label");
        editor.takePendingEdits();
        javafx.scene.control.Control url = robot.lookup("#own-link-url").queryAs(javafx.scene.control.Control.class);
        // the validator's sentence sits on the address field
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            String message = org.scholarfolio.ui.problems.ProblemDecorations.messageOn(url);
            return message != null && message.contains("javascript");
        });
        assertThat(org.scholarfolio.ui.problems.ProblemDecorations.messageOn(
                robot.lookup("#own-link-label").queryAs(javafx.scene.control.Control.class))).isNull();
    }
}
