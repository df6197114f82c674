package org.scholarfolio.ui;

import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.stage.Window;

import org.scholarfolio.ui.form.NodeSearch;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For tests that look up a profile field from the test thread: waits until the profile form is in a
 * window and complete, its part below the first screenful built after the first content. Until then
 * the JavaFX thread adds that part to the form, and a look-up from the test thread that walks the
 * form's children meanwhile can fail (an {@code IndexOutOfBoundsException} in {@code lookupAll}).
 * Each check runs on the JavaFX thread, so it never reads the form while the form changes.
 */
public final class ProfileFormReady {
    /** Generous: with a preview the first content waits for WebKit's first page, seconds on a busy machine. */
    private static final long TIMEOUT_SECONDS = 60;

    private ProfileFormReady() {
    }

    /** Returns once a showing window holds the profile form with every field in it. */
    public static void await() {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(ProfileFormReady::completeFormShows).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the profile form was not complete within " + TIMEOUT_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean completeFormShows() {
        for (Window window : Window.getWindows()) {
            Parent root = window.isShowing() && window.getScene() != null ? window.getScene().getRoot() : null;
            javafx.scene.Node form = root == null ? null : root.lookup("#profile-view");
            if (form != null) {
                // Through the scroll pane's content also before its skin has made it a child.
                return NodeSearch.byId(form, "profile-below-fold").isEmpty();
            }
        }
        return false;
    }
}
