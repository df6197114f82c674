package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a real window: Ctrl+3 on the Publications screen's first showing put the cursor at the start of
 * the citation key, and "Z" typed then gave "Zturing1937computable" (the second time it went to the end).
 * The key arrived just before the cursor was put at its end, and the caret kept for a new value was put
 * back at its start a turn later. The screen built as the app's window builds it: rows and form frames
 * after the chrome.
 */
@ExtendWith(ApplicationExtension.class)
class FirstShowingCaretTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty().withPublications(List.of(Publication.builder("turing1937computable", "article")
                .title("On Computable Numbers").year(1937).build()));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.buildFormsAFrameAfterTheirTables(true);
        EditorOnStage.show(stage, view, 1024, 700);
    }

    @Test
    void ctrl3OnTheFirstShowingPutsTheCursorAtTheEndOfTheKey(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pub-key").tryQuery()
                .map(n -> n.isFocused() && !((TextField) n).getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Z");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.portfolio().publications().get(0).citationKey()).isEqualTo("turing1937computableZ");
    }
}
