package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A screen's controls, built when the screen is first shown rather than when the window opens: the
 * first window needs only the screen it shows. Actions that need the controls (problem marks, a tool
 * above a table) wait for them with {@link #whenBuilt}.
 */
public final class LazyView<V> {
    private final Supplier<V> build;
    private final List<Consumer<? super V>> waiting = new ArrayList<>();
    private V view;

    public LazyView(Supplier<V> build) {
        this.build = build;
    }

    /** The controls, built now if they were not yet. */
    public V get() {
        if (view == null) {
            view = build.get();
            List<Consumer<? super V>> actions = List.copyOf(waiting);
            waiting.clear();
            actions.forEach(a -> a.accept(view));
        }
        return view;
    }

    public boolean isBuilt() {
        return view != null;
    }

    /** Runs {@code action} with the controls once they are built (now, if they are). */
    public void whenBuilt(Consumer<? super V> action) {
        if (view != null) {
            action.accept(view);
        } else {
            waiting.add(action);
        }
    }
}
