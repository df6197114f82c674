package org.scholarfolio.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.scholarfolio.files.ContentHash;

/**
 * One file of the exported site: its path relative to the output folder (forward slashes) and
 * either its bytes (a page, a theme file) or the portfolio file it is copied from (a PDF, a photo),
 * which is hashed, compared and copied in chunks so that a 200 MB PDF never sits in memory.
 * {@code page} tells generated pages from copied assets in the report.
 */
record OutputFile(String path, byte[] bytes, boolean page, Path source) {

    OutputFile(String path, byte[] bytes, boolean page) {
        this(path, bytes, page, null);
    }

    /** A portfolio file copied as it is. */
    static OutputFile copyOf(String path, Path source) {
        return new OutputFile(path, null, false, source);
    }

    long size() throws IOException {
        return source == null ? bytes.length : Files.size(source);
    }

    String sha256() throws IOException {
        return source == null ? ContentHash.of(bytes) : ContentHash.ofFile(source);
    }

    /** Whether {@code target} holds exactly this file's content. */
    boolean sameContentAs(Path target) throws IOException {
        if (source != null) {
            return Files.mismatch(source, target) == -1L;
        }
        return java.util.Arrays.equals(Files.readAllBytes(target), bytes);
    }

    void writeTo(Path target) throws IOException {
        if (source == null) {
            Files.write(target, bytes);
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
