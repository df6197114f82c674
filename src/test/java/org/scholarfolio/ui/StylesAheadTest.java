package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * StylesAhead's promise that its styling thread initialises no class: run in a fresh JVM (classes
 * are initialised once per JVM), with the JVM's log of every class initialisation and the thread
 * that did it.
 */
class StylesAheadTest {
    private static final Pattern INITIALISING = Pattern.compile("^\\[(\\d+)\\]\\s+\\d+ Initializing '([^']+)'");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void stylingInitialisesNoClassOnceTheListIsInitialised(String theme) throws Exception {
        assertThat(classesStylingInitialises(theme, "list"))
                .as("classes to add to " + StylesAhead.CLASSES + " (see its header)").isEmpty();
    }

    @Test
    void stylingInitialisesHundredsOfClassesWithoutTheList() throws Exception {
        // What the list saves the styling thread from: the check above could see it.
        assertThat(classesStylingInitialises("light", "none")).hasSizeGreaterThan(300)
                .contains("javafx.scene.control.skin.TextFieldSkin", "javafx.scene.control.skin.ScrollPaneSkin");
    }

    @Test
    void everyListedClassIsThere() {
        // A name this toolkit does not know is skipped; the list is made for the toolkit the app ships.
        for (String name : ClassesAhead.names(StylesAhead.class, StylesAhead.CLASSES)) {
            assertThat(exists(name)).as(name).isTrue();
        }
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, StylesAhead.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * The named classes (hidden ones, lambdas and method handles' forms, cannot be listed) that
     * {@link StylesAheadProbe}'s styling initialised on its thread.
     */
    private List<String> classesStylingInitialises(String theme, String list) throws IOException, InterruptedException {
        Path log = dir.resolve("init-" + theme + "-" + list + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xlog:class+init=info:file=" + log + ":tid", "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(StylesAheadProbe.class.getName(), theme, list));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("styled");

        String between = StylesAheadProbe.Between.class.getName().replace('.', '/');
        String last = StylesAheadProbe.Last.class.getName().replace('.', '/');
        List<String> initialised = new ArrayList<>();
        String thread = null;
        boolean styling = false;
        for (String line : Files.readAllLines(log)) {
            Matcher m = INITIALISING.matcher(line);
            if (!m.find()) {
                continue;
            }
            String name = m.group(2);
            if (name.equals(between)) {
                thread = m.group(1);
                styling = true;
            } else if (name.equals(last)) {
                styling = false;
            } else if (styling && m.group(1).equals(thread) && !name.contains("+0x") && !name.contains("$$Lambda")) {
                initialised.add(name.replace('/', '.'));
            }
        }
        assertThat(thread).as("the probe's markers in the log").isNotNull();
        return initialised;
    }
}
