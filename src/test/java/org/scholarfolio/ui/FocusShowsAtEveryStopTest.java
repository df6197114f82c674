package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javafx.application.Platform;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.ui.lookup.AddByIdentifierViewModel;
import org.scholarfolio.ui.lookup.CitationRefreshViewModel;
import org.scholarfolio.ui.lookup.LookupBox;
import org.scholarfolio.ui.preview.PreviewRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, point 7: every control that Tab stops at shows that it has the focus. Seen in a real window
 * (Xvfb, 1400 x 900 and 1024 x 700), Tab from the publications table went to the "Add by identifier" box's
 * header and nothing on the screen changed; the start screen's links and the preview's Fit / Desktop / Phone
 * buttons did the same: the theme draws no focus on a titled pane, a link or a toggle button outside a toolbar.
 * Each stop is drawn focused and again with the focus elsewhere; the two pictures must differ.
 */
@ExtendWith(ApplicationExtension.class)
class FocusShowsAtEveryStopTest {
    private Stage window;
    private Scene scene;

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
        });
    }

    /**
     * The editor in a window of its own (never the toolkit's shared stage), with the Add-by-identifier box (nothing is
     * looked up) and, when asked, a preview of a plain page.
     */
    private MainView show(FxRobot robot, Portfolio portfolio, boolean withPreview) {
        MainView[] view = new MainView[1];
        robot.interact(() -> {
            EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), portfolio, null);
            PreviewRenderer renderer = withPreview ? (p, t) -> "<html><body><p>page</p></body></html>" : null;
            view[0] = new MainView(editor, new SimpleBooleanProperty(false), renderer);
            Function<String, RecordLookup> lookups = email -> {
                throw new AssertionError("nothing is looked up here");
            };
            view[0].enableLookup(new LookupBox(new AddByIdentifierViewModel(editor, lookups, Runnable::run, Platform::runLater),
                    new CitationRefreshViewModel(editor, lookups, Runnable::run, Platform::runLater)));
            window = new Stage();
            scene = EditorOnStage.show(window, view[0], 1100, 760);
        });
        ProfileFormReady.await();
        return view[0];
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAddByIdentifierBoxShowsTheFocusReachedFromTheTable(FxRobot robot) {
        Portfolio p = Portfolio.empty().withPublications(List.of(Publication.builder("turing1936", "article").build()));
        show(robot, p, false);
        chord(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.interact(() -> robot.lookup("#publications-search").query().requestFocus());
        List<Node> stops = tabStops(robot, 3);
        assertThat(stops).extracting(Node::getId).contains("lookup-box");
        assertThat(withoutVisibleFocus(robot, stops)).isEmpty();
    }

    @Test
    void theStartScreensButtonsAndLinksShowTheFocus(FxRobot robot) {
        InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
        robot.interact(() -> {
            EditorViewModel editor = new EditorViewModel(files, Portfolio.empty(), null);
            MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
            view.enableStartScreen(Path.of("sample-data", "alan-turing"),
                    List.of(Path.of("recent", "turing", "portfolio.json")));
            window = new Stage();
            scene = EditorOnStage.show(window, view, 1024, 700);
        });
        ProfileFormReady.await();
        robot.interact(() -> robot.lookup("#start-sample").query().requestFocus());
        List<Node> stops = tabStops(robot, 8);
        assertThat(stops).anyMatch(n -> n instanceof javafx.scene.control.Hyperlink);
        assertThat(withoutVisibleFocus(robot, stops)).isEmpty();
    }

    @Test
    void thePreviewsWidthButtonsShowTheFocus(FxRobot robot) throws Exception {
        show(robot, Portfolio.empty(), true);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#preview-width-fit").tryQuery().isPresent());
        // Tab reaches the selected preset (from the sidebar's side, Shift+Tab from the page); the arrow keys move
        // among the three, a toggle group's rule.
        robot.interact(() -> robot.lookup("#preview-web").query().requestFocus());
        chord(robot, KeyCode.SHIFT, KeyCode.TAB);
        List<Node> stops = new ArrayList<>(List.of(scene.getFocusOwner()));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        stops.add(scene.getFocusOwner());
        assertThat(stops).extracting(Node::getId).containsExactly("preview-width-fit", "preview-width-desktop");
        assertThat(withoutVisibleFocus(robot, stops)).isEmpty();
    }

    /** The focus owner now and after each of {@code tabs} presses of Tab. */
    private List<Node> tabStops(FxRobot robot, int tabs) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> stops = new ArrayList<>();
        stops.add(scene.getFocusOwner());
        for (int i = 0; i < tabs; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            if (!stops.contains(scene.getFocusOwner())) {
                stops.add(scene.getFocusOwner());
            }
        }
        return stops;
    }

    /** The stops whose picture is the same with the focus as without it, by id or class. */
    private List<String> withoutVisibleFocus(FxRobot robot, List<Node> stops) {
        Map<Node, WritableImage> focused = new LinkedHashMap<>();
        for (Node stop : stops) {
            robot.interact(stop::requestFocus);
            focused.put(stop, picture(robot, stop));
        }
        List<String> unmarked = new ArrayList<>();
        for (Node stop : stops) {
            Node elsewhere = stops.get(stops.get(0) == stop ? 1 : 0);
            robot.interact(elsewhere::requestFocus);
            if (samePixels(focused.get(stop), picture(robot, stop))) {
                unmarked.add(stop.getId() != null ? stop.getId() : stop.getClass().getSimpleName() + " " + stop);
            }
        }
        return unmarked;
    }

    private static WritableImage picture(FxRobot robot, Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
            image[0] = node.snapshot(null, null);
        });
        return image[0];
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
