package org.scholarfolio.ui;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the window's theme style sheet into JavaFX's style manager on a thread of its own, started
 * before the toolkit, so that the JavaFX thread finds it read when the window sets it
 * ({@link MainView#applyTheme}). AtlantaFX's Primer sheet was 197 KB of binary CSS (128 KB as {@link ThemeSheet}
 * reduces it) whose read and indexing (its rules sorted by selector) were a tenth of the JavaFX thread's samples before the
 * first content; the toolkit's own start, during which this runs, takes longer. The style manager
 * is made for this: every use of it takes one lock, and it keeps a theme set twice as set once, so
 * the JavaFX thread's later call waits for this one or finds its work done. Reached by reflection,
 * like {@code WebKitLibrary}'s loader: where JavaFX's internal package is not open to the
 * application, nothing is read here and the window reads the sheet itself, as before.
 */
public final class ThemeAhead {
    private ThemeAhead() {
    }

    /**
     * Starts reading the light or {@code dark} theme, the one the window will set. The sheet's resource is looked up on the
     * reading thread too: the look-up asks the runtime's modules image and then opens the application's jar under {@code lib/}
     * (whose classes the editor's class archive holds, so nothing opened it yet), 10-50 ms of the main thread before the toolkit
     * could start ({@code java -jar}, load 5-11).
     */
    public static void start(boolean dark) {
        start(dark ? ThemeAhead::darkSheet : ThemeAhead::lightSheet);
    }

    /** Starts reading the sheet {@code sheet} names, asked for on the reading thread; that thread. */
    static Thread start(Supplier<String> sheet) {
        Thread reader = new Thread(() -> read(sheet.get()), "theme-ahead");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static String lightSheet() {
        return ThemeSheet.userAgentStylesheet(false);
    }

    private static String darkSheet() {
        return ThemeSheet.userAgentStylesheet(true);
    }

    /** Gives JavaFX's style manager {@code sheet} as the user agent style sheet; false when it could not be reached. */
    static boolean read(String sheet) {
        try {
            Class<?> manager = Class.forName("com.sun.javafx.css.StyleManager");
            Object instance = manager.getMethod("getInstance").invoke(null);
            Method set = manager.getMethod("setUserAgentStylesheets", List.class);
            set.invoke(instance, List.of(sheet));
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false; // only a head start: the window reads the sheet itself
        }
    }
}
