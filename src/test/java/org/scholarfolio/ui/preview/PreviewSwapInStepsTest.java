package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholarfolio.testing.PortfolioEdits.withBio;

import java.util.concurrent.TimeUnit;

import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.testing.PreviewScripts;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A change that rewrites most of a large page (a reload from disk, a long text's shown part moved
 * elsewhere) is swapped in as a large page loads: the body's first part in the turn that shows it,
 * the rest a step a frame ({@link PageSlices}); in the end the page holds the new render's body,
 * scrolled where it was.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewSwapInStepsTest {
    private static final int PARAGRAPHS = 550;
    private EditorViewModel editor;
    private PreviewViewModel vm;

    private static String body(Portfolio p) {
        StringBuilder body = new StringBuilder("<header><nav><a href=\"#\">Home</a></nav></header>\n<main><section class=\"bio\">");
        for (String paragraph : p.profile().bio().split("\n\n")) {
            body.append("<p>").append(paragraph).append("</p>\n");
        }
        return body.append("</section><p>After the bio</p></main>\n<footer><p>Footer</p></footer>").toString();
    }

    private static String bio(String says) {
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            bio.append(i == 0 ? "" : "\n\n").append("Paragraph ").append(i).append(' ').append((says + ". ").repeat(4));
        }
        return bio.toString();
    }

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), withBio(Portfolio.empty(), bio("says something long enough to wrap")), null);
        vm = PreviewOnStage.show(stage, editor, (p, t) -> "<html><head><title>Bio</title></head><body>" + body(p) + "</body></html>");
    }

    private void awaitBody(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && expected.equals(PreviewScripts.run(robot, "document.body.innerHTML")));
    }

    @Test
    void aChangeOfMostOfALargePageIsSwappedInStepsAndEndsWhole(FxRobot robot) throws Exception {
        awaitBody(robot, body(editor.portfolio()));
        assertThat(PreviewScripts.run(robot, "document.querySelectorAll('main p').length")).isEqualTo(PARAGRAPHS + 1);
        PreviewScripts.run(robot, "window.scrollTo(0,2000)");
        int[] inTheTurnShown = {-1};
        robot.interact(() -> {
            WebView web = robot.lookup("#preview-web").queryAs(WebView.class);
            // Added after the pane's own listener, so this runs right after the page has been swapped.
            vm.pageProperty().addListener((obs, old, page) -> {
                if (inTheTurnShown[0] < 0) {
                    inTheTurnShown[0] = ((Number) web.getEngine().executeScript("document.querySelectorAll('main p').length")).intValue();
                }
            });
            // Every paragraph changes: no one element to patch.
            editor.edit("bio", p -> withBio(p, bio("SAYS SOMETHING LONG ENOUGH TO WRAP")));
        });

        awaitBody(robot, body(editor.portfolio()));

        assertThat(inTheTurnShown[0]).isPositive().isLessThan(PARAGRAPHS / 3);
        assertThat(PreviewScripts.run(robot, "document.querySelectorAll('main p').length")).isEqualTo(PARAGRAPHS + 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ((Number) PreviewScripts.run(robot, "window.scrollY")).doubleValue() == 2000);
    }

    @Test
    void aChangeOfOneParagraphIsStillPatchedInPlace(FxRobot robot) throws Exception {
        awaitBody(robot, body(editor.portfolio()));
        PreviewScripts.run(robot, "document.querySelector('main p').setAttribute('data-kept','yes')");

        robot.interact(() -> editor.edit("bio", p -> withBio(p, p.profile().bio().replace("Paragraph 300 says", "Paragraph 300 now says"))));

        awaitBody(robot, body(editor.portfolio()).replace("<p>Paragraph 0", "<p data-kept=\"yes\">Paragraph 0"));
    }
}
