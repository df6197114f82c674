package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditorRelaunchTest {
    private static final String JAR = "/opt/x/scholarfolio.jar";

    @Test
    void theEditorFromJavaJarRunsInAJvmWithTheAppImageLaunchersOptions() {
        List<String> opened = EditorRelaunch.command(new String[] {"open", "my portfolio"}, List.of(), JAR, JAR + " open my portfolio",
                "true");
        List<String> started = EditorRelaunch.command(new String[0], List.of(), JAR, JAR, "true");

        assertThat(opened.get(0)).endsWith("java");
        assertThat(opened.subList(1, opened.size())).containsExactlyElementsOf(concat(EditorRelaunch.options(Runtime.version()),
                concat(EditorRelaunch.CHOSEN, List.of("-cp", JAR, EditorRelaunch.MAIN_CLASS, "open", "my portfolio"))));
        assertThat(EditorRelaunch.options(Runtime.version())).startsWith("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:G1PeriodicGCInterval=0", "-XX:MaxTenuringThreshold=0",
                "-XX:G1HeapRegionSize=1m", "-XX:G1HeapWastePercent=2", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
        assertThat(started.subList(1, started.size())).endsWith("-cp", JAR, EditorRelaunch.MAIN_CLASS);
    }

    @Test
    void anEditorWhoseEnvironmentDisablesGtksOpenGlIsToldSo() {
        List<String> told = EditorRelaunch.command(new String[0], List.of(), JAR, JAR, "true", Map.of("GDK_GL", "disable"));
        List<String> notTold = EditorRelaunch.command(new String[0], List.of(), JAR, JAR, "true", Map.of());

        assertThat(told.subList(1, told.size())).containsExactlyElementsOf(concat(EditorRelaunch.options(Runtime.version()),
                concat(List.of("-Dscholarfolio.gdkGlDisabled=true"), concat(EditorRelaunch.CHOSEN, List.of("-cp", JAR, EditorRelaunch.MAIN_CLASS)))));
        assertThat(notTold).noneMatch(option -> option.contains("gdkGl"));
    }

    @Test
    void theOptionsAreTheAppImageLaunchersOwnWithoutItsModuleOptions() throws Exception {
        List<String> cfg = Files.readAllLines(Path.of("packaging/jpackage-app.cfg")).stream()
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip())
                .filter(option -> !option.startsWith("--add-exports") && !option.startsWith("--add-opens"))
                .toList();

        assertThat(EditorRelaunch.OPTIONS).containsExactlyElementsOf(cfg);
    }

    @Test
    void theNativeHeapIsTrimmedOnlyByJvmsThatKnowTheOption() {
        for (String known : List.of("17.0.9", "17.0.15+6", "21.0.1", "22", "25.0.1")) {
            assertThat(EditorRelaunch.options(Runtime.Version.parse(known))).as(known)
                    .endsWith(EditorRelaunch.TRIM_NATIVE_HEAP).containsAll(EditorRelaunch.OPTIONS);
        }
        for (String unknown : List.of("17", "17.0.8", "18.0.2", "20.0.2", "21", "21+35")) {
            assertThat(EditorRelaunch.options(Runtime.Version.parse(unknown))).as(unknown)
                    .isEqualTo(concat(EditorRelaunch.OPTIONS, EditorRelaunch.SMALLER_INLINING));
        }
    }

    @Test
    void theNativeHeapTrimIsAnOptionThisJvmKnowsWhenItSaysSo() throws Exception {
        // The version rule against a real JVM: this one starts with the option exactly when the rule says it may.
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), EditorRelaunch.TRIM_NATIVE_HEAP,
                "-version").redirectErrorStream(true).start();
        java.getInputStream().readAllBytes();

        assertThat(java.waitFor() == 0).isEqualTo(EditorRelaunch.trimsNativeHeap(Runtime.version()));
    }

    @Test
    void theEditorsHeapIsCutInRegionsOfOneMegabyteAndItsOldGarbageCollectedDownToTwoPercent() throws Exception {
        // A JVM started with the editor's options, as java -jar's second JVM and the app image's launcher start it.
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(EditorRelaunch.options(Runtime.version()));
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String flags = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor()).as(flags).isZero();
        assertThat(flags).containsPattern("\\bG1HeapRegionSize\\s+= 1048576\\b").containsPattern("\\bG1HeapWastePercent\\s+= 2\\b");
    }

    @Test
    void javaJarsEditorCompilesWithSmallerMethodsInlinedInAJvmThatTakesTheOptions() throws Exception {
        // java -jar's second JVM: the app image's options, then the quick compiler's smaller inlining, which this JVM knows and applies.
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(EditorRelaunch.command(new String[0], List.of(), JAR, JAR, "true").subList(1, 1 + EditorRelaunch.options(
                Runtime.version()).size()));
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String flags = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(java.waitFor()).as(flags).isZero();
        assertThat(flags).containsPattern("\\bC1MaxInlineSize\\s+= 20\\s.*\\{command line\\}")
                .containsPattern("\\bC1MaxInlineLevel\\s+= 5\\s.*\\{command line\\}");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new java.util.ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    @Test
    void theSecondJvmIsToldItsOptionsAreChosenAsTheCommandLinesLauncherTellsItsJvm() throws Exception {
        List<String> cliOptions = Files.readAllLines(Path.of("packaging/jpackage-cli.cfg")).stream()
                .filter(line -> line.startsWith("--java-options -Dscholarfolio."))
                .map(line -> line.substring("--java-options ".length()).strip())
                .toList();

        assertThat(EditorRelaunch.CHOSEN).containsAll(cliOptions).contains("-D" + SmallHeap.PROPERTY + "=false");
    }

    @Test
    void jvmOptionsOtherClassPathsAndTheSwitchKeepTheEditorInThisJvm() {
        String[] open = {"open", "p"};
        // a test's JVM, the app image's launcher, javafx:run: options of their own
        assertThat(EditorRelaunch.command(open, List.of("-Dprism.order=sw"), JAR, JAR + " open p", "true")).isEmpty();
        assertThat(EditorRelaunch.command(open, List.of(), "target/classes", "org.scholarfolio.app.Launcher open p", "true")).isEmpty();
        assertThat(EditorRelaunch.command(open, List.of(), JAR + ":lib/a.jar", "org.scholarfolio.app.Launcher open p", "true")).isEmpty();
        assertThat(EditorRelaunch.command(open, List.of(), JAR, JAR + " open p", "false")).isEmpty();
    }

    @Test
    void optionsFromTheEnvironmentAreNotTheJvmsOwnTheSecondJvmTakesThemToo() {
        List<String> given = List.of("-Dscholarfolio.firstContent=exit", "-Duser=x", "-Xmx1g");

        assertThat(EditorRelaunch.ownOptions(given, Map.of("JAVA_TOOL_OPTIONS", " -Dscholarfolio.firstContent=exit  -Duser=x",
                "JDK_JAVA_OPTIONS", "-Xmx1g"))).isEmpty();
        assertThat(EditorRelaunch.ownOptions(given, Map.of("JAVA_TOOL_OPTIONS", "-Duser=x"))).containsExactly(
                "-Dscholarfolio.firstContent=exit", "-Xmx1g");
        assertThat(EditorRelaunch.ownOptions(given, Map.of())).isEqualTo(given);
    }

    @Test
    void theProcessesOwnArgumentsBeforeTheJarAreItsOptions() {
        List<String> never = List.of("-never-asked");

        assertThat(EditorRelaunch.ownOptions(Optional.of(new String[] {"-jar", JAR, "open", "p"}), () -> never)).isEmpty();
        assertThat(EditorRelaunch.ownOptions(Optional.of(new String[] {"-Xmx1g", "-Dprism.order=sw", "-jar", JAR}), () -> never))
                .containsExactly("-Xmx1g", "-Dprism.order=sw");
        // a class path and a main class: no plain jar, so every argument counts against it
        assertThat(EditorRelaunch.ownOptions(Optional.of(new String[] {"-cp", JAR, "org.scholarfolio.app.Launcher"}), () -> never))
                .containsExactly("-cp", JAR, "org.scholarfolio.app.Launcher");
    }

    @Test
    void withoutTheProcessesArgumentsTheJvmsOwnAccountIsAsked() {
        List<String> fromTheJvm = List.of("-Xmx1g");

        assertThat(EditorRelaunch.ownOptions(Optional.empty(), () -> fromTheJvm)).isEqualTo(fromTheJvm);
        assertThat(EditorRelaunch.ownOptions(Optional.of(new String[0]), () -> fromTheJvm)).isEqualTo(fromTheJvm);
    }

    @Test
    void aTestsJvmStartedWithAClassPathIsNeverTakenForAPlainJar() {
        // Surefire starts this JVM with the pom's argLine before its "-jar": options of its own.
        assertThat(EditorRelaunch.ownOptions(ProcessHandle.current().info().arguments(), () -> List.of("-fallback"))).isNotEmpty();
    }
}
