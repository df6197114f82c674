package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.scholarfolio.ui.export.ExportFolders;

/**
 * What the app remembers between runs on this machine: window placement, theme, last folder. Kept in
 * {@link SettingsFile}, read once as the editor starts ({@link #read()}) and written whole, off the
 * caller's thread, after each change.
 */
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

    /**
     * The settings as read at the start: the file they are written back to, its values, and whether
     * those were carried over from Java's preferences (and so are not in the file yet).
     */
    record Stored(Path file, Map<String, String> values, boolean carriedOver) {
        Stored {
            values = Map.copyOf(values);
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
    /** Before each portfolio had its own: one export folder for all (read, never written). */
    private static final String LAST_EXPORT_FOLDER = "lastExportFolder";
    private static final String LAST_ALFOLIO_FOLDER = "lastAlfolioFolder";
    private static final String EXPORT_FOLDERS = "exportFolders";
    private static final String ALFOLIO_FOLDERS = "alfolioExportFolders";
    private static final String RECENT = "recentPortfolios";
    /** Smaller than this the sidebar and a form do not fit side by side. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    private final Path file;
    /** The settings now; changed on the JavaFX thread, copied by the write. */
    private final Map<String, String> values;
    private final Executor flusher;
    /** A write to the disk is queued and has not started: further changes ride along with it. */
    private final AtomicBoolean flushQueued = new AtomicBoolean();

    /** Writes each change to the disk before returning (tests). */
    WindowPrefs(Stored stored) {
        this(stored, Runnable::run);
    }

    /**
     * {@code flusher} writes the changes to the disk, so that the UI thread never waits for it (the
     * recent portfolios are stored as the first window opens); changes made while a write waits join
     * it. Settings carried over from Java's preferences are written to the file through it too.
     */
    WindowPrefs(Stored stored, Executor flusher) {
        this.file = stored.file();
        this.values = new TreeMap<>(stored.values());
        this.flusher = flusher;
        if (stored.carriedOver()) {
            flush();
        }
    }

    /** The settings of this user ({@link SettingsFile#folder()}), or of an earlier editor's preferences. */
    static Stored read() {
        return read(SettingsFile.folder(), EarlierPreferences::read);
    }

    /**
     * The settings in {@code folder}'s settings file; when there is none, those {@code earlier} gives
     * (an earlier editor's, read once: the file written from them is read from then on). A settings
     * file that is there but broken gives the defaults: the earlier ones may be older still.
     */
    static Stored read(Path folder, Supplier<Map<String, String>> earlier) {
        Path file = folder.resolve(SettingsFile.NAME);
        if (Files.exists(file)) {
            return new Stored(file, SettingsFile.read(file), false);
        }
        Map<String, String> carried = earlier.get();
        return new Stored(file, carried, !carried.isEmpty());
    }

    Bounds bounds() {
        Bounds d = Bounds.DEFAULT;
        return new Bounds(number(X, d.x()), number(Y, d.y()),
                Math.max(MIN_WIDTH, number(WIDTH, d.width())),
                Math.max(MIN_HEIGHT, number(HEIGHT, d.height())),
                bool(MAXIMIZED, d.maximized()));
    }

    void storeBounds(Bounds b) {
        // A maximized window keeps the size it had before, so un-maximizing next time restores it.
        synchronized (values) {
            values.put(MAXIMIZED, Boolean.toString(b.maximized()));
            if (!b.maximized()) {
                values.put(X, Double.toString(b.x()));
                values.put(Y, Double.toString(b.y()));
                values.put(WIDTH, Double.toString(b.width()));
                values.put(HEIGHT, Double.toString(b.height()));
            }
        }
        flush();
    }

    boolean darkTheme() {
        return bool(DARK, false);
    }

    /** Whether {@code stored} chose the dark theme, read before the window is built (as {@link #darkTheme()} reads it). */
    static boolean darkTheme(Stored stored) {
        String s = stored.values().get(DARK);
        return s != null && s.equalsIgnoreCase("true");
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

    /** As {@link #lastPortfolio()}, in settings just read (the launcher's, before the window). */
    static Path lastPortfolio(Stored stored) {
        String s = stored.values().get(LAST_PORTFOLIO);
        return s == null ? null : pathOrNull(s);
    }

    void storeLastPortfolio(Path file) {
        storePath(LAST_PORTFOLIO, file);
    }

    /** The folder each portfolio's site was last exported to. */
    ExportFolders exportFolders() {
        return folders(EXPORT_FOLDERS, LAST_EXPORT_FOLDER);
    }

    void storeExportFolders(ExportFolders folders) {
        storeFolders(EXPORT_FOLDERS, LAST_EXPORT_FOLDER, folders);
    }

    /** The folder each portfolio's al-folio site was last exported to. */
    ExportFolders alfolioFolders() {
        return folders(ALFOLIO_FOLDERS, LAST_ALFOLIO_FOLDER);
    }

    void storeAlfolioFolders(ExportFolders folders) {
        storeFolders(ALFOLIO_FOLDERS, LAST_ALFOLIO_FOLDER, folders);
    }

    /**
     * The folders under {@code key}; settings from before it know one folder ({@code oldKey}) and
     * not whose it was: it is taken as the last portfolio's (the one most likely exported last), and
     * offered to no other.
     */
    private ExportFolders folders(String key, String oldKey) {
        String s = value(key);
        if (s != null) {
            return ExportFolders.parse(s);
        }
        Path old = path(oldKey);
        Path portfolio = lastPortfolio();
        return old == null || portfolio == null ? ExportFolders.NONE : ExportFolders.NONE.with(portfolio, old);
    }

    private void storeFolders(String key, String oldKey, ExportFolders folders) {
        if (folders == null || folders.byPortfolio().isEmpty()) {
            if (value(key) == null) {
                // Nothing chosen since the old settings were read: they still say the same.
                return;
            }
            store(key, "");
        } else {
            store(key, folders.format());
        }
        store(oldKey, null);
    }

    /** The portfolios opened last, newest first. */
    List<Path> recentPortfolios() {
        String s = value(RECENT);
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.split("\n")).filter(l -> !l.isBlank()).map(WindowPrefs::pathOrNull)
                .filter(Objects::nonNull).toList();
    }

    void storeRecentPortfolios(List<Path> files) {
        store(RECENT, String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    }

    private Path path(String key) {
        String s = value(key);
        return s == null ? null : pathOrNull(s);
    }

    /** A path the settings hold, or null for one this system cannot name (a NUL, another system's form). */
    private static Path pathOrNull(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A finite number the settings hold, else {@code otherwise}: NaN and infinite sizes are not sizes. */
    private double number(String key, double otherwise) {
        String s = value(key);
        if (s == null) {
            return otherwise;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private boolean bool(String key, boolean otherwise) {
        String s = value(key);
        return s == null ? otherwise : s.equalsIgnoreCase("true") || !s.equalsIgnoreCase("false") && otherwise;
    }

    private String value(String key) {
        synchronized (values) {
            return values.get(key);
        }
    }

    private void storePath(String key, Path folder) {
        store(key, folder == null ? null : folder.toAbsolutePath().toString());
    }

    /**
     * Stores {@code value} (null removes the key) and has it written, unless the settings hold it
     * already: an editor reopening its last portfolio stores the same path and list again, and
     * each write rewrites the whole file.
     */
    private void store(String key, String valueOrNull) {
        synchronized (values) {
            if (Objects.equals(values.get(key), valueOrNull)) {
                return;
            }
            if (valueOrNull == null) {
                values.remove(key);
            } else {
                values.put(key, valueOrNull);
            }
        }
        flush();
    }

    private void flush() {
        if (!flushQueued.compareAndSet(false, true)) {
            return;
        }
        flusher.execute(() -> {
            flushQueued.set(false);
            Map<String, String> snapshot;
            synchronized (values) {
                snapshot = new TreeMap<>(values);
            }
            try {
                SettingsFile.write(file, snapshot);
            } catch (IOException e) {
                // Remembering the window is a convenience; the next run simply starts with defaults.
            }
        });
    }
}
