package org.scholarfolio.ui.preview;

import static org.scholarfolio.testing.PortfolioEdits.withBio;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import java.util.concurrent.CompletableFuture;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.testing.PreviewScripts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large page loads in part and has the rest appended a step a frame ({@link PageSlices}): in the
 * end the page holds exactly the whole render's body, and a change made while the rest is still
 * coming shows as in a page loaded whole.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewSlicedPageTest {
    /** Under the 100,000 characters the preview shows of one text ({@link LongTextWindow}): the page is all of it. */
    private static final int PARAGRAPHS = 550;
    private EditorViewModel editor;
    private PreviewViewModel vm;

    /** A page as the site's are made: a header, the paragraphs in a section of main, a footer. */
    private static String body(Portfolio p) {
        StringBuilder body = new StringBuilder("<header><nav><a href=\"#\">Home</a></nav></header>\n<main><section class=\"bio\">");
        for (String paragraph : p.profile().bio().split("\n\n")) {
            body.append("<p>").append(paragraph).append(" <em>and</em> more</p>\n");
        }
        return body.append("</section><p>After the bio</p></main>\n<footer><p>Footer</p></footer>").toString();
    }

    private static String longBio() {
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            bio.append(i == 0 ? "" : "\n\n").append("Paragraph ").append(i).append(" says something long enough to wrap. ".repeat(4));
        }
        return bio.toString();
    }

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), withBio(Portfolio.empty(), longBio()), null);
        // A head script notes how many paragraphs the page had when it was loaded (before any step; a
        // whole-body swap sends DOMContentLoaded again).
        vm = PreviewOnStage.show(stage, editor, (p, t) -> "<html><head><title>Bio</title><script>"
                + "document.addEventListener('DOMContentLoaded',function(){if(window.atLoad===undefined){window.atLoad=document.querySelectorAll('main p').length;}});"
                + "</script></head><body>" + body(p) + "</body></html>");
    }

    private void awaitBody(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && expected.equals(PreviewScripts.run(robot, "document.body.innerHTML")));
    }

    @Test
    void aLargePageLoadsInPartAndEndsWhole(FxRobot robot) throws Exception {
        String whole = body(editor.portfolio());
        assertThat(PageSlices.of("<html><body>" + whole + "</body></html>").steps()).hasSizeGreaterThanOrEqualTo(4);

        awaitBody(robot, whole);

        int atLoad = ((Number) PreviewScripts.run(robot, "window.atLoad")).intValue();
        assertThat(atLoad).isPositive().isLessThan(PARAGRAPHS / 3);
        assertThat(PreviewScripts.run(robot, "document.querySelectorAll('main p').length")).isEqualTo(PARAGRAPHS + 1);
    }

    @Test
    void theEmojiImagesArrivingWhileTheRestIsComingLeaveTheStepsAFrameEach(FxRobot robot) throws Exception {
        // A preview of its own whose emoji images arrive when the test says, and whose renders are
        // made and shown in the turn that asks for them.
        CompletableFuture<EmojiImages> emoji = new CompletableFuture<>();
        PreviewViewModel inTurn = new PreviewViewModel(editor, (p, t) -> "<html><head><title>" + t.getClass().getSimpleName()
                + "</title></head><body>" + body(p) + "</body></html>", emoji, Runnable::run, Runnable::run);
        Stage second = WaitForAsyncUtils.asyncFx(() -> {
            PreviewPane pane = new PreviewPane(inTurn, editor.portfolioProperty(), new SimpleBooleanProperty(false));
            Stage stage = new Stage();
            stage.setScene(new Scene(pane.root(), 800, 600));
            stage.show();
            inTurn.targetProperty().set(new PreviewTarget.Publications());
            return stage;
        }).get(60, TimeUnit.SECONDS);
        try {
            WebView[] web = new WebView[1];
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                web[0] = (WebView) second.getScene().getRoot().lookup("#preview-web");
                return web[0] != null && body(editor.portfolio()).equals(web[0].getEngine().executeScript("document.body.innerHTML"));
            }).get());
            int[] afterEmoji = {-1};
            robot.interact(() -> {
                web[0].getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                    if (state == Worker.State.SUCCEEDED && !emoji.isDone()) {
                        // Noted once the pane has shown the page rendered with them (its listener came first).
                        inTurn.pageProperty().addListener((o, before, now) -> afterEmoji[0] = ((Number) web[0].getEngine()
                                .executeScript("document.querySelectorAll('main p').length")).intValue());
                        emoji.complete(EmojiImages.bundled());
                    }
                });
                // Another page (the renderer makes the same one): loaded in part again.
                inTurn.targetProperty().set(new PreviewTarget.Home());
            });

            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> afterEmoji[0] >= 0);

            // Before, the page rendered again (equal: it has no emoji) appended every step still to come in one turn.
            assertThat(afterEmoji[0]).isPositive().isLessThan(PARAGRAPHS);
            awaitBody(robot, body(editor.portfolio()));
        } finally {
            robot.interact(second::close);
        }
    }

    @Test
    void aChangeMadeWhileTheRestIsComingShowsInTheWholePage(FxRobot robot) throws Exception {
        awaitBody(robot, body(editor.portfolio()));
        int[] atLoad = {-1};
        robot.interact(() -> {
            WebView web = robot.lookup("#preview-web").queryAs(WebView.class);
            web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED && atLoad[0] < 0) {
                    atLoad[0] = ((Number) web.getEngine().executeScript("document.querySelectorAll('main p').length")).intValue();
                    // The last paragraph, which the first part does not hold, changes.
                    editor.edit("bio", p -> withBio(p, p.profile().bio().replace("Paragraph " + (PARAGRAPHS - 1) + " says",
                            "Paragraph " + (PARAGRAPHS - 1) + " now says")));
                }
            });
            // Another page (the renderer makes the same one): loaded in full again.
            vm.targetProperty().set(new PreviewTarget.Publications());
        });

        awaitBody(robot, body(editor.portfolio()));

        assertThat(atLoad[0]).isPositive().isLessThan(PARAGRAPHS / 3);
        assertThat(String.valueOf(PreviewScripts.run(robot, "document.querySelectorAll('main p')[" + (PARAGRAPHS - 1) + "].textContent")))
                .startsWith("Paragraph " + (PARAGRAPHS - 1) + " now says");
    }
}
