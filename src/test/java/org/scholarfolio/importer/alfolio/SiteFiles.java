package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files of an al-folio site a test writes, each at its path inside the site's folder. */
final class SiteFiles {
    private SiteFiles() {
    }

    /** Writes {@code text} to {@code relative} inside {@code site}, making its folders. */
    static void write(Path site, String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
