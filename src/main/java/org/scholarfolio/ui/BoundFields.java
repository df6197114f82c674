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
        Runnable refresher = () -> {
            Portfolio p = editor.portfolio();
            T value = get.apply(p);
            T shown = property.getValue();
            // Leave text that already means the model value alone ("a\n" while typing a list).
            // Without a key nothing is being edited, so only the model value itself is right.
            boolean sameMeaning = Objects.equals(value, shown)
                    || shown != null && key.get() != null && Objects.equals(value, get.apply(set.apply(p, shown)));
            if (!sameMeaning) {
                property.setValue(value);
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
