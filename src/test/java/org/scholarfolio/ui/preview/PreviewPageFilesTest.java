package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed editor's preview pages are deleted by the next editor, never a running one's. */
class PreviewPageFilesTest {
    @TempDir
    Path folder;

    @Test
    void aPageFileIsNamedAfterItsProcess() throws Exception {
        long pid = ProcessHandle.current().pid();
        Path page = new PreviewPageFiles(folder, pid).create();
        assertThat(page.getParent()).isEqualTo(folder);
        assertThat(page.getFileName().toString()).startsWith(pid + "-").endsWith(".html");
    }

    @Test
    void pagesOfEndedProcessesGoAndOthersStay() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path leftover = Files.writeString(folder.resolve(ended.pid() + "-123.html"), "<p>old");
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path othersPage = Files.writeString(folder.resolve(running + "-456.html"), "<p>open in another editor");
        Path notOurs = Files.writeString(folder.resolve("notes.html"), "<p>not a page file");

        Path mine = new PreviewPageFiles(folder, ProcessHandle.current().pid()).create();

        assertThat(leftover).doesNotExist();
        assertThat(othersPage).exists();
        assertThat(notOurs).exists();
        assertThat(mine).exists();
    }
}
