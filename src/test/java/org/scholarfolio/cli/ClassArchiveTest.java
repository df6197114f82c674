package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second JVM's class-data archive in the cache folder: written once, moved in, then mapped. */
class ClassArchiveTest {
    private static final String SHARING = "mixed mode, sharing";
    private static final String RUNTIME = "/usr/lib/jvm/17 17.0.15+6";

    @TempDir
    Path tmp;

    @Test
    void theFirstExportWritesTheArchiveAndLaterOnesMapIt() throws Exception {
        Path jar = jar("scholarfolio.jar", "classes");
        Path folder = tmp.resolve("cache/class-archives");
        ClassArchive archive = ClassArchive.in("export", folder, jar, SHARING, RUNTIME, 41).orElseThrow();

        List<String> first = archive.options();
        assertThat(first).containsExactly("-XX:ArchiveClassesAtExit=" + archive.writing(), "-Xshare:auto", "-Xlog:cds*=off",
                "-Xlog:class+path*=off");
        assertThat(archive.writes(first)).isTrue();
        assertThat(archive.writing()).isRegularFile();
        Files.writeString(archive.writing(), "the JVM's archive");
        archive.settle(0);

        assertThat(archive.file()).hasContent("the JVM's archive");
        assertThat(archive.writing()).doesNotExist();
        ClassArchive next = ClassArchive.in("export", folder, jar, SHARING, RUNTIME, 42).orElseThrow();
        assertThat(next.file()).isEqualTo(archive.file());
        List<String> later = next.options();
        assertThat(later).containsExactly("-XX:SharedArchiveFile=" + archive.file(), "-Xshare:auto", "-Xlog:cds*=off",
                "-Xlog:class+path*=off");
        assertThat(next.writes(later)).isFalse();
    }

    @Test
    void aFailedExportLeavesNoArchiveBehind() throws Exception {
        ClassArchive archive = ClassArchive.in("export", tmp.resolve("cache"), jar("s.jar", "x"), SHARING, RUNTIME, 7)
                .orElseThrow();
        archive.options();
        Files.writeString(archive.writing(), "half an archive");
        archive.settle(1);

        assertThat(archive.writing()).doesNotExist();
        assertThat(archive.file()).doesNotExist();
        // nor does an export that wrote none
        archive.options();
        archive.settle(0);
        assertThat(archive.file()).doesNotExist();
    }

    @Test
    void aNewJarOrRuntimeGetsAnArchiveOfItsOwnAndTheJarsOldOneGoes() throws Exception {
        Path jar = jar("scholarfolio.jar", "version 1");
        Path other = jar("other/scholarfolio.jar", "version 1");
        Path folder = tmp.resolve("cache");
        ClassArchive old = written(folder, jar, RUNTIME);
        ClassArchive otherJars = written(folder, other, RUNTIME);
        assertThat(otherJars.file()).isNotEqualTo(old.file());
        assertThat(ClassArchive.in("export", folder, jar, SHARING, "/usr/lib/jvm/21 21.0.2", 1).orElseThrow().file())
                .isNotEqualTo(old.file());

        Files.writeString(jar, "version 2, longer");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        ClassArchive updated = written(folder, jar, RUNTIME);

        assertThat(updated.file()).isNotEqualTo(old.file()).isRegularFile();
        assertThat(old.file()).doesNotExist();
        assertThat(otherJars.file()).isRegularFile();
    }

    @Test
    void aJarOnTheClassPathUpdatedBehindAnUnchangedMainJarGetsAnArchiveOfItsOwn() throws Exception {
        // The JVM compares every jar of the class path with the archive's record and quietly maps no archive when one
        // differs; named by the main jar alone, that archive would be refused at every start and never written again.
        Path jar = jarNaming("scholarfolio.jar", "lib/scholarfolio-app.jar lib/library-1.0.jar lib/not-there.jar");
        Path app = jar("lib/scholarfolio-app.jar", "the application's classes");
        Path library = jar("lib/library-1.0.jar", "a library");
        Path folder = tmp.resolve("cache");
        ClassArchive old = written(folder, jar, RUNTIME);
        FileTime mainJarsTime = Files.getLastModifiedTime(jar);
        assertThat(ClassArchive.in("export", folder, jar, SHARING, RUNTIME, 4).orElseThrow().file()).isEqualTo(old.file());

        Files.writeString(app, "the application's classes, rebuilt");
        ClassArchive updated = written(folder, jar, RUNTIME);
        assertThat(updated.file()).isNotEqualTo(old.file()).isRegularFile();
        assertThat(old.file()).doesNotExist();

        Files.setLastModifiedTime(library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() + 2000));
        ClassArchive replacedLibrary = ClassArchive.in("export", folder, jar, SHARING, RUNTIME, 5).orElseThrow();
        assertThat(replacedLibrary.file()).isNotEqualTo(updated.file());

