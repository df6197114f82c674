package org.scholarfolio.ui;

import java.util.List;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window of the app's own dialogs (Export, Publish): it opens over the editor's window, as the
 * toolkit's alerts do, and no larger than the screen that window is on. A plain {@link Stage} is
 * put in the middle of the primary screen: on a wide screen beside the editor's window, or on
 * another monitor than the editor's; and the Publish dialog (666 px) is taller than what a
 * 1024 x 700 screen leaves under a panel and a title bar, its buttons out of reach.
 */
public class DialogStage extends Stage {
    /** The toolkit's own choice: a third of the free height above the window, two thirds below. */
    private static final double ABOVE = 1.0 / 3;

    /** Called as the window is first shown (its size known from its scene), and by anyone asking to centre it. */
    @Override
    public void centerOnScreen() {
        Window owner = getOwner();
        if (owner == null || !owner.isShowing() || getScene() == null) {
            super.centerOnScreen();
            return;
        }
        Rectangle2D ownerBounds = new Rectangle2D(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        Rectangle2D screen = screenOf(ownerBounds).getVisualBounds();
        double width = sizeOr(getWidth(), getScene().getWidth());
        double height = sizeOr(getHeight(), getScene().getHeight());
        if (width > screen.getWidth()) {
            width = screen.getWidth();
            setWidth(width);
        }
        if (height > screen.getHeight()) {
            height = screen.getHeight();
            setHeight(height);
        }
        double x = ownerBounds.getMinX() + (ownerBounds.getWidth() - width) / 2;
        double y = ownerBounds.getMinY() + (ownerBounds.getHeight() - height) * ABOVE;
        setX(within(x, screen.getMinX(), screen.getMaxX() - width));
        setY(within(y, screen.getMinY(), screen.getMaxY() - height));
    }

    /** The screen most of {@code bounds} is on; the primary one when it is on none. */
    static Screen screenOf(Rectangle2D bounds) {
        List<Screen> screens = Screen.getScreensForRectangle(bounds);
        Screen best = Screen.getPrimary();
        double most = 0;
        for (Screen s : screens) {
            Rectangle2D b = s.getBounds();
            double overlap = Math.max(0, Math.min(b.getMaxX(), bounds.getMaxX()) - Math.max(b.getMinX(), bounds.getMinX()))
                    * Math.max(0, Math.min(b.getMaxY(), bounds.getMaxY()) - Math.max(b.getMinY(), bounds.getMinY()));
            if (overlap > most) {
                most = overlap;
                best = s;
            }
        }
        return best;
    }

    private static double sizeOr(double window, double scene) {
        return Double.isNaN(window) || window <= 0 ? scene : window;
    }

    private static double within(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
