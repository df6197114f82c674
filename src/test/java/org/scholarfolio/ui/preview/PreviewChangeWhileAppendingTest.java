package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholarfolio.testing.PortfolioEdits.withBio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
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
 * A key typed while a large page is still appended a step a frame ({@link PageSlices}) waits for the
 * last step: the turn that receives its page appends nothing more (the rest appended at once there
 * was one long turn of the JavaFX thread), and once the steps are done the page holds the change.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewChangeWhileAppendingTest {
    /** A bio under the preview's limit for one long text ({@link LongTextWindow#LIMIT}). */
    private static final int PARAGRAPHS = 550;
    /** Paragraphs that never change after the bio: about 260,000 characters of body in all, some ten steps of {@link PageSlices#SLICE} characters. */
    private static final int FILLER = 2_200;
    private EditorViewModel editor;
    private PreviewViewModel vm;
    private PreviewPane pane;
    /** Pulses laid out so far (JavaFX thread): work run in a pulse sees the count of those before it. */
    private int pulses;
    /** What the pane gave WebKit since it was made, each with the count of pulses laid out before it ran (JavaFX thread). */
    private final List<String> work = new ArrayList<>();
    /** Released each time a rendered page is handed to the JavaFX thread. */
    private final Semaphore pageHandedOver = new Semaphore(0);
    private final ExecutorService rendering = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-preview-render");
        t.setDaemon(true);
        return t;
    });

    private static String body(Portfolio p) {
        StringBuilder body = new StringBuilder("<header><nav><a href=\"#\">Home</a></nav></header>\n<main><section class=\"bio\">");
        for (String paragraph : p.profile().bio().split("\n\n")) {
            body.append("<p>").append(paragraph).append("</p>\n");
        }
        body.append("</section><section class=\"filler\">");
        for (int i = 0; i < FILLER; i++) {
            body.append("<p>Filler paragraph ").append(i).append(" that stays the same from one render to the next.</p>\n");
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
        vm = new PreviewViewModel(editor, (p, t) -> "<html><head><title>Bio</title></head><body>" + body(p) + "</body></html>",
                new CompletableFuture<>(), rendering, r -> {
                    Platform.runLater(r);
                    pageHandedOver.release();
                });
        pane = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false));
        pane.onWork(what -> work.add(what + "@" + pulses));
        Scene scene = new Scene(pane.root(), 800, 600);
        scene.addPostLayoutPulseListener(() -> pulses++);
        stage.setScene(scene);
        stage.show();
    }

    private void awaitBody(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && expected.equals(PreviewScripts.run(robot, "document.body.innerHTML")));
    }

    /** Swaps every paragraph in (in steps) and types a key into paragraph 300 before the first step can run. */
    private void swapInStepsThenTypeAKey(FxRobot robot, Runnable whenTheKeysPageCame) {
        boolean[] keyTyped = {false};
        robot.interact(() -> {
            // Added after the pane's own listener: each runs right after the pane has taken the page.
            vm.pageProperty().addListener((obs, old, page) -> {
                if (page.html().contains("a key typed")) {
                    whenTheKeysPageCame.run();
                } else if (!keyTyped[0] && page.html().contains("SAYS SOMETHING")) {
                    // The large swap's first part is in and its steps are to come: a key is typed now,
                    // and its page is handed over before any frame can append a step.
                    keyTyped[0] = true;
                    pageHandedOver.drainPermits();
                    editor.edit("bio", p -> withBio(p, p.profile().bio().replace("Paragraph 300 SAYS", "Paragraph 300 a key typed SAYS")));
                    try {
                        pageHandedOver.tryAcquire(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            // Every paragraph changes: swapped in steps.
            editor.edit("bio", p -> withBio(p, bio("SAYS SOMETHING LONG ENOUGH TO WRAP")));
        });
    }

    @Test
    void theChangeThatWaitedIsShownInAFrameAfterTheLastStepsOwn(FxRobot robot) throws Exception {
        awaitBody(robot, body(editor.portfolio()));
        robot.interact(work::clear);
        boolean[] keysPageCame = {false};
        swapInStepsThenTypeAKey(robot, () -> keysPageCame[0] = true);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> keysPageCame[0]).get());
        awaitBody(robot, body(editor.portfolio()));
        assertThat(editor.portfolio().profile().bio()).contains("Paragraph 300 a key typed SAYS");

        List<String> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(work)).get();
        assertThat(seen.get(0)).as("the first work, in %s", seen).startsWith("swap in steps@");
        int lastStep = -1;
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).startsWith("step@")) {
                lastStep = i;
            }
        }
        assertThat(lastStep).as("the steps in %s", seen).isGreaterThanOrEqualTo(4);
        List<String> afterTheSteps = seen.subList(lastStep + 1, seen.size());
        assertThat(afterTheSteps).as("after the last step, in %s", seen).isNotEmpty();
        assertThat(afterTheSteps.get(0)).as("the change that waited, after the last step in %s", seen).startsWith("patch@");
        // Before, the change was patched in the piece that ran the last step: one frame held both.
        assertThat(pulseOf(afterTheSteps.get(0))).as("the pulse of the patch, after the last step's in %s", seen)
                .isGreaterThan(pulseOf(seen.get(lastStep)));
        // Each step in a frame of its own as well, the first not in the frame that lays out the swap's first part.
        List<Integer> stepPulses = seen.stream().filter(w -> w.startsWith("step@")).map(PreviewChangeWhileAppendingTest::pulseOf).toList();
        assertThat(stepPulses).as("the steps' pulses in %s", seen).doesNotHaveDuplicates();
        assertThat(stepPulses.get(0)).as("the first step's pulse, after the swap's first part's in %s", seen)
                .isGreaterThan(pulseOf(seen.get(0)));
    }

    @Test
    void aLargePagesFirstStepComesAFrameAfterItsFirstPartLoaded(FxRobot robot) throws Exception {
        awaitBody(robot, body(editor.portfolio()));

        List<String> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(work)).get();
        int loaded = seen.indexOf(seen.stream().filter(w -> w.startsWith("loaded@")).findFirst().orElseThrow());
        assertThat(seen.get(loaded + 1)).as("after the load, in %s", seen).startsWith("step@");
        // Before, the first step ran in the pulse right after the load's turn, which laid out the first part too.
        assertThat(pulseOf(seen.get(loaded + 1))).as("the first step's pulse, after the load's in %s", seen)
                .isGreaterThan(pulseOf(seen.get(loaded)));
    }

    @Test
    void aPageRenderedAgainUnchangedRunsNoScript(FxRobot robot) throws Exception {
        awaitBody(robot, body(editor.portfolio()));
        robot.interact(() -> {
            // A record selected (the body names none: the look-up finds nothing and scrolls nowhere); the
            // selection's own look-up is not what is watched.
            vm.recordProperty().set("publications[0]");
            work.clear();
            pageHandedOver.drainPermits();
        });

        // An edit the page does not show: rendered again, the same page.
        robot.interact(() -> editor.edit("publications", p -> p.withPublications(List.of(
                org.scholarfolio.model.Publication.builder("key", "article").title("Not on this page").year(2024).build()))));
        assertThat(pageHandedOver.tryAcquire(60, TimeUnit.SECONDS)).as("the page rendered again").isTrue();
        robot.interact(() -> { });

        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(work)).get()).as("WebKit work for the unchanged page").isEmpty();
        awaitBody(robot, body(editor.portfolio()));
    }

    private static int pulseOf(String work) {
        return Integer.parseInt(work.substring(work.indexOf('@') + 1));
    }

    @Test
    void aKeyTypedWhileALargePageIsAppendedWaitsForItsStepsAndThenShows(FxRobot robot) throws Exception {
        awaitBody(robot, body(editor.portfolio()));
        int[] paragraphsWhenTheKeysPageCame = {-1};
        swapInStepsThenTypeAKey(robot, () -> {
            WebView web = robot.lookup("#preview-web").queryAs(WebView.class);
            paragraphsWhenTheKeysPageCame[0] = ((Number) web.getEngine()
                    .executeScript("document.querySelectorAll('main p').length")).intValue();
        });

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> paragraphsWhenTheKeysPageCame[0] >= 0).get());
        awaitBody(robot, body(editor.portfolio()));

        assertThat(editor.portfolio().profile().bio()).contains("Paragraph 300 a key typed SAYS");
        assertThat(paragraphsWhenTheKeysPageCame[0]).as("paragraphs in the page when the key's page came")
                .isPositive().isLessThan(PARAGRAPHS + FILLER);
    }
}
