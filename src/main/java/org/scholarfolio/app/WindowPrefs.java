package org.scholarfolio.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between runs on this machine: window placement, theme, last folder. */
final class WindowPrefs {
    /** The window's place on screen; NaN coordinates mean "let the system centre it". */
    record Bounds(double x, double y, double width, double height, boolean maximized) {
        static final Bounds DEFAULT = new Bounds(Double.NaN, Double.NaN, 1180, 780, false);

        boolean hasPosition() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }

        /** No larger than {@code width} × {@code height} (a screen's usable area), never below the minimum. */
        Bounds within(double maxWidth, double maxHeight) {
            return new Bounds(x, y, Math.max(MIN_WIDTH, Math.min(width, maxWidth)),
                    Math.max(MIN_HEIGHT, Math.min(height, maxHeight)), maximized);
        }
    }

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String DARK = "theme.dark";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String LAST_PORTFOLIO = "lastPortfolio";
    private static final String LAST_EXPORT_FOLDER = "lastExportFolder";
    private static final String LAST_ALFOLIO_FOLDER = "lastAlfolioFolder";
    private static final String RECENT = "recentPortfolios";
    /** Smaller than this the sidebar and a form do not fit side by side. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    private final Preferences node;
    private final Executor flusher;
    /** A write to the disk is queued and has not started: further changes ride along with it. */
    private final AtomicBoolean flushQueued = new AtomicBoolean();

    /** Writes each change to the disk before returning (tests). */
    WindowPrefs(Preferences node) {
        this(node, Runnable::run);
    }

    /**
     * {@code flusher} writes the changes to the disk, so that the UI thread never waits for it (the
     * recent portfolios are stored as the first window opens); changes made while a write waits join it.
     */
    WindowPrefs(Preferences node, Executor flusher) {
        this.node = node;
        this.flusher = flusher;
    }

    Bounds bounds() {
        Bounds d = Bounds.DEFAULT;
        return new Bounds(node.getDouble(X, d.x()), node.getDouble(Y, d.y()),
                Math.max(MIN_WIDTH, node.getDouble(WIDTH, d.width())),
                Math.max(MIN_HEIGHT, node.getDouble(HEIGHT, d.height())),
                node.getBoolean(MAXIMIZED, d.maximized()));
    }

    void storeBounds(Bounds b) {
        // A maximized window keeps the size it had before, so un-maximizing next time restores it.
        node.putBoolean(MAXIMIZED, b.maximized());
        if (!b.maximized()) {
            node.putDouble(X, b.x());
            node.putDouble(Y, b.y());
            node.putDouble(WIDTH, b.width());
            node.putDouble(HEIGHT, b.height());
        }
        flush();
    }

    boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    void storeDarkTheme(boolean dark) {
        store(DARK, Boolean.toString(dark));
    }

    Path lastFolder() {
        return path(LAST_FOLDER);
    }

    void storeLastFolder(Path folder) {
        storePath(LAST_FOLDER, folder);
    }

    /** The portfolio file that was open when the editor last closed. */
    Path lastPortfolio() {
        return path(LAST_PORTFOLIO);
    }

    void storeLastPortfolio(Path file) {
        storePath(LAST_PORTFOLIO, file);
    }

    Path lastExportFolder() {
        return path(LAST_EXPORT_FOLDER);
    }

    void storeLastExportFolder(Path folder) {
        storePath(LAST_EXPORT_FOLDER, folder);
    }

    Path lastAlfolioFolder() {
        return path(LAST_ALFOLIO_FOLDER);
    }

    void storeLastAlfolioFolder(Path folder) {
        storePath(LAST_ALFOLIO_FOLDER, folder);
    }

    /** The portfolios opened last, newest first. */
    List<Path> recentPortfolios() {
        String s = node.get(RECENT, "");
        return s.isEmpty() ? List.of() : Arrays.stream(s.split("\n")).filter(l -> !l.isBlank()).map(Path::of).toList();
    }

    void storeRecentPortfolios(List<Path> files) {
        store(RECENT, String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    }

    private Path path(String key) {
        String s = node.get(key, null);
        return s == null ? null : Path.of(s);
    }

    private void storePath(String key, Path folder) {
        store(key, folder == null ? null : folder.toAbsolutePath().toString());
    }

    /**
     * Stores {@code value} (null removes the key) and has it written, unless the node holds it
     * already: an editor reopening its last portfolio stores the same path and list again, and
     * each write rewrites the whole file through Java's XML writer.
     */
    private void store(String key, String valueOrNull) {
        if (java.util.Objects.equals(node.get(key, null), valueOrNull)) {
            return;
        }
        if (valueOrNull == null) {
            node.remove(key);
        } else {
            node.put(key, valueOrNull);
        }
        flush();
    }

    private void flush() {
        if (!flushQueued.compareAndSet(false, true)) {
            return;
        }
        flusher.execute(() -> {
            flushQueued.set(false);
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // Remembering the window is a convenience; the next run simply starts with defaults.
            }
        });
    }
}
