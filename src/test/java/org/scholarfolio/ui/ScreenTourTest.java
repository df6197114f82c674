package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.generator.PortfolioGenerator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tour the app image's training run makes before it exits: every screen shown, a record selected in each list. */
@ExtendWith(ApplicationExtension.class)
class ScreenTourTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), PortfolioGenerator.generate(20, 5, 1L), null);
        view = EditorOnStage.show(stage, editor, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void showsEachScreenInTurnThenComesBackToTheFirstAndRunsWhatFollows(FxRobot robot) throws Exception {
        List<Section> shown = new CopyOnWriteArrayList<>();
        CompletableFuture<Section> endedOn = new CompletableFuture<>();
        robot.interact(() -> {
            view.shell().sectionProperty().addListener((obs, was, now) -> shown.add(now));
            ScreenTour.visit(view, () -> endedOn.complete(view.shell().sectionProperty().get()));
        });

        assertThat(endedOn.get(30, TimeUnit.SECONDS)).isEqualTo(Section.PROFILE);
        assertThat(shown).containsExactly(Section.NEWS, Section.PUBLICATIONS, Section.PAGES, Section.SITE, Section.PROFILE);
    }

    @Test
    void selectsTheFirstRecordOfEachListItShows(FxRobot robot) throws Exception {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        robot.interact(() -> ScreenTour.visit(view, () -> ended.complete(null)));
        ended.get(30, TimeUnit.SECONDS);

        robot.interact(() -> {
            assertThat(view.screen(Section.NEWS).selection().get()).isNotNegative();
            assertThat(view.screen(Section.PUBLICATIONS).selection().get()).isNotNegative();
        });
    }
}
