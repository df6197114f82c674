package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the app image's launcher script finds its image: through a link, by a relative path, and by its own path without other
 * programs; and which launcher's options it starts a command with.
 */
@EnabledOnOs(OS.LINUX)
class AppImageLauncherTest {
    @TempDir
    Path tmp;

    @Test
    void startedThroughALinkElsewhereItFindsItsImageAndNamesItselfByItsRealPath() throws Exception {
        AppImageScript image = AppImageScript.installIn(Files.createDirectory(tmp.resolve("image")));
        Path link = Files.createDirectories(tmp.resolve("usr/bin")).resolve("scholarfolio");
        Files.createSymbolicLink(link, image.launcher());

        assertThat(image.runAs(link.toString(), tmp, Map.of(), "open", "portfolio"))
                .contains("-Djpackage.app-path=" + image.launcher().toRealPath(), "arg open", "arg portfolio");
    }

    @Test
    void startedByARelativePathItFindsItsImageAndNamesItselfByAnAbsolutePath() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("image"));
        AppImageScript image = AppImageScript.installIn(folder);

        assertThat(image.runAs("bin/Scholarfolio", folder, Map.of(), "open", "portfolio"))
                .contains("-Djpackage.app-path=" + folder.resolve("bin/Scholarfolio"), "arg open", "arg portfolio");
    }

    @Test
    void startedByItsOwnPathItStartsNoProgramButTheJvm() throws Exception {
        // Every program found through PATH (readlink, dirname, basename) was a fork and an exec before the JVM's.
        AppImageScript image = AppImageScript.installIn(Files.createDirectory(tmp.resolve("image")));

        assertThat(image.runAs(image.launcher().toString(), tmp, Map.of("PATH", tmp.resolve("no-programs").toString())))
                .contains("-Djpackage.app-path=" + image.launcher());
    }

    @Test
    void theEditorsLauncherRunsACommandWithTheCommandLinesOptionsAndTheEditorWithItsOwn() throws Exception {
        // `Scholarfolio export` ran on the editor's G1 and its cache of the editor's classes: 1.40 x Hugo against 1.22 x.
        Path folder = Files.createDirectory(tmp.resolve("image"));
        AppImageScript image = AppImageScript.installIn(folder, "-Dlauncher=editor");
        Path editorCfg = folder.resolve("lib/app/Scholarfolio.cfg");
        Files.writeString(folder.resolve("lib/app/scholarfolio.cfg"),
                Files.readString(editorCfg).replace("-Dlauncher=editor", "-Dlauncher=command-line"));

        assertThat(image.run(Map.of(), "export", "portfolio", "--out", "site"))
                .contains("-Dlauncher=command-line", "arg export", "arg site").doesNotContain("-Dlauncher=editor");
        assertThat(image.run(Map.of(), "--version")).contains("-Dlauncher=command-line");
        assertThat(image.run(Map.of())).contains("-Dlauncher=editor").doesNotContain("-Dlauncher=command-line");
        assertThat(image.run(Map.of(), "open", "portfolio")).contains("-Dlauncher=editor", "arg open");
    }

    @Test
    void withoutTheCommandLinesLauncherTheEditorsRunsACommandWithItsOwnOptions() throws Exception {
        // An image made without the second launcher (or a copy of the editor's alone) still runs commands.
        AppImageScript image = AppImageScript.installIn(Files.createDirectory(tmp.resolve("image")), "-Dlauncher=editor");

        assertThat(image.run(Map.of(), "export", "portfolio", "--out", "site")).contains("-Dlauncher=editor", "arg export");
    }

    @Test
    void aCacheOrArchiveTheInstallDidNotMakeIsLeftOutAndOneThatIsThereIsNamed() throws Exception {
        // The .deb's postinst makes them; where it could not, Java would print an error on every start.
        Path folder = Files.createDirectory(tmp.resolve("image"));
        AppImageScript image = AppImageScript.installIn(folder, "-XX:AOTCache=$APPDIR/scholarfolio.aot",
                "-XX:SharedArchiveFile=$APPDIR/scholarfolio-cli.jsa", "-XX:SharedArchiveFile=$APPDIR/made.jsa");
        Path made = Files.createFile(folder.resolve("lib/app/made.jsa"));

        assertThat(image.run(Map.of()))
                .contains("-XX:SharedArchiveFile=" + made.toRealPath())
                .noneMatch(option -> option.contains("scholarfolio.aot") || option.contains("scholarfolio-cli.jsa"));
    }
}
