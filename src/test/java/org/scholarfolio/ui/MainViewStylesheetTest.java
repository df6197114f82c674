package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import javafx.css.CssParser;
import javafx.css.Stylesheet;

import org.junit.jupiter.api.Test;

/**
 * The window's style sheet ships twice: as written (.css) and in JavaFX's binary form (.bss, made
 * by the build), which JavaFX reads in place of a .css that has one beside it.
 */
class MainViewStylesheetTest {

    @Test
    void theBinaryStylesheetBesideTheCssHoldsTheSameRules() throws Exception {
        URL css = MainView.class.getResource(MainView.STYLESHEET);
        URL bss = MainView.class.getResource(MainView.STYLESHEET.replace(".css", ".bss"));
        assertThat(css).isNotNull();
        assertThat(bss).as("main-view.bss, written by the build beside main-view.css").isNotNull();

        List<String> written = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));

        assertThat(written).isNotEmpty();
        assertThat(binary).containsExactlyElementsOf(written);
    }

    @Test
    void javaFxReadsTheBinaryStylesheetInPlaceOfTheCss() {
        String css = MainView.class.getResource(MainView.STYLESHEET).toExternalForm();
        // What the window's getStylesheets().add(css) has JavaFX load.
        Stylesheet loaded = com.sun.javafx.css.StyleManager.loadStylesheet(css);
        assertThat(loaded.getUrl()).endsWith("/main-view.bss");
    }

    private static List<String> rules(Stylesheet sheet) {
        // A binary sheet's declarations are read when first asked for; toString shows only what was read.
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations()).toList();
    }
}
