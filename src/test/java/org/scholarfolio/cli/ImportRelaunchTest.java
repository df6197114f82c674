package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ImportRelaunchTest {
    private static final String JAR = "/opt/x/scholarfolio.jar";

    @Test
    void anImportFromJavaJarRunsInAJvmWithTheCommandLineLaunchersOptions() {
        String[] args = {"import", "bibtex", "refs.bib", "--into", "p"};
        List<String> command = ImportRelaunch.command(args, List.of(), JAR, JAR + " import bibtex refs.bib --into p", "true");

        assertThat(command.get(0)).endsWith("java");
        List<String> expected = new java.util.ArrayList<>(ExportRelaunch.OPTIONS);
        expected.addAll(List.of("-cp", JAR, "org.scholarfolio.app.Launcher", "import", "bibtex", "refs.bib", "--into", "p"));
        assertThat(command.subList(1, command.size())).containsExactlyElementsOf(expected);
        assertThat(ImportRelaunch.command(new String[] {"import", "alfolio", "site", "--out", "p"}, List.of(), JAR,
                JAR + " import alfolio site --out p", "true")).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "alfolio");
    }

    @Test
    void otherCommandsJvmOptionsOtherLaunchersAndTheSwitchKeepTheImportInThisJvm() {
        String[] bibtex = {"import", "bibtex", "a.bib", "--into", "p"};
        assertThat(ImportRelaunch.command(new String[] {"import", "orcid", "0000-0002-1825-0097", "--into", "p"}, List.of(), JAR,
                JAR + " import orcid", "true")).isEmpty();
        assertThat(ImportRelaunch.command(new String[] {"export", "p"}, List.of(), JAR, JAR + " export p", "true")).isEmpty();
        assertThat(ImportRelaunch.command(new String[0], List.of(), JAR, JAR, "true")).isEmpty();
        assertThat(ImportRelaunch.command(bibtex, List.of("-Dscholarfolio.cacheHome=none"), JAR, JAR + " import", "true")).isEmpty();
        assertThat(ImportRelaunch.command(bibtex, List.of(), "target/classes", "org.scholarfolio.app.Launcher import", "true")).isEmpty();
        assertThat(ImportRelaunch.command(bibtex, List.of(), JAR, JAR + " import", "false")).isEmpty();
    }

    @Test
    void underATestsJvmTheImportIsNotStartedAgain() {
        // a class path of more than one jar: this JVM imports
        assertThat(ImportRelaunch.run(new String[] {"import", "bibtex", "a.bib", "--into", "p"})).isEmpty();
    }
}
