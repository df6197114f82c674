package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The WebView's classes loaded ahead: the list names classes of the JavaFX the app is built with. */
class WebKitLibraryTest {
    @Test
    void everyListedClassIsInThisJavaFx() throws IOException {
        long listed;
        try (InputStream in = WebKitLibrary.class.getResourceAsStream("webview-classes.txt")) {
            assertThat(in).isNotNull();
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
        }

        assertThat(listed).isGreaterThan(100);
        assertThat(WebKitLibrary.loadWebViewClasses()).isEqualTo((int) listed);
    }
}
