package org.scholarfolio.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * One file of an exported folder: its path relative to the folder (forward slashes) and either its
 * bytes (a page, a theme file) or the portfolio file it is copied from (a PDF, a photo), which is
 * hashed, compared and copied in chunks so that a 200 MB PDF never sits in memory.
 * {@code page} tells generated pages from copied assets in the report. A {@link #kept} page has
 * neither: it stays as the last export wrote it. A {@link #staged} page has given its bytes to a
 * staging folder already ({@link OutputFolder.Staging}) and knows its {@code check}.
 */
public record OutputFile(String path, byte[] bytes, boolean page, Path source, String check) {

    public OutputFile(String path, byte[] bytes, boolean page) {
        this(path, bytes, page, null, null);
    }

    /** A portfolio file copied as it is. */
    public static OutputFile copyOf(String path, Path source) {
        return new OutputFile(path, null, false, source, null);
    }

    /**
     * A page whose bytes were checked ({@code check}) and, unless the output folder holds them
     * already ({@code stagedFile} null), written to {@code stagedFile} in the staging folder.
     */
    static OutputFile staged(String path, boolean page, String check, Path stagedFile) {
        return new OutputFile(path, null, page, stagedFile, check);
    }

    /**
     * A page the exporter knows to be in the folder as the last export wrote it (made from the same
     * input, the file untouched since), so it is neither rendered nor read again.
     */
    public static OutputFile kept(String path, boolean page) {
        return new OutputFile(path, null, page, null, null);
    }

    public boolean isKept() {
        return bytes == null && source == null && check == null;
    }

    /** Whether this file was handed to a staging folder already (its bytes are gone). */
    public boolean isStaged() {
        return check != null;
    }

    public long size() throws IOException {
        return source == null ? bytes.length : Files.size(source);
    }

    /** The content's {@link ChangeCheck}, computed unless it is known. */
    public String contentCheck() throws IOException {
        return check != null ? check : source == null ? new ChangeCheck().update(bytes).hex() : ChangeCheck.ofFile(source);
    }

    /** Whether {@code target} holds exactly this file's content. */
    public boolean sameContentAs(Path target) throws IOException {
        if (source != null) {
            return Files.mismatch(source, target) == -1L;
        }
        return java.util.Arrays.equals(Files.readAllBytes(target), bytes);
    }

    public void writeTo(Path target) throws IOException {
        if (source != null && source.equals(target)) {
            return; // staged there already
        }
        if (source == null) {
            writeBytes(target, bytes);
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // Files.write hands the bytes over 8 KB at a time: 2,000 system calls per edit for the two 8 MB
    // generated files at 10,000 publications. A MB at a time (the JDK copies each piece through a
    // direct buffer of that size, kept per thread).
    private static final int WRITE_PIECE = 1 << 20;

    /**
     * Writes {@code bytes} to {@code target} (made or emptied first) a MB at a time, where
     * {@code Files.write} makes a system call per 8 KB: for the pages, the manifest and the
     * export's state file (700 KB each at 10,000 publications, written after every edit).
     */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer all = ByteBuffer.wrap(bytes);
            while (all.hasRemaining()) {
                int written = out.write(all.slice(all.position(), Math.min(WRITE_PIECE, all.remaining())));
                all.position(all.position() + written);
            }
        }
    }
}
