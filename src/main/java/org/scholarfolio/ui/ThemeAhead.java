package org.scholarfolio.ui;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/**
 * Reads the window's theme once on a thread of its own while the toolkit starts, and throws it away.
 * JavaFX reads the theme's binary form (AtlantaFX ships it beside the CSS, and JavaFX takes it
 * first), then decodes every rule's declarations when it sorts the selectors; the first time, that
 * is mostly loading and compiling the decoder's classes, on the JavaFX thread before the first
 * control. Done here first, {@link MainView#applyTheme} finds them ready: in a fresh JVM (the
 * editor's options, load ~20) setting the theme took the JavaFX thread 61-92 ms, after this 39-58 ms.
 * The window's own style sheet is parsed here too, for the CSS parser's classes. Only public
 * style-sheet calls, nothing shared with the window: what is read here is dropped.
 */
public final class ThemeAhead {
    private ThemeAhead() {
    }

    /** The theme the window uses, light or dark. */
    static Theme theme(boolean dark) {
        return dark ? new PrimerDark() : new PrimerLight();
    }

    /**
     * Starts reading the theme {@code dark} chooses (asked on the new thread, so that reading the
     * settings is not the caller's wait); the future completes when it is read or failed to read.
     */
    public static CompletableFuture<Void> start(BooleanSupplier dark) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                read(theme(dark.getAsBoolean()));
                readWindowSheet();
            } catch (RuntimeException | java.io.IOException e) {
                // Only a warm-up: the JavaFX thread reads the theme itself and reports what is wrong.
            } finally {
                done.complete(null);
            }
        }, "theme-ahead");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /**
     * Parses the window's own style sheet, which JavaFX parses from its CSS in the window's first
     * style pass: the parser's classes are then loaded and compiled too. Returns the rules read.
     */
    static int readWindowSheet() throws java.io.IOException {
        URL css = ThemeAhead.class.getResource(MainView.STYLESHEET);
        return css == null ? 0 : new CssParser().parse(css).getRules().size();
    }

    /** Reads {@code theme}'s style sheet as JavaFX will and decodes every rule; returns the rules read. */
    static int read(Theme theme) throws java.io.IOException {
        URL binary = ThemeAhead.class.getResource(theme.getUserAgentStylesheetBSS());
        if (binary == null) {
            return 0;
        }
        Stylesheet sheet = Stylesheet.loadBinary(binary);
        if (sheet == null) {
            return 0;
        }
        for (Rule rule : sheet.getRules()) {
            // The selectors' list is made with the declarations: decoding them is the first use's cost.
            rule.getSelectors();
            rule.getDeclarations();
        }
        return sheet.getRules().size();
    }
}
