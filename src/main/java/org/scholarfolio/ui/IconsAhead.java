package org.scholarfolio.ui;

import java.util.concurrent.CompletableFuture;

import javafx.scene.text.Font;

import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * Loads the icon font on a thread of its own once the toolkit runs, before the window's first icon
 * asks for it. The first icon made (a sidebar entry's) found Ikonli's icon packs and loaded their
 * font there, 1.3 MB that JavaFX copies to a temporary file and parses natively: in a fresh JVM with
 * the editor's options the first icon took the JavaFX thread 198-259 ms, after this 78-99 ms (load
 * 15-18). Ikonli makes its resolver once, under a lock, and keeps the font it loaded: an icon made
 * while this runs waits for it rather than loading the font again.
 */
public final class IconsAhead {
    /**
     * The icon sets of the first window's icons (sidebar, tool bar, status bar): enums of hundreds of
     * icons each, set up here too (10-40 ms each the first time, interpreted). Enums only: their set-up
     * refers to nothing that could wait for the JavaFX thread.
     */
    static final java.util.List<Class<?>> FIRST_WINDOW_ICON_SETS = java.util.List.of(MaterialDesignA.class,
            MaterialDesignB.class, MaterialDesignC.class, MaterialDesignF.class, MaterialDesignN.class,
            MaterialDesignR.class, MaterialDesignU.class, MaterialDesignW.class);

    private IconsAhead() {
    }

    /**
     * Starts loading the icon font; call after the toolkit has started (the font needs it) and
     * before the window is built. The future completes when the font is loaded or failed to load.
     */
    public static CompletableFuture<Void> start() {
        // The font classes are set up on the caller's thread first, before two threads could both be
        // the first to use them (their static set-up refers to each other).
        Font.getDefault();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                // Only a head start: the first icon loads the font itself and reports what is wrong.
            } finally {
                done.complete(null);
            }
        }, "icons-ahead");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /**
     * Makes Ikonli's resolver, which loads every icon pack's font, finds one icon's pack in it and sets
     * up the first window's icon sets.
     */
    static boolean load() {
        boolean found = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())
                .resolve(MaterialDesignA.ALERT_CIRCLE_OUTLINE.getDescription()) != null;
        for (Class<?> icons : FIRST_WINDOW_ICON_SETS) {
            try {
                Class.forName(icons.getName(), true, icons.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }
}
