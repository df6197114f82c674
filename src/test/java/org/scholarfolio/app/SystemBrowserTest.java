package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, point 9: a failed hand-off to the browser comes back as a sentence, never only on a terminal. */
class SystemBrowserTest {
    @TempDir
    Path dir;

    private Path script(String body) throws IOException {
        Path script = dir.resolve("opener");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void anOpenerThatSucceedsReportsNothingAndIsGivenTheAddress() throws IOException {
        Path seen = dir.resolve("seen");
        SystemBrowser browser = new SystemBrowser(List.of(script("echo \"$1\" > " + seen).toString()));

        assertThat(browser.run("file:///tmp/site/index.html")).isEmpty();
        assertThat(Files.readString(seen).strip()).isEqualTo("file:///tmp/site/index.html");
    }

    @Test
    void anOpenerThatFailsIsReportedWithItsExitCodeAndItsLastWords() throws IOException {
        SystemBrowser browser = new SystemBrowser(List.of(script("echo 'xdg-open: no method available for opening it' >&2; exit 3").toString()));

        assertThat(browser.run("file:///tmp/site/index.html")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Could not open file:///tmp/site/index.html")
                .contains("exit code 3", "no method available for opening it"));
    }

    @Test
    void aMissingOpenerIsReportedByName() {
        SystemBrowser browser = new SystemBrowser(List.of(dir.resolve("xdg-open").toString()));

        assertThat(browser.run("https://example.org/")).hasValueSatisfying(message -> assertThat(message)
                .contains("there is no program", "xdg-open"));
    }
}
