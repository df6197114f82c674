package org.scholarfolio.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishCache;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor opens the Publish dialog from Ctrl+Shift+P and from the toolbar. */
@ExtendWith(ApplicationExtension.class)
class PublishWiringTest {
    private final AtomicInteger modelsMade = new AtomicInteger();

    @Start
    void start(Stage stage) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        PublishViewModel.Targets none = new PublishViewModel.Targets() {
            @Override
            public Optional<PublishTarget> load(Path folder) {
                return Optional.empty();
            }

            @Override
            public void save(Path folder, PublishTarget target) {
            }
        };
        view.enablePublish(() -> {
            modelsMade.incrementAndGet();
            return new PublishViewModel(editor, new Publisher(new PublishCache(Path.of("target", "unused-publish-cache"))),
                    none, SecretStore.none(), Map.of(), Executors.newSingleThreadExecutor(), Platform::runLater);
        });
        EditorOnStage.show(stage, view, 1000, 700);
    }

    private static boolean dialogShown() {
        return Window.getWindows().stream().anyMatch(w -> w.getScene() != null && w.getScene().lookup("#publish-dialog") != null);
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void ctrlShiftPOpensThePublishDialogWhichAsksToSaveAnUntitledPortfolio(FxRobot robot) throws Exception {
        robot.clickOn("#tool-save"); // gives the editor window the keyboard focus; Save is disabled, nothing changed
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, PublishWiringTest::dialogShown);

        assertThat(robot.lookup("#publish-status").queryAs(Label.class).getText()).startsWith("Save the portfolio first");
    }

    @Test
    void theToolbarButtonOpensThePublishDialog(FxRobot robot) throws Exception {
        robot.clickOn("#tool-publish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, PublishWiringTest::dialogShown);
    }

    @Test
    void thePublishViewModelIsMadeWhenTheDialogFirstOpensAndThenKept(FxRobot robot) throws Exception {
        assertThat(modelsMade).hasValue(0);
        robot.clickOn("#tool-publish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, PublishWiringTest::dialogShown);
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#publish-dialog") != null)
                .toList().forEach(Window::hide));
        robot.clickOn("#tool-publish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, PublishWiringTest::dialogShown);

        assertThat(modelsMade).hasValue(1);
    }
}
