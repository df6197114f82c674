package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The app image's launcher script ({@code packaging/linux/launcher.sh}) in a fake image whose runtime is this test's Java
 * and whose main class is {@link RelaunchProbe}: what the script hands the JVM can be read back.
 */
final class AppImageScript {
    private final Path launcher;
    private final Path folder;

    private AppImageScript(Path launcher, Path folder) {
        this.launcher = launcher;
        this.folder = folder;
    }

    /** The image laid out in {@code folder}, as jpackage lays it out, with the script as its launcher. */
    static AppImageScript installIn(Path folder) throws Exception {
        return installIn(folder, new String[0]);
    }

    /** {@link #installIn(Path)} with {@code javaOptions} added to the launcher's {@code .cfg}, as jpackage writes them. */
    static AppImageScript installIn(Path folder, String... javaOptions) throws Exception {
        Path launcher = folder.resolve("bin/Scholarfolio");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("packaging/linux/launcher.sh"), launcher);
        launcher.toFile().setExecutable(true);
        Path runtime = Files.createDirectories(folder.resolve("lib/runtime/bin"));
        Path java = runtime.resolve("java");
        Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        java.toFile().setExecutable(true);
        Path app = Files.createDirectories(folder.resolve("lib/app"));
        Path classes = Path.of(RelaunchProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.writeString(app.resolve("Scholarfolio.cfg"), "[Application]\napp.classpath=" + classes + "\napp.mainclass="
                + RelaunchProbe.class.getName() + "\n[JavaOptions]\njava-options=-Dfile.encoding=UTF-8\n"
                + Arrays.stream(javaOptions).map(option -> "java-options=" + option + "\n").collect(Collectors.joining()));
        return new AppImageScript(launcher, folder);
    }

    /**
     * What the probe behind the script reports when the script is run with {@code args} and {@code environment} added to a
     * copy of this one without {@code GDK_GL} and the JVM option variables: its JVM options, arguments and GDK_GL.
     */
    List<String> run(Map<String, String> environment, String... args) throws Exception {
        return runAs(launcher.toString(), null, environment, args);
    }

    /** The launcher script's path. */
    Path launcher() {
        return launcher;
    }

    /**
     * {@link #run} with the script started as {@code command} (a path to it, or to a link to it) in {@code directory} (null: this
     * process's working directory).
     */
    List<String> runAs(String command, Path directory, Map<String, String> environment, String... args) throws Exception {
        Path report = Files.createTempFile(folder, "report", ".txt");
        List<String> commandLine = new ArrayList<>(List.of(command));
        commandLine.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().remove("GDK_GL");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().putAll(environment);
        builder.environment().put(RelaunchProbe.REPORT, report.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        return Files.readAllLines(report);
    }
}
