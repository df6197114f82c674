package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.testing.PreviewScripts;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview lays the page out at the chosen width and follows the record selected and the text typed. */
@ExtendWith(ApplicationExtension.class)
class PreviewFollowsTest {
    private static final int PAPERS = 40;

    @TempDir
    static Path staging;
    private MainView view;

    @Start
    void start(Stage stage) {
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < PAPERS; i++) {
            pubs.add(Publication.builder("paper" + i, "article").title("Paper number " + i)
                    .authors(List.of(Author.of("Ada", "Lovelace"))).journal("Journal of Tests").year(1980 + i).build());
        }
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            bio.append("Paragraph ").append(i).append(" of a long biography, long enough to need scrolling.\n\n");
        }
        Portfolio base = Portfolio.empty().withPublications(pubs);
        base = base.withProfile(base.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace"))
                .bio(bio.toString().strip()).build());
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), base, null);
        SitePreviewRenderer renderer = new SitePreviewRenderer(new PagePreview(MarkdownRenderer.shared(), staging), () -> null);
        view = new MainView(editor, new SimpleBooleanProperty(false), renderer);
        Scene scene = EditorOnStage.show(stage, view, 1200, 760);
    }

    private static boolean inView(FxRobot robot, String selector) {
        if (robot.lookup("#preview-web").tryQuery().isEmpty()) {
            return false;
        }
        Object answer = PreviewScripts.run(robot, "(function(){var e=document.querySelector('" + selector + "');if(!e){return false;}"
                + "var r=e.getBoundingClientRect();return r.top>=0&&r.bottom<=window.innerHeight;})()");
        return Boolean.TRUE.equals(answer);
    }

    private static double number(FxRobot robot, String js) {
        return ((Number) PreviewScripts.run(robot, js)).doubleValue();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void selectingAPublicationScrollsThePreviewToIt(FxRobot robot) throws Exception {
        robot.clickOn("#section-publications");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> inView(robot, "[data-record=\"publications[0]\"]")
                || robot.lookup("#preview-web").tryQuery().isPresent()
                        && Boolean.TRUE.equals(PreviewScripts.run(robot, "document.querySelector('[data-record]')!==null")));
        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        int lastRow = table.getItems().size() - 1;
        // The table lists the papers in the file's order; the page lists them newest first, so the
        // first paper in the file (the oldest) is the last on the page.
        robot.interact(() -> table.getSelectionModel().select(lastRow));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> inView(robot, "[data-record=\"publications[" + (PAPERS - 1) + "]\"]"));
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> inView(robot, "[data-record=\"publications[0]\"]"));
        assertThat(number(robot, "window.scrollY")).isGreaterThan(0);
        assertThat(view.preview().recordProperty().get()).isEqualTo("publications[0]");

        robot.interact(() -> table.getSelectionModel().select(lastRow));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> inView(robot, "[data-record=\"publications[" + (PAPERS - 1) + "]\"]"));
    }

    @Test
    void typingAtTheEndOfALongBioScrollsThePreviewToTheChange(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && Boolean.TRUE.equals(PreviewScripts.run(robot, "document.querySelector('.bio')!==null")));
        assertThat(number(robot, "window.scrollY")).isZero();
        ProfileFormReady.await();
        javafx.scene.Node bioField = robot.lookup("#profile-bio").query();
        robot.interact(bioField::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Edited");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(PreviewScripts.run(robot,
                "(function(){var p=document.querySelectorAll('.bio p');var e=p[p.length-1];"
                        + "var r=e.getBoundingClientRect();return e.textContent.indexOf('Edited')>=0"
                        + "&&r.bottom>0&&r.top<window.innerHeight;})()")));
        assertThat(number(robot, "window.scrollY")).isGreaterThan(0);
    }

    @Test
    void phoneAndDesktopPresetsLayThePageOutAtTheirWidths(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && Boolean.TRUE.equals(PreviewScripts.run(robot, "document.querySelector('.bio')!==null")));
        double fit = number(robot, "window.innerWidth");

        robot.clickOn("#preview-width-phone");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(number(robot, "window.innerWidth") - 390) <= 2);
        WebView web = robot.lookup("#preview-web").queryAs(WebView.class);
        assertThat(web.getWidth()).isCloseTo(390, org.assertj.core.data.Offset.offset(2.0));

        robot.clickOn("#preview-width-desktop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(number(robot, "window.innerWidth") - 1280) <= 4);
        // Scaled down to the pane, not cut off.
        assertThat(web.getZoom()).isLessThan(1);
        assertThat(web.getWidth()).isLessThanOrEqualTo(fit + 1);

        robot.clickOn("#preview-width-fit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(number(robot, "window.innerWidth") - fit) <= 2);
    }
}
