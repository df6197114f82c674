package org.scholarfolio.ui;

import java.util.function.Supplier;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip made when the pointer first enters the control. Each tooltip is a popup
 * window with a scene of its own: the nine of the window's toolbar and sidebar took about a twentieth
 * of the JavaFX thread's work before the first frame (JFR, session 12), for something seen only on
 * hover. A screen reader loses nothing: such controls carry the same sentence as accessible text or
 * help.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /** Gives {@code control} the tooltip that {@code tooltip} makes, the first time the pointer enters it. */
    public static void install(Control control, Supplier<Tooltip> tooltip) {
        EventHandler<MouseEvent> firstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(tooltip.get());
                }
            }
        };
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, firstEntry);
    }
}
