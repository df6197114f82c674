package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.testing.PreviewScripts;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: opening a portfolio shows its page from the top, as the app starts (an empty window
 * first, then the file opened), even when the emoji images arrive after the first page and change
 * a paragraph in the middle of a long bio; only an edit scrolls the preview to the change.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewOpensAtTopTest {
    @TempDir
    static Path staging;
    @TempDir
    static Path folder;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            bio.append("Paragraph ").append(i).append(i == 40 ? " of a long biography \uD83C\uDF89 with an emoji.\n\n"
                    : " of a long biography, long enough to need scrolling.\n\n");
        }
        // With no publications the publications page would be the home page.
        Portfolio saved = Portfolio.empty().withPublications(List.of(Publication.builder("turing1950", "article")
                .title("Computing Machinery and Intelligence").year(1950).build()));
        saved = saved.withProfile(saved.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace"))
                .bio(bio.toString().strip()).build());
        PortfolioStore.save(folder, saved);
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        SitePreviewRenderer renderer = new SitePreviewRenderer(new PagePreview(MarkdownRenderer.shared(), staging),
                () -> editor.fileProperty().get() == null ? null : editor.fileProperty().get().getParent());
        view = new MainView(editor, new SimpleBooleanProperty(false), renderer);
        Scene scene = EditorOnStage.show(stage, view, 1200, 760);
    }

    private static double scrollY(FxRobot robot) {
        return ((Number) PreviewScripts.run(robot, "window.scrollY")).doubleValue();
    }

    private static boolean shows(FxRobot robot, String selector) {
        return robot.lookup("#preview-web").tryQuery().isPresent()
                && Boolean.TRUE.equals(PreviewScripts.run(robot, "document.querySelector('" + selector + "')!==null"));
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void openingAPortfolioShowsTheTopOfItsPageAndOnlyAnEditScrolls(FxRobot robot) throws Exception {
        // As the app starts: the empty window's page first, then the portfolio opened.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shows(robot, "body"));
        robot.interact(() -> view.documents().open(folder));
        // The emoji images arrive after the first page and change the paragraph with the emoji.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shows(robot, ".bio img.emoji"));
        // The whole body is compared once more 400 ms after a patch.
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scrollY(robot)).isZero();

        robot.interact(() -> view.showSection(Section.PUBLICATIONS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shows(robot, "[data-record]"));
        robot.interact(() -> view.showSection(Section.PROFILE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shows(robot, ".bio img.emoji"));
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scrollY(robot)).isZero();
        ProfileFormReady.await();
        javafx.scene.Node bioField = robot.lookup("#profile-bio").query();
        robot.interact(bioField::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Edited");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(PreviewScripts.run(robot,
                "(function(){var p=document.querySelectorAll('.bio p');return p[p.length-1].textContent.indexOf('Edited')>=0;})()")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scrollY(robot) > 0);
    }
}
