package org.scholarfolio.ui.preview;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the preview's pages are loaded from (WebKit lets only a {@code file:} page use the staged
 * stylesheets and the portfolio's images). Each is named after the process that writes it, so that
 * the pages of an editor that was killed, which no exit hook removed, are deleted by the next one.
 */
final class PreviewPageFiles {
    private final Path folder;
    private final long pid;

    PreviewPageFiles(Path folder, long pid) {
        this.folder = folder;
        this.pid = pid;
    }

    /** The folder beside the other temporary files, one per user. */
    static PreviewPageFiles inTemporaryFolder() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return new PreviewPageFiles(Path.of(System.getProperty("java.io.tmpdir"), "scholarfolio-pages-" + user),
                ProcessHandle.current().pid());
    }

    /** A new page file of this process, after the ones of processes that no longer run are deleted. */
    Path create() throws IOException {
        Files.createDirectories(folder);
        deleteLeftovers();
        Path file = Files.createTempFile(folder, pid + "-", ".html");
        file.toFile().deleteOnExit();
        return file;
    }

    /** Deletes the page files whose process has ended; a file it cannot read a process from is left. */
    void deleteLeftovers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.html")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                int dash = name.indexOf('-');
                if (dash <= 0) {
                    continue;
                }
                long owner;
                try {
                    owner = Long.parseLong(name.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (owner != pid && ProcessHandle.of(owner).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
