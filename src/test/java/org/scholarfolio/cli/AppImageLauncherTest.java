package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** How the app image's launcher script finds its image: through a link, by a relative path, and by its own path without other programs. */
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
