package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.Portfolio;

/**
 * Two-way glue between editable properties and the current portfolio snapshot: a user change
 * becomes a new snapshot through {@link EditorViewModel#edit}, and a new snapshot (undo, open,
 * another screen) flows back into the properties without being recorded as an edit again.
 */
public final class BoundFields {
    private final EditorViewModel editor;
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean refreshing;

    public BoundFields(EditorViewModel editor) {
        this.editor = editor;
        editor.portfolioProperty().addListener((obs, old, now) -> refresh());
    }

    public StringProperty text(Supplier<String> key, Function<Portfolio, String> get,
                               BiFunction<Portfolio, String, Portfolio> set) {
        return bind(new SimpleStringProperty(), key, get, set);
    }

    public BooleanProperty flag(Supplier<String> key, Function<Portfolio, Boolean> get,
                                BiFunction<Portfolio, Boolean, Portfolio> set) {
        return bind(new SimpleBooleanProperty(), key, get, set);
    }

    public <T> ObjectProperty<T> object(Supplier<String> key, Function<Portfolio, T> get,
                                        BiFunction<Portfolio, T, Portfolio> set) {
        return bind(new SimpleObjectProperty<>(), key, get, set);
    }

    private <T, P extends Property<T>> P bind(P property, Supplier<String> key,
                                              Function<Portfolio, ? extends T> get,
                                              BiFunction<Portfolio, T, Portfolio> set) {
        Runnable refresher = new Runnable() {
            /** The last text found to mean the model value, with that value and key: see {@link #run}. */
            private T meantValue;
            private T meantShown;
            private String meantKey;
            /** The last value this refresher put into the property: text nobody typed. */
            private T put;

            @Override
            public void run() {
                Portfolio p = editor.portfolio();
                T value = get.apply(p);
                T shown = property.getValue();
                if (Objects.equals(value, shown)) {
                    return;
                }
                // Leave text that already means the model value alone ("a\n" while typing a list).
                // Without a key nothing is being edited, so only the model value itself is right.
                String k = key.get();
                if (shown != null && k != null && shown == meantShown && k.equals(meantKey)
                        && Objects.equals(value, meantValue)) {
                    // Asked again after a change elsewhere (a key in the title): the setter's parse of
                    // a paper's 5,000 authors would give the same answer, on the JavaFX thread, per key.
                    return;
                }
                // Text this refresher put there itself is the model's own from before: no typing to keep,
                // so no parse (the authors' list changed: show the new one).
                boolean sameMeaning = shown != null && k != null && shown != put
                        && Objects.equals(value, get.apply(set.apply(p, shown)));
                if (sameMeaning) {
                    meantValue = value;
                    meantShown = shown;
                    meantKey = k;
                } else {
                    put = value;
                    property.setValue(value);
                }
            }
        };
        refreshers.add(refresher);
        withRefreshing(refresher);
        property.addListener((obs, old, now) -> {
            if (!refreshing) {
                // A key of null means the value cannot be edited right now (nothing selected).
                String k = key.get();
                if (k != null) {
                    editor.edit(k, p -> set.apply(p, now));
                }
            }
        });
        return property;
    }

    /** Reloads every property from the current snapshot, e.g. after the selection changed. */
    public void refresh() {
        withRefreshing(() -> refreshers.forEach(Runnable::run));
    }

    private void withRefreshing(Runnable r) {
        boolean was = refreshing;
        refreshing = true;
        try {
            r.run();
        } finally {
            refreshing = was;
        }
    }
}
