package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeystrokeToPixelsBenchmarkTest {
    private static final long MS = 1_000_000;

    @Test
    void aTrailingSpaceIsTimedFromTheNextLettersPressToTheFrameThatDrawsBoth() {
        String typed = " ab cd";
        // Pressed every 100 ms, the space after "ab" 350 ms before "c"; each key drawn 40 ms after its press,
        // the space with the "c" after it.
        long[] pressed = {0, 100 * MS, 200 * MS, 300 * MS, 650 * MS, 750 * MS};
        long[] painted = {40 * MS, 140 * MS, 240 * MS, 690 * MS, 690 * MS, 790 * MS};

        double[] seen = KeystrokeToPixelsBenchmark.asSeen(typed, 1, 5, pressed, painted);

        assertThat(seen).containsExactly(40, 40, 40, 40, 40);
        assertThat(KeystrokeToPixelsBenchmark.changesThePage(typed, 3)).isFalse();
    }

    @Test
    void aSpaceWithNoLetterAfterItInTheRunIsLeftOut() {
        long[] pressed = {0, 100 * MS, 200 * MS};
        long[] painted = {40 * MS, 140 * MS, 0};

        assertThat(KeystrokeToPixelsBenchmark.asSeen(" a ", 1, 2, pressed, painted)).containsExactly(40);
    }
}
