package org.scholarfolio.ui;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * The window's work put off past its first frame (the preview's first WebView and page, a form's
 * later parts), run one piece at the start of a pulse: that pulse then styles and lays out what the
 * piece made, and no frame holds two pieces. Before, each screen put its own work after the first
 * frame, and the WebView (WebKit's start, 0.1-0.2 s of the JavaFX thread), the form's first part and
 * the first page all fell into the same frame of the window's first second. A pulse covers every
 * window, so one queue serves them all. Pieces run in the order they were added; JavaFX thread only.
 */
public final class FrameByFrame {
    private static final Deque<Runnable> WAITING = new ArrayDeque<>();
    /** Pieces of the screen the person has just opened, run before any of {@link #WAITING}. */
    private static final Deque<Runnable> SOON = new ArrayDeque<>();
    /** Made with the first piece: an AnimationTimer needs the toolkit. */
    private static AnimationTimer runner;

    private FrameByFrame() {
    }

    /** Set until the next pulse, which then runs no piece. */
    private static boolean nextFrameKeptFree;

    /** Runs {@code piece} at the start of a pulse of its own, after the pieces added before it. */
    public static void add(Runnable piece) {
        WAITING.add(piece);
        runner().start();
    }

    /**
     * Runs {@code piece} at the start of a pulse of its own ahead of the pieces {@link #add}ed (after those
     * added so before it): for the screen the person has just opened, whose table rows and form waited
     * behind the start's pieces (the preview's page steps, the profile form's slices), seconds under load,
     * while the form asked for at once (Ctrl+3) was already there above an empty table.
     */
    public static void addSoon(Runnable piece) {
        SOON.add(piece);
        runner().start();
    }

    /**
     * Runs no piece in the next pulse: it has work of its own to style and lay out (a screen first
     * shown), which with a piece (a step of the preview's page) came over 100 ms of the JavaFX thread.
     */
    public static void keepNextFrameFree() {
        nextFrameKeptFree = true;
        runner().start();
    }

    private static AnimationTimer runner() {
        if (runner == null) {
            runner = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (nextFrameKeptFree) {
                        nextFrameKeptFree = false;
                        if (SOON.isEmpty() && WAITING.isEmpty()) {
                            stop();
                        }
                        return;
                    }
                    Runnable next = SOON.isEmpty() ? WAITING.poll() : SOON.poll();
                    if (next == null) {
                        stop();
                    } else {
                        next.run();
                    }
                }
            };
        }
        return runner;
    }

    /** Runs {@code piece} in a pulse of its own after the first pulse that lays out {@code node} in a window. */
    public static void afterFirstFrame(Node node, Runnable piece) {
        AfterFirstFrame.run(node, () -> add(piece));
    }
}
