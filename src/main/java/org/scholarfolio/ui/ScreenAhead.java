package org.scholarfolio.ui;

import java.util.function.BooleanSupplier;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.util.Duration;

import org.scholarfolio.ui.form.NodeSearch;

/**
 * A screen's controls made before the person first goes to it: once the window has drawn its first
 * content, no file is being opened and the window has been left so for a moment, its view is built in
 * one frame and its tables' skins (the virtual flow, the header row, the key map of the table's
 * behaviour) in the next, while another screen shows. Pressing the screen's entry then styles, lays out
 * and fills what is there. At 100,000 publications that press made all of it in its first pulses
 * (the JavaFX thread's 88 ms for the view and 200 ms for the style pass that made the skins, at load 22,
 * as the app image starts), a stall a person meets at their first click. Nothing happens once the
 * screen has been shown: it is built then.
 */
final class ScreenAhead {
    private ScreenAhead() {
    }

    /**
     * Makes {@code screen} ahead (see the class) when {@code due} has held for {@code idle} and
     * {@code shown} is not the screen's section; JavaFX thread.
     */
    static void makeWhenIdle(Screen screen, ObservableValue<Boolean> firstContentDrawn, ObservableValue<Boolean> opening,
            ObservableValue<Section> shown, Duration idle) {
        BooleanSupplier due = () -> Boolean.TRUE.equals(firstContentDrawn.getValue()) && !Boolean.TRUE.equals(opening.getValue());
        PauseTransition wait = new PauseTransition(idle);
        boolean[] done = {false};
        // Plain listeners, held by what they watch (a binding would be held only weakly).
        ChangeListener<Boolean> watch = (obs, was, now) -> {
            if (done[0]) {
                return;
            }
            if (due.getAsBoolean()) {
                wait.playFromStart();
            } else {
                wait.stop();
            }
        };
        wait.setOnFinished(e -> {
            if (done[0] || !due.getAsBoolean()) {
                return;
            }
            done[0] = true;
            firstContentDrawn.removeListener(watch);
            opening.removeListener(watch);
            if (shown.getValue() != screen.section()) {
                makeAPieceAFrame(screen, shown);
            }
        });
        firstContentDrawn.addListener(watch);
        opening.addListener(watch);
        if (due.getAsBoolean()) {
            wait.playFromStart();
        }
    }

    private static void makeAPieceAFrame(Screen screen, ObservableValue<Section> shown) {
        FrameByFrame.add(() -> {
            if (shown.getValue() != screen.section()) {
                screen.root();
            }
        });
        FrameByFrame.add(() -> {
            Parent root = screen.root();
            // Shown since: its first pulse has made the skins.
            if (root.getScene() != null) {
                return;
            }
            // Not Node.lookupAll: a split pane's items are its children only once its own skin exists.
            for (Node node : NodeSearch.all(root, n -> n instanceof TableView<?>)) {
                if (node instanceof TableView<?> table && table.getSkin() == null) {
                    giveSkin(table);
                }
            }
        });
    }

    private static <S> void giveSkin(TableView<S> table) {
        table.setSkin(new TableViewSkin<>(table));
    }
}
