package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.Autosave;
import org.scholarfolio.ui.DocumentIo;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a real window: a person who starts typing as the window appears after a crash types on while
 * the recovery question comes up a moment later. The keys typed while the window was white reach the
 * first field; those that reached the question were lost (and a space pressed its focused button, which
 * answered it unasked). They are now held by the question and land where the cursor was once Recover is
 * chosen, over the recovered changes.
 */
@ExtendWith(ApplicationExtension.class)
class TypeAheadThenRecoverTest {
    @TempDir
    static Path tmp;

    private final ExecutorService fileThread = Executors.newSingleThreadExecutor();
    private final ExecutorService journalThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-journal");
        t.setDaemon(true);
        return t;
    });
    private final GatedPortfolioFiles files = new GatedPortfolioFiles();
    private EditorViewModel editor;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(tmp, "portfolio");
        Path json = folder.resolve("portfolio.json");
        Files.copy(Path.of("sample-data", "alan-turing", "portfolio.json"), json);
        Portfolio saved = PortfolioStore.load(json).portfolio();
        Portfolio crashed = saved.withProfile(saved.profile().toBuilder().bio("Kept from before the crash.").build());
        new StoreRecoveryFiles().begin(Autosave.recoveryFileFor(json), saved, crashed).close();

        editor = new EditorViewModel(files, Portfolio.empty(), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null,
                new DocumentIo(editor, fileThread, Platform::runLater));
        Autosave autosave = new Autosave(editor, new StoreRecoveryFiles(), tmp.resolve("untitled.recovery"), journalThread);
        files.close();
        view.documents().open(folder);
        scene = new Scene(view.root(), 1100, 760);
        view.install(scene);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
        Platform.runLater(() -> view.enableAutosave(autosave));
    }

    @AfterEach
    void stopFileThread() throws InterruptedException {
        files.open();
        fileThread.shutdown();
        fileThread.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void keysTypedAheadStayWhenTheCrashsChangesAreRecovered(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> files.waiting.get() == 1);
        robot.write(" Q.");

        files.open();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> editor.fileProperty().get() != null);
        ProfileFormReady.await();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> question() != null);
        String asked = WaitForAsyncUtils.asyncFx(() -> question().getContentText()).get(5, TimeUnit.SECONDS);
        assertThat(asked).contains("What you type while this is asked goes where your cursor was once you answer");
        // Sent to the question, as on a desktop whose window manager gives a new dialog the keys (Monocle
        // leaves them with the editor's window, which a modal question blocks on a desktop).
        robot.interact(() -> typeInto(question().getScene(), " R."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(question()).as("the question, after a space typed into it").isNotNull();

        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();

        TextField first = robot.lookup("#profile-first").queryAs(TextField.class);
        assertThat(editor.portfolio().profile().bio()).isEqualTo("Kept from before the crash.");
        assertThat(first.getText()).isEqualTo("Alan Q. R.");
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Alan Q. R.");
    }

    private static void typeInto(Scene scene, String text) {
        for (char c : text.toCharArray()) {
            KeyCode code = c == ' ' ? KeyCode.SPACE : c == '.' ? KeyCode.PERIOD
                    : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
            boolean shift = Character.isUpperCase(c);
            for (var type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_TYPED, KeyEvent.KEY_RELEASED)) {
                Node focused = scene.getFocusOwner();
                EventTarget target = focused != null ? focused : scene;
                boolean typed = type == KeyEvent.KEY_TYPED;
                Event.fireEvent(target, new KeyEvent(type, typed ? String.valueOf(c) : KeyEvent.CHAR_UNDEFINED, "",
                        typed ? KeyCode.UNDEFINED : code, shift, false, false, false));
            }
        }
    }

    private static DialogPane question() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }
}
