package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.testing.PreviewScripts;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Java collections while the preview is being typed into set off no collection of WebKit's JavaScript heap (JavaFX's
 * WebKit ran a full one on the JavaFX thread after every Java collection); the heap is collected once the preview has
 * rested. What is collected is seen through JavaScript weak references to objects nothing else holds.
 */
@ExtendWith(ApplicationExtension.class)
class ScriptCollectionTest {
    private static final int PROBES = 50;
    private EditorViewModel editor;
    /** Holds a render of a name starting "Slow" until counted down. */
    private final CountDownLatch slowRender = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        PreviewOnStage.show(stage, editor, (p, t) -> {
            String name = p.profile().name().display();
            try {
                // Over the budget of a render in the key's own turn: every render runs on the preview's thread.
                Thread.sleep(10);
                if (name.startsWith("Slow")) {
                    slowRender.await(1, TimeUnit.MINUTES);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "<html><head><title>T</title></head><body><main><h1 id=\"name\">" + name + "</h1><p>Text</p></main></body></html>";
        });
    }

    @AfterEach
    void restAsTheEditorDoes(FxRobot robot) {
        robot.interact(() -> ScriptCollection.get().rest(ScriptCollection.REST));
    }

    private void type(FxRobot robot, String given) throws Exception {
        robot.interact(() -> editor.edit(null, p -> p.withProfile(p.profile().toBuilder()
                .name(new PersonName(given, "", "Lovelace")).build())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> (given + " Lovelace").equals(PreviewScripts.textOfId(robot, "name")));
    }

    /** How many of the probes' objects JavaScriptCore has collected. */
    private static int collected(FxRobot robot) {
        return ((Number) PreviewScripts.run(robot, "window.probes.filter(function(r){return r.deref()===undefined;}).length")).intValue();
    }

    @Test
    void javaCollectionsWhileTypingCollectNoScriptsUntilThePreviewRests(FxRobot robot) throws Exception {
        type(robot, "Ada");
        // A rest longer than this test's typing: what follows Java's collections is seen alone.
        robot.interact(() -> ScriptCollection.get().rest(Duration.minutes(5)));
        type(robot, "Adah");
        PreviewScripts.run(robot, "window.probes=[];(function(){for(var i=0;i<" + PROBES
                + ";i++){window.probes.push(new WeakRef({n:i}));}})();0");
        int before = ScriptCollection.get().collections();
        for (int key = 0; key < 5; key++) {
            type(robot, "Ada" + "x".repeat(key + 1));
            System.gc();
            // The disposer's thread hands what the collection cleared to the JavaFX thread, which ran the script
            // collection there: both have had their turn once this has waited.
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(collected(robot)).as("objects collected while typing, with Java collections between the keys").isZero();
        assertThat(ScriptCollection.get().collections()).isEqualTo(before);

        robot.interact(() -> ScriptCollection.get().rest(Duration.millis(200)));
        type(robot, "Ada Augusta");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ScriptCollection.get().collections() > before);
        assertThat(collected(robot)).as("objects collected once the preview rested").isGreaterThan(PROBES / 2);
    }

    @Test
    void aRestWhileARenderIsUnderWayWaitsForItsPage(FxRobot robot) throws Exception {
        type(robot, "Ada");
        robot.interact(() -> ScriptCollection.get().rest(Duration.millis(800)));
        type(robot, "Adah");
        // The patch of "Adah" starts a rest; the render of the next key is held past its end.
        robot.interact(() -> editor.edit(null, p -> p.withProfile(p.profile().toBuilder()
                .name(new PersonName("Slow", "", "Lovelace")).build())));
        int before = ScriptCollection.get().collections();
        Thread.sleep(2_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScriptCollection.get().collections()).as("collections while a render is under way").isEqualTo(before);

        slowRender.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Slow Lovelace".equals(PreviewScripts.textOfId(robot, "name")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ScriptCollection.get().collections() == before + 1);
    }
}