        jar("lib/not-there.jar", "a jar the class path named appears");
        assertThat(ClassArchive.in("export", folder, jar, SHARING, RUNTIME, 6).orElseThrow().file())
                .isNotEqualTo(replacedLibrary.file());
        assertThat(Files.getLastModifiedTime(jar)).as("the main jar was never touched").isEqualTo(mainJarsTime);
    }

    @Test
    void anArchiveLeftHalfWrittenByAStoppedRunIsDeletedByTheNextOneARunningOnesIsNot() throws Exception {
        Path jar = jar("scholarfolio.jar", "classes");
        Path folder = Files.createDirectories(tmp.resolve("cache"));
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        Path abandoned = Files.writeString(folder.resolve("editor-1-2.jsa." + ended.pid() + ".writing"), "half");
        Path running = Files.writeString(folder.resolve("editor-1-2.jsa." + ProcessHandle.current().pid() + ".writing"), "busy");

        ClassArchive.in("editor", folder, jar, SHARING, RUNTIME, 5).orElseThrow().options();

        assertThat(abandoned).doesNotExist();
        assertThat(running).hasContent("busy");
    }

    @Test
    void theEditorsArchiveAndTheExportsOfOneJarAreKeptApart() throws Exception {
        Path jar = jar("scholarfolio.jar", "classes");
        Path folder = tmp.resolve("cache");
        ClassArchive export = written("export", folder, jar, RUNTIME);
        ClassArchive editor = written("editor", folder, jar, RUNTIME);

        assertThat(editor.file()).isNotEqualTo(export.file()).hasContent("archive of " + jar);
        assertThat(export.file()).isRegularFile();
        assertThat(ClassArchive.in("editor", folder, jar, SHARING, RUNTIME, 9).orElseThrow().options())
                .startsWith("-XX:SharedArchiveFile=" + editor.file());
    }

    @Test
    void noArchiveWhenTheCacheIsOffOrUnwritableOrTheJvmSharesNothing() throws Exception {
        Path jar = jar("scholarfolio.jar", "classes");
        assertThat(ClassArchive.in("export", null, jar, SHARING, RUNTIME, 1)).isEmpty();
        assertThat(ClassArchive.in("export", tmp.resolve("cache"), jar, "mixed mode", RUNTIME, 1)).isEmpty();
        assertThat(ClassArchive.in("export", tmp.resolve("cache"), tmp.resolve("missing.jar"), SHARING, RUNTIME, 1)).isEmpty();

        Path notAFolder = Files.writeString(tmp.resolve("cache-file"), "a file where the cache folder would be");
        ClassArchive unwritable = ClassArchive.in("export", notAFolder.resolve("class-archives"), jar, SHARING, RUNTIME, 1)
                .orElseThrow();
        assertThat(unwritable.options()).isEmpty();
        unwritable.settle(0); // and nothing to tidy up
        assertThat(notAFolder).hasContent("a file where the cache folder would be");
    }

    @Test
    void theArchiveOptionsGoAmongTheJvmsBeforeTheJar() {
        List<String> command = List.of("java", "-XX:+UseSerialGC", "-jar", "s.jar", "export", "p");
        assertThat(JvmRelaunch.withOptions(command, List.of("-XX:SharedArchiveFile=a.jsa", "-Xshare:auto")))
                .containsExactly("java", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=a.jsa", "-Xshare:auto", "-jar", "s.jar",
                        "export", "p");
        List<String> byMainClass = List.of("java", "-XX:+UseSerialGC", "-cp", "s.jar", "org.example.Main", "open", "-jar");
        assertThat(JvmRelaunch.withOptions(byMainClass, List.of("-XX:SharedArchiveFile=a.jsa")))
                .containsExactly("java", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=a.jsa", "-cp", "s.jar", "org.example.Main", "open",
                        "-jar");
    }

    private ClassArchive written(Path folder, Path jar, String runtime) throws Exception {
        return written("export", folder, jar, runtime);
    }

    private ClassArchive written(String kind, Path folder, Path jar, String runtime) throws Exception {
        ClassArchive archive = ClassArchive.in(kind, folder, jar, SHARING, runtime, 3).orElseThrow();
        archive.options();
        Files.writeString(archive.writing(), "archive of " + jar);
        archive.settle(0);
        return archive;
    }

    /** A jar with a manifest whose {@code Class-Path} is {@code classPath}, as Maven writes it. */
    private Path jarNaming(String name, String classPath) throws Exception {
        Path jar = tmp.resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("org/example/Main.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        return jar;
    }

    private Path jar(String name, String content) throws Exception {
        Path jar = tmp.resolve(name);
        Files.createDirectories(jar.getParent());
        return Files.writeString(jar, content);
    }
}
