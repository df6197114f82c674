package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TextAheadTest {
    /**
     * In a JVM of its own, so that nothing else has read them yet: the JDK's Unicode tables that the first
     * {@link java.text.Bidi} reads (JavaFX makes one for each text it lays out the first time) are read by
     * the read, not left for the window's first text; so is the number format the sidebar writes its counts in.
     */
    @Test
    void readsTheUnicodeTablesTheFirstTextLayoutReadsAndTheNumberFormat() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                ReadThenSay.class.getName());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String beforeTheReadEnded = out.substring(0, out.indexOf("read ended"));
        assertThat(beforeTheReadEnded).as(out).contains("jdk.internal.icu.impl.UBiDiProps ",
                "jdk.internal.icu.impl.UCharacterProperty ", "java.text.DecimalFormatSymbols ",
                "sun.util.locale.provider.NumberFormatProviderImpl ");
    }

    /** The bundle read is the one JavaFX's text fields and tool bar read their strings from, by its name. */
    @Test
    void readsTheBundleJavaFxsControlsReadTheirStringsFrom() {
        assertThat(TextAhead.read()).isTrue();

        ResourceBundle read = ResourceBundle.getBundle(TextAhead.CONTROL_STRINGS);
        assertThat(read.getString("TextInputControl.menu.Copy"))
                .isEqualTo(com.sun.javafx.scene.control.skin.resources.ControlResources.getString("TextInputControl.menu.Copy"));
    }

    /** Runs the read on the caller's thread and says when it has ended. */
    public static final class ReadThenSay {
        public static void main(String[] args) {
            TextAhead.read();
            System.out.println("read ended");
        }
    }
}
