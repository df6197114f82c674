package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeBinaryFormTest {
    @Test
    void bothThemesShipTheBinaryFormThatJavaFxTakesBeforeTheirCss() {
        // Without the binary form beside the CSS (another AtlantaFX), JavaFX would parse the CSS
        // instead: a start slower by the parse, with no message.
        for (boolean dark : new boolean[] {false, true}) {
            var theme = MainView.theme(dark);
            String css = theme.getUserAgentStylesheet();
            assertThat(theme.getUserAgentStylesheetBSS()).isEqualTo(css.substring(0, css.length() - ".css".length()) + ".bss");
            assertThat(MainView.class.getResource(theme.getUserAgentStylesheetBSS())).as("dark " + dark).isNotNull();
        }
    }
}
