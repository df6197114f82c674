package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.FormBuilder;
import org.scholarfolio.ui.form.ParagraphTextArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The publication form is built from {@link PublicationField}: one control per field, showing its value, opening by its path. */
@ExtendWith(ApplicationExtension.class)
class PublicationFormFromRegistryTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Publication paper = Publication.builder("lovelace1843notes", "article").title("Notes on the Engine")
                .authors(List.of(Author.of("Ada", "Lovelace"))).year(1843).selected(true)
                .text(PublicationField.LICENSE, "CC BY 4.0").build();
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(List.of(paper)), null);
        MainView view = EditorOnStage.show(stage, editor, 1024, 700);
        view.showSection(Section.PUBLICATIONS);
    }

    @Test
    void everyFieldHasAControlThatShowsItsValueAndNamesItsPath(FxRobot robot) {
        robot.interact(() -> robot.lookup("#publications-table").queryAs(TableView.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Publication p = editor.portfolio().publications().get(0);
        for (PublicationField f : PublicationField.values()) {
            if (!f.inForm()) {
                continue;
            }
            String id = "#pub-" + f.jsonKey().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            Node control = robot.lookup(id).query();
            assertThat(control).as(id).isNotNull();
            assertThat(FormBuilder.fieldPathOf(control)).as(id).isEqualTo("publications[0]." + f.jsonKey());
            if (control instanceof CheckBox box) {
                assertThat(box.isSelected()).as(id).isEqualTo(f.flag(p));
            } else if (control instanceof ParagraphTextArea area) {
                assertThat(area.getText()).as(id).isEqualTo(f.asText(p));
            } else {
                assertThat(((TextInputControl) control).getText()).as(id).isEqualTo(f.asText(p));
            }
        }
    }
}
