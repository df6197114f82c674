package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExportRelaunchTest {
    private static final String JAR = "/opt/x/scholarfolio.jar";

    @Test
    void anExportFromJavaJarRunsInAJvmWithTheCommandLineLaunchersOptions() {
        List<String> command = ExportRelaunch.command(new String[] {"export", "p", "--out", "o"}, List.of(), JAR,
                JAR + " export p --out o", "true");

        assertThat(command.get(0)).endsWith("java");
        assertThat(command.subList(1, command.size()))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:InitialHeapSize=32m", "-XX:MaxNewSize=128m",
                        "-Dfile.encoding=UTF-8",
                        "-Dscholarfolio.quickCompilation=false", "-Dscholarfolio.relaunch=false",
                        "-Djdk.reflect.useNativeAccessorOnly=true", "-cp", JAR, "org.scholarfolio.app.Launcher", "export", "p", "--out", "o");
    }

    @Test
    void theLaunchersOptionsAreTheCommandLineLaunchersOwn() throws Exception {
        List<String> cfg = java.nio.file.Files.readAllLines(java.nio.file.Path.of("packaging/jpackage-cli.cfg")).stream()
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip())
                .toList();

        assertThat(ExportRelaunch.OPTIONS).containsExactlyElementsOf(cfg);
    }

    @Test
    void otherCommandsJvmOptionsOtherLaunchersAndTheSwitchKeepTheExportInThisJvm() {
        String[] export = {"export", "p"};
        assertThat(ExportRelaunch.command(new String[] {"validate", "p"}, List.of(), JAR, JAR + " validate p", "true")).isEmpty();
        assertThat(ExportRelaunch.command(new String[0], List.of(), JAR, JAR, "true")).isEmpty();
        assertThat(ExportRelaunch.command(export, List.of("-Xmx1g"), JAR, JAR + " export p", "true")).isEmpty();
        assertThat(ExportRelaunch.command(export, List.of(), "target/classes", "org.scholarfolio.app.Launcher export p", "true")).isEmpty();
        assertThat(ExportRelaunch.command(export, List.of(), JAR + ":lib/a.jar", "org.scholarfolio.app.Launcher export p", "true")).isEmpty();
        assertThat(ExportRelaunch.command(export, List.of(), JAR, JAR + " export p", "false")).isEmpty();
    }
}
