package org.scholarfolio.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
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
 * Seen in a 1400 x 900 window with the preview open (the list pane about 520 px wide): the open box's Look up
 * button read "...", as its text area took the room. The window here is as wide as that one less its preview.
 */
@ExtendWith(ApplicationExtension.class)
class LookupBoxNarrowTest {
    private final Executor background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                Portfolio.empty().withPublications(List.of(Publication.builder("turing1950computing", "article")
                        .title("Computing Machinery and Intelligence").build())), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        // No lookup is run: the box is only laid out.
        java.util.function.Function<String, RecordLookup> lookups = email -> null;
        view.enableLookup(new LookupBox(new AddByIdentifierViewModel(editor, lookups, background, Platform::runLater),
                new CitationRefreshViewModel(editor, lookups, background, Platform::runLater)));
        EditorOnStage.show(stage, view, 660, 700);
        view.showSection(Section.PUBLICATIONS);
    }

    @Test
    void theOpenBoxsButtonsAreNeverCut(FxRobot robot) {
        robot.clickOn("#lookup-box .title");
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : List.of("#lookup-run", "#citations-refresh")) {
            Button button = robot.lookup(id).queryAs(Button.class);
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1));
        }
    }
    /** Seen at the same width: the input's hint, two rows high, showed two of its four lines, cut mid-example. */
    @Test
    void theInputsHintIsShownWhole(FxRobot robot) {
        robot.clickOn("#lookup-box .title");
        WaitForAsyncUtils.waitForFxEvents();

        TextArea input = robot.lookup("#lookup-input").queryAs(TextArea.class);
        Text hint = robot.from(input).lookup((Node n) -> n instanceof Text t && t.getText().equals(input.getPromptText()))
                .queryAs(Text.class);
        // What the box shows of its content: the scroll pane's viewport.
        Region viewport = robot.from(input).lookup(".viewport").queryAs(Region.class);
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        Bounds hinted = hint.localToScene(hint.getLayoutBounds());
        assertThat(hint.isVisible()).isTrue();
        assertThat(hinted.getMaxY()).as("the hint's foot within the box (%s)", shown).isLessThanOrEqualTo(shown.getMaxY() + 0.5);
        assertThat(input.getPromptText()).contains("DOI").contains("arXiv").contains("pmid:").contains("BibTeX");
    }
}
