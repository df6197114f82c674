package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.generator.PortfolioGenerator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's reduced theme left out only rules that no node of any screen could match. */
@ExtendWith(ApplicationExtension.class)
class ThemeSheetOnScreensTest {
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), PortfolioGenerator.generate(20, 5, 1L), null);
        view = EditorOnStage.show(stage, editor, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void noNodeOfAnyScreenWithItsFirstRecordSelectedCarriesAStyleClassOfAnUnusedControl(FxRobot robot) throws Exception {
        Set<String> seen = new TreeSet<>();
        for (Screen screen : view.screens()) {
            robot.interact(() -> {
                view.showSection(screen.section());
                screen.selectFirst();
            });
            // The form is built a part a frame.
            Thread.sleep((long) ScreenTour.PER_SCREEN.toMillis());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> collect(stage.getScene().getRoot(), seen));
        }

        // Skins' own parts included: the walk goes through every parent's children, the controls' too.
        assertThat(seen).contains("text-field", "table-view", "menu-bar", "scroll-bar", "label");
        assertThat(seen).doesNotContainAnyElementsOf(ThemeSheet.unusedStyleClasses());
    }

    private static void collect(Node node, Set<String> into) {
        into.addAll(node.getStyleClass());
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
