package org.scholarfolio.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One file of an exported folder: its path relative to the folder (forward slashes) and either its
 * bytes (a page, a theme file) or the portfolio file it is copied from (a PDF, a photo), which is
 * hashed, compared and copied in chunks so that a 200 MB PDF never sits in memory.
 * {@code page} tells generated pages from copied assets in the report. A {@link #kept} page has
 * neither: it stays as the last export wrote it.
 */
public record OutputFile(String path, byte[] bytes, boolean page, Path source) {

    public OutputFile(String path, byte[] bytes, boolean page) {
        this(path, bytes, page, null);
    }

    /** A portfolio file copied as it is. */
    public static OutputFile copyOf(String path, Path source) {
        return new OutputFile(path, null, false, source);
    }

    /**
     * A page the exporter knows to be in the folder as the last export wrote it (made from the same
     * input, the file untouched since), so it is neither rendered nor read again.
     */
    public static OutputFile kept(String path, boolean page) {
        return new OutputFile(path, null, page, null);
    }

    public boolean isKept() {
        return bytes == null && source == null;
    }

    public long size() throws IOException {
        return source == null ? bytes.length : Files.size(source);
    }

    public String sha256() throws IOException {
        return source == null ? ContentHash.of(bytes) : ContentHash.ofFile(source);
    }

    /** Whether {@code target} holds exactly this file's content. */
    public boolean sameContentAs(Path target) throws IOException {
        if (source != null) {
            return Files.mismatch(source, target) == -1L;
        }
        return java.util.Arrays.equals(Files.readAllBytes(target), bytes);
    }

    public void writeTo(Path target) throws IOException {
        if (source == null) {
            Files.write(target, bytes);
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
