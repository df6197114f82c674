package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.NodeSearch;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the app's window the Publications screen is made ahead while Profile shows: the first press of
 * its entry finds the table with its skin before any pulse (made by that press's pulse otherwise), and
 * the form still follows in the frames after the table's first.
 */
@ExtendWith(ApplicationExtension.class)
class PublicationsMadeAheadTest {
    private MainView view;
    private Scene scene;
    /** Pulses so far (JavaFX thread). */
    private int pulses;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withPublications(List.of(Publication.builder("turing1936", "article").build()));
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.buildFormsAFrameAfterTheirTables(true);
        view.makePublicationsScreenAhead(Duration.millis(100));
        scene = EditorOnStage.show(stage, view, 1100, 760);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses++;
            }
        }.start();
    }

    @Test
    void theFirstPressFindsTheTableSkinnedAndTheFormFollows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.firstContentDrawnProperty().get()).get());
        // The idle wait (100 ms) and the two pieces' pulses are well within 60 pulses (16 ms or more each).
        int until = WaitForAsyncUtils.asyncFx(() -> pulses).get() + 60;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> pulses >= until).get());

        boolean[] skinnedAtThePress = new boolean[1];
        robot.interact(() -> {
            assertThat(NodeSearch.byId(view.root(), "publications-table")).as("not shown yet").isEmpty();
            view.showSection(Section.PUBLICATIONS);
            // Not Scene.lookup: the table is a split pane's item, a child only once that pane has its skin.
            Node table = NodeSearch.byId(view.root(), "publications-table").orElseThrow();
            skinnedAtThePress[0] = table instanceof TableView<?> t && t.getSkin() != null;
        });
        assertThat(skinnedAtThePress[0]).as("the table's skin made before the press").isTrue();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                scene.lookup("#pub-abstract") != null && scene.lookup("#authors-table") instanceof Control c && c.getSkin() != null).get());
        robot.interact(() -> {
            TableView<?> table = (TableView<?>) scene.lookup("#publications-table");
            assertThat(table.getItems()).hasSize(1);
            assertThat(table.lookup(".column-header")).as("the header row styled and laid out").isNotNull();
        });
    }
}
