package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journal found at an open is replayed on the journal's thread, not the UI thread (at 100,000
 * publications that is seconds): the question comes later, and what is typed meanwhile is kept.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryCheckInBackgroundTest {
    private static final Path FILE = Path.of("/home/ada/site/portfolio.json");
    private static final Path OTHER = Path.of("/home/ada/other/portfolio.json");
    private static final Path RECOVERY = Autosave.recoveryFileFor(FILE);

    /** A store whose replay waits until the test lets it go on, as a large portfolio's takes seconds. */
    private static final class SlowReplay extends AutosaveTest.MemoryStore {
        final CountDownLatch replaying = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);

        @Override
        public Optional<Autosave.Replayed> replay(Path file, Portfolio saved) throws IOException {
            replaying.countDown();
            try {
                goOn.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.replay(file, saved);
        }
    }

    private final SlowReplay store = new SlowReplay();
    /** Not shut down: the window's autosave timer may still hand it work after the test. */
    private final ExecutorService journalThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-journal");
        t.setDaemon(true);
        return t;
    });
    private EditorViewModel editor;
    private MainView view;
    private Autosave autosave;
    private Portfolio unsaved;

    @Start
    void start(Stage stage) {
        InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
        files.files.put(FILE, Portfolio.empty());
        files.files.put(OTHER, Portfolio.empty());
        Portfolio p = Portfolio.empty();
        unsaved = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
        store.files.put(RECOVERY, unsaved);
        editor = new EditorViewModel(files, Portfolio.empty(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        autosave = new Autosave(editor, store, Path.of("/tmp/untitled.recovery.json"), journalThread);
        view.enableAutosave(autosave);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void letTheReplayEnd() {
        store.goOn.countDown();
    }

    @Test
    void theQuestionComesInALaterTurnThanTheOpen(FxRobot robot) throws Exception {
        String[] statusAfterOpen = new String[1];
        boolean[] askedInTheOpensTurn = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> {
            view.documents().open(FILE);
            statusAfterOpen[0] = view.shell().statusProperty().get();
            askedInTheOpensTurn[0] = dialogShowing();
        }).get(5, TimeUnit.SECONDS);
        assertThat(store.replaying.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(askedInTheOpensTurn[0]).isFalse();
        assertThat(statusAfterOpen[0]).isEqualTo(MainView.CHECKING_RECOVERY);
        store.goOn.countDown();
        String question = awaitQuestion(robot);

        assertThat(question).contains("\u2022 Profile \u203a name changed").doesNotContain("You changed");
        robot.clickOn("Recover");
        assertThat(editor.portfolio()).isEqualTo(unsaved);
        assertThat(view.shell().statusProperty().get()).startsWith("Recovered unsaved changes");
    }

    @Test
    void anEditMadeWhileTheReplayRunsIsKeptAndTheJournalIsNotWrittenOver(FxRobot robot) throws Exception {
        Platform.runLater(() -> view.documents().open(FILE));
        assertThat(store.replaying.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            editor.edit("position", p -> p.withProfile(p.profile().toBuilder().position("Professor").build()));
            autosave.writeIfDirty();
        }).get(5, TimeUnit.SECONDS);
        Portfolio edited = editor.portfolio();
        store.goOn.countDown();
        String question = awaitQuestion(robot);
        CompletableFuture.runAsync(() -> { }, journalThread).get(5, TimeUnit.SECONDS);

        // Until answered, the crash's journal is the only copy of its changes; the edit has its own.
        assertThat(store.files.get(RECOVERY)).isEqualTo(unsaved);
        assertThat(store.followOns(RECOVERY)).singleElement().satisfies(f -> assertThat(store.files.get(f)).isEqualTo(edited));
        assertThat(question).contains("You changed the portfolio while these were being looked for");
        robot.clickOn("Discard");

        assertThat(editor.portfolio()).isSameAs(edited);
        assertThat(editor.history().isDirty()).isTrue();
        // Once answered, the edit's journal takes the place of the crash's.
        CompletableFuture.runAsync(() -> { }, journalThread).get(5, TimeUnit.SECONDS);
        assertThat(store.files.get(RECOVERY)).isEqualTo(edited);
        assertThat(store.followOns(RECOVERY)).isEmpty();
    }

    @Test
    void keysTypedWhileTheReplayRunsAndWhileTheQuestionIsOpenAreJournalledBeforeAnyAnswer(FxRobot robot) throws Exception {
        Platform.runLater(() -> view.documents().open(FILE));
        assertThat(store.replaying.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#profile-position").write("Reader");
        assertThat(journalledBesideTheCrashs(p -> p.profile().position().equals("Reader"))).isTrue();
        store.goOn.countDown();
        awaitQuestion(robot);
        // While the question is open, what changes the document comes through the editor, as a
        // keyboard shortcut's edit would (the keys typed are held for after the answer).
        WaitForAsyncUtils.asyncFx(() -> editor.edit("affiliation",
                p -> p.withProfile(p.profile().toBuilder().affiliation("Analytical Engines").build()))).get(5, TimeUnit.SECONDS);
        assertThat(journalledBesideTheCrashs(p -> p.profile().affiliation().equals("Analytical Engines"))).isTrue();

        assertThat(store.files.get(RECOVERY)).as("the crash's journal, untouched").isEqualTo(unsaved);
        robot.clickOn("Recover");
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Ada");
        assertThat(editor.portfolio().profile().position()).isEqualTo("Reader");
        assertThat(editor.portfolio().profile().affiliation()).isEqualTo("Analytical Engines");
    }

    /**
     * Seen in a real window: the 3 or 4 letters typed just before the question took the keys were lost. Without
     * a window manager they still go to the editor's window, and a modal question had that window disabled,
     * whose keys the toolkit drops. Here the editor's window has the keys back while the question is open (as
     * there); what reaches it is held with what is typed into the question, and all of it, in order, goes to
     * the field after the answer, none into the document underneath before.
     */
    @Test
    void keysThatStillReachTheEditorsWindowWhileTheQuestionIsOpenAreHeldInOrderWithTheQuestions(FxRobot robot)
            throws Exception {
        Platform.runLater(() -> view.documents().open(FILE));
        assertThat(store.replaying.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#profile-position").write("Reader");
        store.goOn.countDown();
        awaitQuestion(robot);
        Window question = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow();
        Window editorsWindow = view.window();

        robot.interact(editorsWindow::requestFocus);
        robot.write("ab");
        robot.interact(question::requestFocus);
        robot.write("cd");

        assertThat(editor.portfolio().profile().position()).as("nothing typed goes under the question").isEqualTo("Reader");
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Ada");
        assertThat(editor.portfolio().profile().position()).isEqualTo("Readerabcd");
    }

    /**
     * True when a follow-on journal comes to hold a state {@code test} accepts. Asked while the replay
     * is held up or the question is open: the edits are journalled then, not after the answer (the
     * bound only ends a failing test; the app's timer writes every half second).
     */
    private boolean journalledBesideTheCrashs(java.util.function.Predicate<Portfolio> test) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            boolean found = store.followOns(RECOVERY).stream().map(store.files::get)
                    .anyMatch(p -> p != null && test.test(p));
            if (found) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void recoveringAfterAnEditPutsItOnTopAsAStepThatUndoTakesBack(FxRobot robot) throws Exception {
        Platform.runLater(() -> view.documents().open(FILE));
        assertThat(store.replaying.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> editor.edit("position",
                p -> p.withProfile(p.profile().toBuilder().position("Professor").build()))).get(5, TimeUnit.SECONDS);
        Portfolio edited = editor.portfolio();
        store.goOn.countDown();
        awaitQuestion(robot);

        robot.clickOn("Recover");
        assertThat(editor.portfolio().profile().name()).isEqualTo(unsaved.profile().name());
        assertThat(editor.portfolio().profile().position()).isEqualTo("Professor");
        WaitForAsyncUtils.asyncFx(() -> editor.history().undo()).get(5, TimeUnit.SECONDS);
        assertThat(editor.portfolio()).isEqualTo(unsaved);
        WaitForAsyncUtils.asyncFx(() -> editor.history().undo()).get(5, TimeUnit.SECONDS);
        assertThat(editor.portfolio()).isSameAs(edited);
    }

    @Test
    void anotherDocumentOpenedMeanwhileLeavesTheJournalForTheNextOpen(FxRobot robot) throws Exception {
        Platform.runLater(() -> view.documents().open(FILE));
        assertThat(store.replaying.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> view.documents().open(OTHER)).get(5, TimeUnit.SECONDS);
        store.goOn.countDown();
        CompletableFuture.runAsync(() -> { }, journalThread).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogShowingOnFx()).isFalse();
        assertThat(editor.fileProperty().get()).isEqualTo(OTHER);
        assertThat(store.files.get(RECOVERY)).isEqualTo(unsaved);
        assertThat(view.shell().statusProperty().get()).isNotEqualTo(MainView.CHECKING_RECOVERY);
    }

    private static boolean dialogShowing() {
        // The test's own window, and the question's when it shows.
        return Window.getWindows().stream().filter(Window::isShowing).count() > 1;
    }

    private static boolean dialogShowingOnFx() throws Exception {
        return WaitForAsyncUtils.asyncFx(RecoveryCheckInBackgroundTest::dialogShowing).get(5, TimeUnit.SECONDS);
    }

    private static String awaitQuestion(FxRobot robot) throws Exception {
        // Looked up on the JavaFX thread: the window's fields take their real skins after the first content, and a
        // look-up from the test's thread walked a child list while it changed (IndexOutOfBoundsException).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent()).get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }
}
