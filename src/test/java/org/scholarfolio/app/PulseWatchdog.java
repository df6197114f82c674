package org.scholarfolio.app;

import javafx.animation.AnimationTimer;

/** The longest time between two consecutive frames of the JavaFX thread since the last reset. */
final class PulseWatchdog extends AnimationTimer {
    private long last;
    private volatile long longest;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longest = Math.max(longest, now - last);
        }
        last = now;
    }

    /** Called on the FX thread just before the operation; frame times share System.nanoTime's clock. */
    void reset() {
        last = System.nanoTime();
        longest = 0;
    }

    long longestGap() {
        return longest;
    }
}
