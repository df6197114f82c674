package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.DocumentIo;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Open and save run on a thread of their own, as in the app, against a store the test slows down
 * at will: the person goes on editing while a save runs, a second save waits for the first, closing
 * waits for a running save, and a large file being opened shows its progress.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundFileWorkTest {
    @TempDir
    static Path tmp;

    private final ExecutorService fileThread = Executors.newSingleThreadExecutor();
    private final GatedPortfolioFiles files = new GatedPortfolioFiles();
    private final AtomicInteger closed = new AtomicInteger();
    private Path file;
    private EditorViewModel editor;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path folder = Files.createTempDirectory(tmp, "portfolio");
        file = folder.resolve("portfolio.json");
        Files.copy(Path.of("sample-data", "alan-turing", "portfolio.json"), file);
        editor = new EditorViewModel(files, Portfolio.empty(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null,
                new DocumentIo(editor, fileThread, Platform::runLater));
        editor.open(file);
        Scene scene = new Scene(view.root(), 1100, 760);
        view.install(scene);
        view.documents().guardClose(stage, closed::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopFileThread() throws InterruptedException {
        files.open();
        fileThread.shutdown();
        fileThread.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilIdle() throws Exception {
        waitUntil(() -> !view.documents().io().isBusy());
    }

    private static Portfolio onDisk(Path file) throws Exception {
        return PortfolioStore.load(file).portfolio();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void typingGoesOnWhileASlowSaveRunsAndWhatIsTypedThenStaysUnsaved(FxRobot robot) throws Exception {
        robot.doubleClickOn("#profile-first").write("Ada");
        files.close();
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> files.waiting.get() == 1);

        assertThat(robot.lookup("#file-activity").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#content").queryAs(Node.class).isDisabled()).isFalse();
        robot.doubleClickOn("#profile-last").write("Lovelace");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.portfolio().profile().name().last()).isEqualTo("Lovelace");

        files.open();
        waitUntilIdle();

        Portfolio saved = onDisk(file);
        assertThat(saved.profile().name().first()).isEqualTo("Ada");
        assertThat(saved.profile().name().last()).isEqualTo("Turing");
        assertThat(editor.portfolio().profile().name().last()).isEqualTo("Lovelace");
        assertThat(editor.history().isDirty()).isTrue();
        assertThat(editor.windowTitleProperty().get()).endsWith(EditorViewModel.DIRTY_MARKER);
        assertThat(robot.lookup("#file-activity").queryAs(Node.class).isVisible()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntilIdle();
        assertThat(onDisk(file)).isEqualTo(editor.portfolio());
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void aSecondSaveWaitsForTheFirstAndTheFileEndsWithTheLater(FxRobot robot) throws Exception {
        robot.clickOn("#profile-position");
        files.close();
        robot.interact(() -> editor.edit(null, p -> p.withProfile(p.profile().toBuilder().position("First").build())));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> files.waiting.get() == 1);
        robot.interact(() -> editor.edit(null, p -> p.withProfile(p.profile().toBuilder().position("Second").build())));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(files.savesStarted).hasValue(1);

        files.letOneThrough();
        waitUntil(() -> files.savesStarted.get() == 2);
        assertThat(onDisk(file).profile().position()).isEqualTo("First");
        files.open();
        waitUntilIdle();

        assertThat(files.mostSavesAtOnce).hasValue(1);
        assertThat(onDisk(file).profile().position()).isEqualTo("Second");
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void closingWhileASaveRunsWaitsForItThenCloses(FxRobot robot) throws Exception {
        robot.clickOn("#profile-position");
        robot.interact(() -> editor.edit(null, p -> p.withProfile(p.profile().toBuilder().position("Saved on quit").build())));
        files.close();
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> files.waiting.get() == 1);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isTrue();
        assertThat(closed).hasValue(0);
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("closes when that is done");

        files.open();
        waitUntil(() -> closed.get() == 1);
        waitUntil(() -> !stage.isShowing());
        assertThat(onDisk(file).profile().position()).isEqualTo("Saved on quit");
    }

    @Test
    void openingALargePortfolioShowsProgressLocksTheFormAndThenShowsIt(FxRobot robot) throws Exception {
        Path big = Files.createTempDirectory(tmp, "big");
        PortfolioStore.save(big, PortfolioGenerator.generate(2_000, 100, PortfolioGenerator.DEFAULT_SEED));
        files.close();
        robot.interact(() -> view.documents().open(big));
        waitUntil(() -> files.waiting.get() == 1);

        assertThat(robot.lookup("#file-activity").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#file-activity .label").queryLabeled().getText()).startsWith("Opening ");
        assertThat(robot.lookup("#content").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(editor.fileProperty().get()).isEqualTo(file);
        // An open that outlasts a glance gets its spinning indicator beside the words.
        // Looked for on the JavaFX thread, which adds it.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot
                .lookup("#file-activity-spinner").tryQuery().map(Node::isVisible).orElse(false)).get());
        Node spinner = robot.lookup("#file-activity-spinner").query();
        assertThat(spinner.getParent().getId()).isEqualTo("file-activity");
        // It turns, in eighths of a circle: a few changes of the window a second, not one at every frame as
        // JavaFX's spinning ProgressIndicator (whose own rotation stays 0 while its skin's parts change).
        java.util.Set<Double> angles = new java.util.TreeSet<>();
        for (int look = 0; look < 60 && angles.size() < 3; look++) {
            angles.add(WaitForAsyncUtils.asyncFx(spinner::getRotate).get(10, TimeUnit.SECONDS));
            Thread.sleep(50);
        }
        assertThat(angles).hasSizeGreaterThanOrEqualTo(3).allSatisfy(angle -> assertThat(angle % 45).isZero());

        files.open();
        waitUntilIdle();
        assertThat(editor.portfolio().publications()).hasSize(2_000);
        assertThat(editor.fileProperty().get()).isEqualTo(big.resolve("portfolio.json"));
        assertThat(robot.lookup("#content").queryAs(Node.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#file-activity").queryAs(Node.class).isVisible()).isFalse();
        assertThat(spinner.isVisible()).isFalse();
        // Hidden, it stands still: no animation asks for frames while no file work runs.
        double still = WaitForAsyncUtils.asyncFx(spinner::getRotate).get(10, TimeUnit.SECONDS);
        Thread.sleep(400);
        assertThat(WaitForAsyncUtils.asyncFx(spinner::getRotate).get(10, TimeUnit.SECONDS)).isEqualTo(still);
    }
}
