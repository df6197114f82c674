package org.scholarfolio.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishCache;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a real window: Publish, greyed while it ran, handed the focus to the Repository field with its
 * address selected, where it stayed after the publish; the next letter typed replaced the address. The
 * focus goes to Cancel while a check or a publish runs, and back to the button that started it.
 */
@ExtendWith(ApplicationExtension.class)
class PublishFocusDuringARunTest {
    private static final Path SAMPLE = Path.of("sample-data", "alan-turing").toAbsolutePath();

    @TempDir
    static Path dir;
    /** The background's work, run when the test says. */
    private final LinkedBlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
    private PublishViewModel vm;
    private Stage dialog;

    @Start
    void start(Stage stage) throws Exception {
        Path bare = dir.resolve("site-" + System.nanoTime() + ".git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        var loaded = PortfolioStore.load(SAMPLE);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), loaded.portfolio(), loaded.file());
        PublishTarget target = new PublishTarget(bare.toUri().toString(), "gh-pages", "", "");
        PublishViewModel.Targets targets = new PublishViewModel.Targets() {
            @Override
            public Optional<PublishTarget> load(Path folder) {
                return Optional.of(target);
            }

            @Override
            public void save(Path folder, PublishTarget t) throws IOException {
            }
        };
        vm = new PublishViewModel(editor, new Publisher(new PublishCache(dir.resolve("cache-" + System.nanoTime()))),
                targets, SecretStore.none(), Map.of(), held::add, Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        PublishDialog publish = new PublishDialog(vm, stage);
        dialog = publish.stage();
        publish.show();
    }

    private Node focused() {
        return dialog.getScene().getFocusOwner();
    }

    private void runTheHeldWork() throws Exception {
        Runnable work = held.poll(20, TimeUnit.SECONDS);
        assertThat(work).as("the work started").isNotNull();
        new Thread(work).start();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void publishHandsTheFocusToCancelAndTakesItBack(FxRobot robot) throws Exception {
        robot.clickOn("#publish-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(focused()).as("while it runs").extracting(Node::getId).isEqualTo("publish-cancel");

        runTheHeldWork();
        assertThat(focused()).as("after the publish").extracting(Node::getId).isEqualTo("publish-run");
        assertThat(robot.lookup("#publish-status").queryLabeled().getText()).startsWith("Published");
    }

    @Test
    void checkFromTheKeyboardKeepsTheRepositoryAsItWas(FxRobot robot) throws Exception {
        String address = robot.lookup("#publish-remote").queryTextInputControl().getText();
        robot.interact(() -> robot.lookup("#publish-check").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).as("while it runs").extracting(Node::getId).isEqualTo("publish-cancel");
        runTheHeldWork();

        // The next key the person types goes where they left the focus, not into the address.
        robot.type(javafx.scene.input.KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).extracting(Node::getId).isEqualTo("publish-check");
        assertThat(robot.lookup("#publish-remote").queryTextInputControl().getText()).isEqualTo(address);
        assertThat(Window.getWindows()).contains(dialog);
    }
}
