package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The no-graphics-device test against fake device folders, and what the launchers do with its answer. */
class SoftwareRenderingTest {
    @TempDir
    Path devices;

    @Test
    void aDeviceFolderWithoutAnyGpuNodeHasNoGraphicsDevice() throws Exception {
        Files.createFile(devices.resolve("null"));
        Files.createFile(devices.resolve("tty0"));
        Files.createDirectory(devices.resolve("shm"));

        assertThat(SoftwareRendering.hasGraphicsDevice(devices)).isFalse();
        assertThat(SoftwareRendering.chosen("Linux", null, null, devices)).isTrue();

        Files.createDirectory(devices.resolve("dri"));
        assertThat(SoftwareRendering.hasGraphicsDevice(devices)).as("an empty dri folder").isFalse();
    }

    @Test
    void anyNodeAGlDriverOpensIsAGraphicsDeviceWhetherJavaFxWouldTakeItOrNot() throws Exception {
        for (String node : new String[] {"dri/renderD128", "dri/card0", "dri/by-path", "nvidia0", "nvidiactl", "dxg"}) {
            Path folder = Files.createTempDirectory(devices, "dev");
            Path file = folder.resolve(node);
            Files.createDirectories(file.getParent());
            Files.createFile(file);

            assertThat(SoftwareRendering.hasGraphicsDevice(folder)).as(node).isTrue();
            assertThat(SoftwareRendering.chosen("Linux", null, null, folder)).as(node).isFalse();
        }
    }

    @Test
    void aDeviceFolderThatCannotBeReadCountsAsADevice() {
        assertThat(SoftwareRendering.hasGraphicsDevice(devices.resolve("missing"))).isTrue();
    }

    @Test
    void thePersonsChoiceOfPipelineAndOtherSystemsAreLeftAlone() {
        assertThat(SoftwareRendering.chosen("Linux", "es2", null, devices)).isFalse();
        assertThat(SoftwareRendering.chosen("Linux", "sw", null, devices)).isFalse();
        assertThat(SoftwareRendering.chosen("Linux", null, "true", devices)).isFalse();
        assertThat(SoftwareRendering.chosen("Linux", null, "false", devices)).isTrue();
        assertThat(SoftwareRendering.chosen("Mac OS X", null, null, devices)).isFalse();
        assertThat(SoftwareRendering.chosen("Windows 11", null, null, devices)).isFalse();
    }

    @Test
    void gtkIsToldOnlyWhenChosenAndThePersonHasNotSetItThemselves() {
        assertThat(SoftwareRendering.editorEnvironment(true, Map.of("PATH", "/usr/bin"))).containsExactly(Map.entry("GDK_GL", "disable"));
        assertThat(SoftwareRendering.editorEnvironment(true, Map.of("GDK_GL", "always"))).isEmpty();
        assertThat(SoftwareRendering.editorEnvironment(false, Map.of())).isEmpty();
    }

    @Test
    void softwareDrawingGoesWithoutTheRegionBackgroundCacheUnlessThePersonSetIt() {
        assertThat(SoftwareRendering.toolkitProperties(true, new Properties()))
                .containsOnly(Map.entry("prism.order", "sw"), Map.entry("prism.disableRegionCaching", "true"));
        Properties persons = new Properties();
        persons.setProperty("prism.disableRegionCaching", "false");
        assertThat(SoftwareRendering.toolkitProperties(true, persons)).containsOnly(Map.entry("prism.order", "sw"));
        assertThat(SoftwareRendering.toolkitProperties(false, new Properties())).isEmpty();
    }

    @Test
    void programsTheEditorStartsGetThePersonsEnvironmentBack() {
        Map<String, String> environment = new HashMap<>(Map.of("GDK_GL", "disable", "PATH", "/usr/bin"));
        String before = System.getProperty(SoftwareRendering.GDK_GL_SET_PROPERTY);
        try {
            System.clearProperty(SoftwareRendering.GDK_GL_SET_PROPERTY);
            SoftwareRendering.restorePersonsEnvironment(environment);
            assertThat(environment).containsKey("GDK_GL");

            System.setProperty(SoftwareRendering.GDK_GL_SET_PROPERTY, "true");
            SoftwareRendering.restorePersonsEnvironment(environment);
            assertThat(environment).containsOnlyKeys("PATH");
        } finally {
            if (before == null) {
                System.clearProperty(SoftwareRendering.GDK_GL_SET_PROPERTY);
            } else {
                System.setProperty(SoftwareRendering.GDK_GL_SET_PROPERTY, before);
            }
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theAppImagesLauncherScriptDisablesGtksOpenGlExactlyWhenTheEditorChoosesSoftware() throws Exception {
        // The script tests this machine's /dev as the editor does; both answers must agree wherever the test runs.
        AppImageScript image = AppImageScript.installIn(Files.createDirectory(devices.resolve("image")));
        boolean chosen = SoftwareRendering.chosen("Linux", null, null, Path.of("/dev"));

        List<String> plain = image.run(Map.of());
        List<String> personsOwn = image.run(Map.of("GDK_GL", "always"));
        List<String> pipelineChosen = image.run(Map.of("JAVA_TOOL_OPTIONS", "-Dprism.order=es2"));

        if (chosen) {
            assertThat(plain).contains("env GDK_GL=disable", "-D" + SoftwareRendering.GDK_GL_SET_PROPERTY + "=true");
        } else {
            assertThat(plain).noneMatch(line -> line.startsWith("env GDK_GL") || line.contains("gdkGl"));
        }
        assertThat(personsOwn).contains("env GDK_GL=always").noneMatch(line -> line.contains("gdkGl"));
        assertThat(pipelineChosen).noneMatch(line -> line.startsWith("env GDK_GL") || line.contains("gdkGl"));
    }
}
