package org.scholarfolio.ui;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.text.Font;

/**
 * Runs {@link StylesAhead}'s two steps in a fresh JVM as the app does (the toolkit started, the
 * default font set up on the launching thread, the theme set on the JavaFX thread), with a marker
 * class initialised before, between and after them. Run with {@code -Xlog:class+init=info} and the
 * thread's id, the log shows which classes each step initialised: see {@code StylesAheadTest}.
 *
 * <p>Arguments: {@code light} or {@code dark}; {@code list} initialises the class list first (as the
 * app does), {@code none} leaves it out (to see every class the styling needs, for the list).
 */
public final class StylesAheadProbe {
    /** Initialised before the class list. */
    static final class First {
    }

    /** Initialised between the class list and the styling. */
    static final class Between {
    }

    /** Initialised after the styling. */
    static final class Last {
    }

    private StylesAheadProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean dark = args[0].equals("dark");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Font.getDefault();
        CountDownLatch themed = new CountDownLatch(1);
        Platform.runLater(() -> {
            MainView.applyTheme(dark);
            themed.countDown();
        });
        themed.await();
        init(First.class);
        if (args[1].equals("list")) {
            StylesAhead.initialise(ClassesAhead.names(StylesAhead.class, StylesAhead.CLASSES));
        }
        init(Between.class);
        StylesAhead.style();
        init(Last.class);
        System.out.println("styled");
        Platform.exit();
    }

    private static void init(Class<?> marker) throws ClassNotFoundException {
        Class.forName(marker.getName(), true, marker.getClassLoader());
    }
}
