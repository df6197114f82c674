package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class ThemeAheadTest {
    @Test
    void readsTheBinaryFormOfBothThemesThatJavaFxTakesBeforeTheirCss() throws Exception {
        // Without the binary form beside the CSS (another AtlantaFX), the read-ahead would read nothing
        // and JavaFX would parse the CSS instead: a start slower by the parse, with no message.
        for (boolean dark : new boolean[] {false, true}) {
            var theme = ThemeAhead.theme(dark);
            String css = theme.getUserAgentStylesheet();
            assertThat(theme.getUserAgentStylesheetBSS()).isEqualTo(css.substring(0, css.length() - ".css".length()) + ".bss");
            assertThat(ThemeAhead.read(theme)).as("rules read, dark " + dark).isGreaterThan(500);
        }
    }

    @Test
    void parsesTheWindowsOwnStyleSheet() throws Exception {
        assertThat(ThemeAhead.readWindowSheet()).isGreaterThan(10);
    }

    @Test
    void asksForTheThemeOnItsOwnThreadAndCompletesWhenRead() throws Exception {
        AtomicBoolean askedOnCaller = new AtomicBoolean();
        Thread caller = Thread.currentThread();
        ThemeAhead.start(() -> {
            askedOnCaller.set(Thread.currentThread() == caller);
            return true;
        }).get(60, TimeUnit.SECONDS);
        assertThat(askedOnCaller).isFalse();
    }
}
