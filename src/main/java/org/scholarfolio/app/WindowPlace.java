package org.scholarfolio.app;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window's size and place, kept as the person leaves them: written a moment after they stop
 * moving or resizing it, so that a crash (or a killed session) does not lose them as a clean quit
 * alone would; and put back on a screen at the start when the screen it was on is gone.
 */
final class WindowPlace {
    /** A move or resize is a stream of changes: written once this long after the last. */
    static final Duration SETTLED = Duration.millis(500);
    /** A window is reachable when this much of its top edge (its title bar) lies on a screen. */
    static final double REACHABLE_WIDTH = 120;
    static final double TITLE_BAR = 32;

    private WindowPlace() {
    }

    /** Writes {@code stage}'s bounds to {@code prefs} each time it has settled after a move or resize. */
    static void keep(Stage stage, WindowPrefs prefs) {
        PauseTransition settled = new PauseTransition(SETTLED);
        settled.setOnFinished(e -> prefs.storeBounds(new WindowPrefs.Bounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        InvalidationListener moved = obs -> {
            // Only a window on screen: its first placement and its closing are not the person's moves.
            if (stage.isShowing() && !stage.isIconified()) {
                settled.playFromStart();
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.maximizedProperty().addListener(moved);
    }

    /**
     * Where to put a window last at {@code b} on the screens whose usable areas are {@code screens}
     * (the first the main one): where it was while its title bar can be reached there; else moved
     * onto the screen it overlaps most (the main one if none) by the least distance; null when it
     * has no position (the system centres it).
     */
    static Rectangle2D onScreen(WindowPrefs.Bounds b, List<Rectangle2D> screens) {
        if (!b.hasPosition() || screens.isEmpty()) {
            return null;
        }
        Rectangle2D window = new Rectangle2D(b.x(), b.y(), b.width(), b.height());
        Rectangle2D titleBar = new Rectangle2D(b.x(), b.y(), b.width(), Math.min(TITLE_BAR, b.height()));
        Rectangle2D best = screens.get(0);
        double bestOverlap = 0;
        for (Rectangle2D s : screens) {
            if (overlapWidth(titleBar, s) >= Math.min(REACHABLE_WIDTH, b.width()) && overlapHeight(titleBar, s) > 0) {
                return window;
            }
            double overlap = overlapWidth(window, s) * overlapHeight(window, s);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = s;
            }
        }
        double w = Math.min(b.width(), best.getWidth());
        double h = Math.min(b.height(), best.getHeight());
        double x = Math.max(best.getMinX(), Math.min(b.x(), best.getMaxX() - w));
        double y = Math.max(best.getMinY(), Math.min(b.y(), best.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    private static double overlapWidth(Rectangle2D a, Rectangle2D s) {
        return Math.max(0, Math.min(a.getMaxX(), s.getMaxX()) - Math.max(a.getMinX(), s.getMinX()));
    }

    private static double overlapHeight(Rectangle2D a, Rectangle2D s) {
        return Math.max(0, Math.min(a.getMaxY(), s.getMaxY()) - Math.max(a.getMinY(), s.getMinY()));
    }
}
