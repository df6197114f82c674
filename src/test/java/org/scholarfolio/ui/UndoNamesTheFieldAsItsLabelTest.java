package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.form.ParagraphTextArea;
import org.scholarfolio.ui.profile.ProfileScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, point 4: Undo names the field it undoes as the form's label does ("Given name", not the
 * JSON member "first"), for every text field and check box of every screen.
 */
@ExtendWith(ApplicationExtension.class)
class UndoNamesTheFieldAsItsLabelTest {
    private static final Path SAMPLE = Path.of("sample-data", "alan-turing").toAbsolutePath();

    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), PortfolioStore.load(SAMPLE).portfolio(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        Scene scene = EditorOnStage.show(stage, view, 1100, 760);
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void undoAfterTypingInTheProfilesFirstFieldNamesItGivenName(FxRobot robot) {
        robot.clickOn("#profile-first").write("x");
        robot.interact(view::undo);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Undid change to Given name in the profile");
    }

    @Test
    void everyFieldsUndoNameIsItsLabel(FxRobot robot) {
        List<String> checked = new ArrayList<>();
        for (Section section : Section.values()) {
            robot.interact(() -> {
                view.showSection(section);
                Screen screen = view.screen(section);
                screen.selectFirst();
                if (screen instanceof ProfileScreen profile) {
                    profile.completeForm();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node root = view.screen(section).root();
            // Nested lists (a publication's authors, the profile's social links) edit their first row.
            robot.interact(() -> NodeSearch.all(root, n -> n instanceof TableView<?>)
                    .forEach(t -> {
                        TableView<?> table = (TableView<?>) t;
                        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                            table.getSelectionModel().select(0);
                        }
                    }));
            WaitForAsyncUtils.waitForFxEvents();
            for (Control field : labelledFields(root)) {
                String label = labelOf(field);
                robot.interact(() -> {
                    view.shell().status("");
                    change(field);
                    view.undo();
                });
                WaitForAsyncUtils.waitForFxEvents();
                String status = robot.lookup("#status").queryAs(Label.class).getText();
                assertThat(status).as("undo after a change to %s (%s)", field.getId(), label)
                        .startsWith("Undid change to " + FieldNames.shortName(label));
                checked.add(field.getId());
                // The undo may have shown another record or screen: back to this one's first record.
                robot.interact(() -> view.showSection(section));
            }
        }
        assertThat(checked).contains("profile-first", "profile-photo-alt", "social-value", "pub-title", "author-family",
                "news-title", "page-slug", "site-title", "site-show-news");
    }

    /** The text fields and check boxes an edit is typed into, each with its label, in the order of the form. */
    private static List<Control> labelledFields(Node root) {
        List<Control> fields = new ArrayList<>();
        for (Node n : NodeSearch.all(root, n -> n instanceof TextInputControl || n instanceof ParagraphTextArea
                || n instanceof CheckBox)) {
            Control c = (Control) n;
            if (c.getId() != null && !c.isDisabled() && labelOf(c) != null && !c.getId().endsWith("-search")) {
                fields.add(c);
            }
        }
        return fields;
    }

    private static String labelOf(Control field) {
        if (field instanceof CheckBox box) {
            return box.getText();
        }
        javafx.scene.Parent form = field.getParent();
        if (form == null) {
            return null;
        }
        return form.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.getLabelFor() == field)
                .map(n -> ((Label) n).getText()).findFirst().orElse(null);
    }

    private void change(Control field) {
        field.requestFocus(); // as a person types: a title shows without its braces until it has the focus
        if (field instanceof CheckBox box) {
            box.setSelected(!box.isSelected());
        } else if (field instanceof ParagraphTextArea area) {
            area.end();
            area.replaceSelection("x");
        } else {
            TextInputControl text = (TextInputControl) field;
            text.end();
            text.replaceSelection("7");
        }
        editor.history().closeStep();
    }
}
