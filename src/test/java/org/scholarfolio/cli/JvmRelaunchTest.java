package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A real second JVM from a one-class jar: its options, its exit code, and the class archive it leaves. */
class JvmRelaunchTest {
    @TempDir
    Path tmp;

    @Test
    void theSecondJvmGetsTheOptionsAndArgumentsAndItsExitCodeIsTheRunsAndOnlyACleanExitKeepsAnArchive() throws Exception {
        // A JVM that maps no archive of the JDK's own writes none for the application (ClassArchive).
        Assumptions.assumeTrue(System.getProperty("java.vm.info", "").contains("sharing"));
        Path jar = probeJar();
        Path archives = tmp.resolve("cache/class-archives");
        Path report = tmp.resolve("report");

        OptionalInt failed = JvmRelaunch.run("probe", command(jar, report, "3"), archives);

        assertThat(failed).hasValue(3);
        assertThat(Files.readAllLines(report)).contains("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "arg 3")
                .anyMatch(line -> line.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(files(archives)).isEmpty();

        assertThat(JvmRelaunch.run("probe", command(jar, report, "0"), archives)).hasValue(0);
        assertThat(files(archives)).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).startsWith("probe-")
                .endsWith(".jsa"));
        Path archive = files(archives).get(0);

        assertThat(JvmRelaunch.run("probe", command(jar, report, "0"), archives)).hasValue(0);
        assertThat(Files.readAllLines(report)).contains("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
        assertThat(files(archives)).containsExactly(archive);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,    17.0.15, ,     VFORK
            Linux,    21.0.4,  ,     VFORK
            Linux,    24,      ,     VFORK
            Linux,    25,      ,
            Linux,    26,      ,
            Linux,    17.0.15, FORK,
            Mac OS X, 17.0.15, ,
            Windows 11, 17.0.15, ,
            """)
    void theSecondJvmIsStartedByVforkOnlyOnLinuxWhereJavaHasItUndeprecatedAndThePersonChoseNothing(String os, String runtime,
            String chosen, String expected) {
        assertThat(JvmRelaunch.launchMechanism(os, Runtime.Version.parse(runtime), chosen)).isEqualTo(expected);
    }

    @Test
    void aJavaLaunchersOptionsAreWhatComesBeforeTheJarAndTheEnvironmentsWithoutAskingTheRuntimeBean() {
        String java = "/usr/lib/jvm/jdk/bin/java";
        assertThat(JvmRelaunch.fromArguments(java, new String[] {"-jar", "s.jar", "export", "-Xmx1g"}, Map.of())).isEmpty();
        assertThat(JvmRelaunch.fromArguments(java, new String[] {"-XX:TieredStopAtLevel=1", "-Dx=y", "-jar", "s.jar"},
                Map.of("JAVA_TOOL_OPTIONS", " -Xss2m  -Da=b ", "JDK_JAVA_OPTIONS", " ", "_JAVA_OPTIONS", "-Xms8m")))
                .containsExactlyInAnyOrder("-XX:TieredStopAtLevel=1", "-Dx=y", "-Xss2m", "-Da=b", "-Xms8m");
        // Where the arguments cannot show them all, the runtime bean answers.
        assertThat(JvmRelaunch.fromArguments(java, new String[] {"@options", "-jar", "s.jar"}, Map.of())).isNull();
        assertThat(JvmRelaunch.fromArguments(java, new String[] {"-cp", "s.jar", "Main"}, Map.of())).isNull();
        assertThat(JvmRelaunch.fromArguments("/opt/scholarfolio/bin/scholarfolio", new String[] {"export", "-jar"}, Map.of())).isNull();
        assertThat(JvmRelaunch.fromArguments(java, null, Map.of())).isNull();
        assertThat(JvmRelaunch.fromArguments("", new String[] {"-jar", "s.jar"}, Map.of())).isNull();
    }

    @Test
    void thisJvmsOptionsAreTheRuntimeBeans() {
        assertThat(JvmRelaunch.jvmOptions()).containsExactlyInAnyOrderElementsOf(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    @Test
    void theSecondJvmsEnvironmentIsThisOnesWithWhatTheRunAdds() throws Exception {
        Path jar = probeJar();
        Path report = tmp.resolve("report");

        assertThat(JvmRelaunch.run("probe", command(jar, report, "0"), null, Map.of("GDK_GL", "disable"))).hasValue(0);
        assertThat(Files.readAllLines(report)).contains("env GDK_GL=disable", "arg 0");

        Assumptions.assumeTrue(System.getenv("GDK_GL") == null);
        assertThat(JvmRelaunch.run("probe", command(jar, report, "0"), null, Map.of())).hasValue(0);
        assertThat(Files.readAllLines(report)).contains("arg 0").noneMatch(line -> line.startsWith("env GDK_GL"));
    }

    @Test
    void noCommandNoSecondJvm() {
        assertThat(JvmRelaunch.run("probe", List.of(), tmp)).isEmpty();
    }

    private List<String> command(Path jar, Path report, String exitCode) {
        String[] args = {report.toString(), exitCode};
        List<String> command = JvmRelaunch.command(List.of("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"), args, List.of(),
                jar.toString(), jar + " " + String.join(" ", args), "true");
        assertThat(command).isNotEmpty();
        return command;
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private Path probeJar() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RelaunchProbe.class.getName());
        String entry = RelaunchProbe.class.getName().replace('.', '/') + ".class";
        Path jar = tmp.resolve("probe.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
                InputStream classFile = RelaunchProbe.class.getClassLoader().getResourceAsStream(entry)) {
            jarOut.putNextEntry(new JarEntry(entry));
            classFile.transferTo(jarOut);
            jarOut.closeEntry();
        }
        return jar;
    }
}
