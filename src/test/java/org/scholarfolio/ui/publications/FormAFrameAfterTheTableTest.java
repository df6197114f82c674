package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
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
 * The publications screen, first shown in the app's window, lays out its table in one frame and its
 * form in the next (the two in one frame were 0.3–0.4 s of JavaFX work at 100,000 publications);
 * what needs the form sooner (Ctrl+3's cursor in the first field) builds it at once.
 */
@ExtendWith(ApplicationExtension.class)
class FormAFrameAfterTheTableTest {
    private MainView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withPublications(List.of(Publication.builder("turing1936", "article").build()));
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.buildFormsAFrameAfterTheirTables(true);
        scene = EditorOnStage.show(stage, view, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    /**
     * What one pulse found after its layout: whether the table had its skin, whether the form's first
     * part (the entry's key) and its second (the authors' table) existed.
     */
    private record Frame(boolean tableSkinned, boolean formThere, boolean authorsThere) {
    }

    @Test
    void theTableIsLaidOutInAFrameOfItsOwnAndTheFormComesInTheNext(FxRobot robot) throws Exception {
        List<Frame> frames = new ArrayList<>();
        boolean[] formAtOnce = new boolean[1];
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(() -> {
                Node table = scene.lookup("#publications-table");
                frames.add(new Frame(table instanceof Control c && c.getSkin() != null, scene.lookup("#pub-key") != null,
                        scene.lookup("#authors-table") != null));
            });
            view.showSection(Section.PUBLICATIONS);
            formAtOnce[0] = scene.lookup("#pub-key") != null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Node abstractField = scene.lookup("#pub-abstract");
            return abstractField != null && abstractField.getScene() != null && scene.lookup("#authors-table") instanceof Control c
                    && c.getSkin() != null;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(formAtOnce[0]).as("the form made with the table").isFalse();
        List<Frame> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(frames)).get();
        int tableOnly = seen.indexOf(new Frame(true, false, false));
        assertThat(tableOnly).as("a frame with the table laid out and no form yet, in %s", seen).isNotNegative();
        int firstPart = seen.indexOf(new Frame(true, true, false));
        assertThat(firstPart).as("the form's first part in a later frame, without the next, in %s", seen).isGreaterThan(tableOnly);
        assertThat(seen.subList(firstPart + 1, seen.size())).as("the next part in a later frame")
                .contains(new Frame(true, true, true));
        // The form is the selected record's, as when it is made with the table.
        robot.interact(() -> assertThat(scene.lookup("#pub-key").isDisabled()).isTrue());
    }

    /** What one pulse found after its layout: the authors' text field, and their table below it. */
    private record AuthorsFrame(boolean textThere, boolean tableThere) {
    }

    @Test
    void theAuthorsTableComesInAFrameAfterTheAuthorsText(FxRobot robot) throws Exception {
        List<AuthorsFrame> frames = new ArrayList<>();
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(() -> frames.add(new AuthorsFrame(scene.lookup("#pub-authors") != null,
                    scene.lookup("#authors-table") != null)));
            view.showSection(Section.PUBLICATIONS);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> scene.lookup("#pub-abstract") != null).get());
        WaitForAsyncUtils.waitForFxEvents();

        List<AuthorsFrame> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(frames)).get();
        int textOnly = seen.indexOf(new AuthorsFrame(true, false));
        assertThat(textOnly).as("a frame with the authors' text and not yet their table, in %s", seen).isNotNegative();
        assertThat(seen.subList(textOnly + 1, seen.size())).as("their table in a later frame")
                .contains(new AuthorsFrame(true, true));
        // Built in parts, the form keeps its order: the table right below the authors' text.
        robot.interact(() -> {
            Node text = scene.lookup("#pub-authors");
            Node table = scene.lookup("#authors-table");
            assertThat(text.localToScene(text.getBoundsInLocal()).getMaxY())
                    .isLessThanOrEqualTo(table.localToScene(table.getBoundsInLocal()).getMinY());
            Node others = scene.lookup("#pub-and-others");
            assertThat(table.localToScene(table.getBoundsInLocal()).getMaxY())
                    .isLessThanOrEqualTo(others.localToScene(others.getBoundsInLocal()).getMinY());
        });
    }

    @Test
    void ctrlThreePutsTheCursorInTheFirstFieldAtOnce(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("pub-key");
    }
}
