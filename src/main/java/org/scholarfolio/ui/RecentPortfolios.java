package org.scholarfolio.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The portfolios opened last, newest first, without duplicates; kept by the app between runs. */
public final class RecentPortfolios {
    public static final int MAX = 8;

    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final Consumer<List<Path>> store;

    public RecentPortfolios(List<Path> remembered, Consumer<List<Path>> store) {
        this.store = store;
        for (Path p : remembered) {
            Path abs = p.toAbsolutePath().normalize();
            if (!paths.contains(abs) && paths.size() < MAX) {
                paths.add(abs);
            }
        }
    }

    /** Moves a file that was opened or saved to the top. */
    public void opened(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(paths);
        next.remove(abs);
        next.add(0, abs);
        set(next.size() > MAX ? next.subList(0, MAX) : next);
    }

    /** Drops a file that could not be opened any more. */
    public void forget(Path file) {
        List<Path> next = new ArrayList<>(paths);
        if (next.remove(file.toAbsolutePath().normalize())) {
            set(next);
        }
    }

    private void set(List<Path> next) {
        if (!next.equals(paths)) {
            paths.setAll(next);
            store.accept(List.copyOf(paths));
        }
    }

    public ObservableList<Path> paths() {
        return paths;
    }
}
