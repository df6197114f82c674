package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard focus ring of a toolbar button is drawn around it: the window's content never moves when focus comes or goes. */
@ExtendWith(ApplicationExtension.class)
class ToolbarFocusKeepsLayoutTest {
    private MainView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        scene = EditorOnStage.show(stage, view, 1100, 760);
    }

    @Test
    void theContentStaysWhereItWasWhenTheFocusLeavesTheOpenButton(FxRobot robot) throws Exception {
        Node open = robot.lookup("#tool-open").query();
        robot.interact(open::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).isSameAs(open);
        double[] focusedOnButton = WaitForAsyncUtils.asyncFx(this::toolBarHeightAndContentTop).get(10, TimeUnit.SECONDS);

        robot.interact(() -> robot.lookup("#profile-first").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).isNotSameAs(open);
        double[] focusedInForm = WaitForAsyncUtils.asyncFx(this::toolBarHeightAndContentTop).get(10, TimeUnit.SECONDS);

        assertThat(focusedInForm[0]).as("the toolbar's height").isEqualTo(focusedOnButton[0]);
        assertThat(focusedInForm[1]).as("the content's top in the window").isEqualTo(focusedOnButton[1]);
        assertThat(focusedInForm[2]).as("the Open button's height").isEqualTo(focusedOnButton[2]);
    }

    private double[] toolBarHeightAndContentTop() {
        view.root().applyCss();
        view.root().layout();
        ToolBar toolBar = (ToolBar) view.root().lookup(".tool-bar");
        Bounds content = view.root().lookup("#content").localToScene(view.root().lookup("#content").getLayoutBounds());
        return new double[] {toolBar.getHeight(), content.getMinY(), view.root().lookup("#tool-open").getLayoutBounds().getHeight()};
    }
}
