package org.scholarfolio.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Styles a small throwaway scene with one of each kind of control the first window shows, on a thread
 * of its own, while the JavaFX thread builds the window. The window's first style pass was most of
 * the JavaFX thread's start (61 % of its samples), mostly the first use of JavaFX's style and skin
 * code: interpreted, its classes and call sites resolved for the first time. Run here first, the
 * JavaFX thread finds that done.
 *
 * <p>Two threads that initialise classes at the same time can deadlock when the classes' static
 * initialisers refer to each other (JavaFX's controls and their helper classes do). So every class
 * this thread would initialise is initialised first, in one fixed order, on the thread that calls
 * {@link #start} ({@link #CLASSES}, a list {@code StylesAheadTest} checks is complete), while the
 * JavaFX thread waits for {@code Application.init} to return: from then on this thread only runs
 * code of classes that are ready, and never holds or waits for a class's initialisation. It starts
 * styling once the window's theme is set ({@link #themeSet}), so that it reads the same style
 * sheets; it makes no window, lays nothing out and shares no node with the window.
 */
public final class StylesAhead {
    /** The classes initialised before the thread starts, one a line, in the order they are initialised. */
    static final String CLASSES = "styles-ahead-classes.txt";

    private final CountDownLatch theme = new CountDownLatch(1);
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private StylesAhead() {
    }

    /**
     * Initialises {@link #CLASSES} on the calling thread, then starts styling on a thread of its own
     * once {@link #themeSet} is called. Call from {@code Application.init}: the toolkit runs, and
     * the JavaFX thread runs none of the application's code until it returns.
     */
    public static StylesAhead start() {
        StylesAhead ahead = new StylesAhead();
        initialise(ClassesAhead.names(StylesAhead.class, CLASSES));
        Thread thread = new Thread(() -> {
            try {
                ahead.theme.await();
                style();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError e) {
                // Only a head start: the window styles itself and reports what is wrong.
            } finally {
                ahead.done.complete(null);
            }
        }, "styles-ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** Called once the window's theme is set (on the JavaFX thread): styling may begin. */
    public void themeSet() {
        theme.countDown();
    }

    /** Completes when the styling is done or failed. */
    public CompletableFuture<Void> done() {
        return done;
    }

    /** Initialises the named classes in order; a class this toolkit does not have is skipped. */
    static void initialise(List<String> names) {
        ClassLoader loader = StylesAhead.class.getClassLoader();
        for (String name : names) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                // Another toolkit version: styling may then initialise it; see StylesAheadTest.
            }
        }
    }

    /**
     * Builds and styles the throwaway scene: each control's skin is made and the theme's and the
     * window's style sheets matched against it. Returns the scene's root.
     */
    static BorderPane style() {
        // A menu button, as the menu bar shows its menus (the bar's own skin asks the toolkit about the
        // system's menu bar, which only the JavaFX thread may).
        MenuButton menu = new MenuButton("File", null, new MenuItem("Open"));
        ToolBar toolBar = new ToolBar(new Button("Save"), new ToggleButton("Preview"));
        VBox form = new VBox(new Label("Name"), new TextField("Ada"), new TextArea("A few words."));
        form.getStyleClass().add("form");
        ScrollPane scroll = new ScrollPane(form);
        SplitPane split = new SplitPane(scroll, new BorderPane(new Label("Preview")));
        BorderPane root = new BorderPane(split, new VBox(menu, toolBar), null, new Label("Ready"), null);
        root.setId("main-view");
        root.getStylesheets().add(MainView.class.getResource(MainView.STYLESHEET).toExternalForm());
        new Scene(root, 800, 600);
        root.applyCss();
        return root;
    }
}
