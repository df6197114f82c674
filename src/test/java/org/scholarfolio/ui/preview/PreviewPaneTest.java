package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.scholarfolio.testing.PreviewScripts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        // A renderer that shows the name and the target, enough to see the preview follow edits.
        PreviewRenderer renderer = (p, t) -> "<html><body><h1 id='name'>" + p.profile().name().display()
                + "</h1><p id='target'>" + t.getClass().getSimpleName() + "</p></body></html>";
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), renderer);
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.show();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void previewFollowsTypingAndTheOpenSection(FxRobot robot) throws Exception {
        robot.clickOn("#profile-first").write("Ada");
        // The first page waits for WebKit's library, loaded on a thread of its own (seconds on a busy machine).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#preview-web").tryQuery().isPresent() && "Ada".equals(PreviewScripts.textOfId(robot, "name")));
        assertThat(PreviewScripts.textOfId(robot, "target")).isEqualTo("Home");

        robot.clickOn("#section-publications");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Publications".equals(PreviewScripts.textOfId(robot, "target")));
    }

    @Test
    void aTypedEmojiShowsAsAnImageInThePreview(FxRobot robot) throws Exception {
        EmojiImages.inBackground().get(60, TimeUnit.SECONDS);
        robot.clickOn("#profile-first").write("Ada \uD83C\uDF89");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "\uD83C\uDF89".equals(PreviewScripts.run(robot,
                "(function(){var i=document.querySelector('#name img.emoji');return i?i.alt:null;})()")));
        // The image is drawn from the bundled shapes: WebKit decoded it to a real size.
        assertThat(PreviewScripts.run(robot, "String(document.querySelector('#name img.emoji').naturalWidth>0)")).isEqualTo("true");
        assertThat(PreviewScripts.textOfId(robot, "name")).isEqualTo("Ada ");
    }

    @Test
    void thePreviewCanBeHidden(FxRobot robot) {
        SplitPane split = robot.lookup("#editor-split").queryAs(SplitPane.class);
        assertThat(split.getItems()).hasSize(2);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(split.getItems()).hasSize(1);
    }

    @Test
    void aWidthPresetGetsItsTooltipWhenThePointerFirstEnters(FxRobot robot) {
        javafx.scene.control.ToggleButton phone = robot.lookup("#preview-width-phone").queryAs(javafx.scene.control.ToggleButton.class);
        // Made on first hover, not with the window; the sentence is the button's help from the start.
        assertThat(phone.getTooltip()).isNull();
        assertThat(phone.getAccessibleHelp()).isEqualTo(PreviewWidth.PHONE.description());
        robot.moveTo(phone);
        assertThat(phone.getTooltip().getText()).isEqualTo(PreviewWidth.PHONE.description());
    }
}
