package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * Shows each screen of the window in turn, its first record selected where it is a list, and comes
 * back to the screen it started on. The app image's start-up training run makes this tour before it
 * exits, so that its class archive holds every screen's classes and lambdas: a screen first shown by a
 * person then defines no class and spins no lambda in its frames (at 100,000 publications the first
 * press of Publications did both, inside a frame of over 100 ms).
 */
public final class ScreenTour {
    /** Time each screen is left on display: its frames drawn, its form built a part a frame. */
    static final Duration PER_SCREEN = Duration.millis(400);

    private ScreenTour() {
    }

    /**
     * Starts the tour of {@code view}'s screens once the window has drawn its first content (what follows
     * that, the journal's preparation among it, is then in the archive too; a tour begun before the
     * preview's first page had loaded sent it to another page at each screen, and it never drew);
     * {@code then} runs once it is back where it began.
     */
    public static void visit(MainView view, Runnable then) {
        ReadOnlyBooleanProperty drawn = view.firstContentDrawnProperty();
        if (drawn.get()) {
            tour(view, then);
            return;
        }
        drawn.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    drawn.removeListener(this);
                    tour(view, then);
                }
            }
        });
    }

    private static void tour(MainView view, Runnable then) {
        Section start = view.shell().sectionProperty().get();
        List<Runnable> stops = new ArrayList<>();
        for (Screen screen : view.screens()) {
            stops.add(() -> {
                view.showSection(screen.section());
                screen.selectFirst();
            });
        }
        stops.add(() -> view.showSection(start));
        next(stops, 0, then);
    }

    private static void next(List<Runnable> stops, int index, Runnable then) {
        if (index == stops.size()) {
            then.run();
            return;
        }
        stops.get(index).run();
        PauseTransition shown = new PauseTransition(PER_SCREEN);
        shown.setOnFinished(e -> next(stops, index + 1, then));
        shown.play();
    }
}
