package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.ParagraphTextArea;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14: a key typed into a long bio reaches the portfolio from a thread of its own, a moment
 * later; a save or an Undo in that moment still sees it. Each test types and acts in one turn of
 * the JavaFX thread, so the key is certainly still on its way.
 */
@ExtendWith(ApplicationExtension.class)
class LongTextTypingKeptTest {
    private static final String BIO = "A paragraph of a long biography, typed as it came.\n\n".repeat(6_000);

    @TempDir
    Path dir;
    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        editor = new EditorViewModel(new StorePortfolioFiles(), p.withProfile(p.profile().toBuilder().bio(BIO).build()), null);
        view = EditorOnStage.show(stage, editor, 1100, 760);
    }

    /** The bio field once it shows the whole bio, with the caret at its end. */
    private ParagraphTextArea bioField(FxRobot robot) throws Exception {
        assertThat(BIO.length()).isGreaterThan(200_000);
        robot.interact(() -> view.showSection(Section.PROFILE));
        ProfileFormReady.await();
        ParagraphTextArea bio = robot.lookup("#profile-bio").queryAs(ParagraphTextArea.class);
        robot.interact(bio::requestFocus); // the rich area replaces the plain stand-in
        StyleClassedTextArea inside = (StyleClassedTextArea) bio.editor();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inside.getLength() == BIO.length() && inside.isEditable());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            bio.requestFocus();
            bio.end();
        });
        return bio;
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void aSaveRightAfterAKeyWritesTheKey(FxRobot robot) throws Exception {
        ParagraphTextArea bio = bioField(robot);
        Path file = dir.resolve("portfolio.json");
        boolean[] onItsWay = new boolean[1];
        robot.interact(() -> {
            bio.replaceSelection("!");
            onItsWay[0] = editor.portfolio().profile().bio().equals(BIO);
            try {
                editor.saveAs(file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(onItsWay[0]).as("the key had not reached the portfolio before the save").isTrue();
        assertThat(PortfolioStore.load(dir).portfolio().profile().bio()).isEqualTo(BIO + "!");
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void anUndoRightAfterAKeyTakesTheKeyBackForGood(FxRobot robot) throws Exception {
        ParagraphTextArea bio = bioField(robot);
        robot.interact(() -> {
            bio.replaceSelection("?");
            view.undo();
        });
        // Long enough for the value made from the key in the background to come back, and be dropped.
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio().profile().bio()).isEqualTo(BIO);
        assertThat(((StyleClassedTextArea) bio.editor()).getText()).isEqualTo(BIO);
        assertThat(editor.history().canRedoProperty().get()).as("the key is what Redo brings back").isTrue();
    }
}
