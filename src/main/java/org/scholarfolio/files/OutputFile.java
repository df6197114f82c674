package org.scholarfolio.files;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * One file of an exported folder: its path relative to the folder (forward slashes) and either its
 * bytes (a page, a theme file) or the portfolio file it is copied from (a PDF, a photo), which is
 * hashed, compared and copied in chunks so that a 200 MB PDF never sits in memory.
 * {@code page} tells generated pages from copied assets in the report. A {@link #kept} page has
 * neither: it stays as the last export wrote it. A {@link #staged} page has given its bytes to a
 * staging folder already ({@link OutputFolder.Staging}) and knows its {@code check}.
 *
 * <p>A file made of {@code pieces} (the site's two big generated files, several MB at 10,000
 * publications) is checked, compared and written piece by piece, never joined into one array: one
 * array of that size per export was a "humongous" allocation for G1 after every edit in the editor.
 */
public record OutputFile(String path, byte[] bytes, boolean page, Path source, String check, List<byte[]> pieces) {

    public OutputFile(String path, byte[] bytes, boolean page) {
        this(path, bytes, page, null, null, null);
    }

    private OutputFile(String path, byte[] bytes, boolean page, Path source, String check) {
        this(path, bytes, page, source, check, null);
    }

    /** A file whose content is {@code pieces} one after the other (kept as they are, not copied). */
    public static OutputFile ofPieces(String path, List<byte[]> pieces, boolean page) {
        return new OutputFile(path, null, page, null, null, List.copyOf(pieces));
    }

    /**
     * A file whose content is {@code pieces} one after the other, where the list makes each piece
     * when it is asked for (not copied): the file is read piece by piece two or three times (checked,
     * written, perhaps compared) and never held whole.
     */
    public static OutputFile ofPiecesMadeOnRead(String path, List<byte[]> pieces, boolean page) {
        return new OutputFile(path, null, page, null, null, pieces);
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
        return bytes == null && pieces == null && source == null && check == null;
    }

    /** Whether this file was handed to a staging folder already (its bytes are gone). */
    public boolean isStaged() {
        return check != null;
    }

    public long size() throws IOException {
        if (pieces != null) {
            long size = 0;
            for (byte[] piece : pieces) {
                size += piece.length;
            }
            return size;
        }
        return source == null ? bytes.length : Files.size(source);
    }

    /** The content's {@link ChangeCheck}, computed unless it is known. */
    public String contentCheck() throws IOException {
        if (check == null && pieces != null) {
            ChangeCheck all = new ChangeCheck();
            for (byte[] piece : pieces) {
                all.update(piece);
            }
            return all.hex();
        }
        return check != null ? check : source == null ? new ChangeCheck().update(bytes).hex() : ChangeCheck.ofFile(source);
    }

    /** Whether {@code target} holds exactly this file's content. */
    public boolean sameContentAs(Path target) throws IOException {
        if (source != null) {
            return Files.mismatch(source, target) == -1L;
        }
        if (pieces != null) {
            return holdsPieces(target, pieces);
        }
        return Arrays.equals(Files.readAllBytes(target), bytes);
    }

    /** Whether {@code target} holds {@code pieces} one after the other and nothing more, read in chunks. */
    private static boolean holdsPieces(Path target, List<byte[]> pieces) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(target)) {
            for (byte[] piece : pieces) {
                for (int at = 0; at < piece.length; ) {
                    int n = in.readNBytes(buffer, 0, Math.min(buffer.length, piece.length - at));
                    if (n == 0 || Arrays.mismatch(buffer, 0, n, piece, at, at + n) != -1) {
                        return false;
                    }
                    at += n;
                }
            }
            return in.read() == -1;
        }
    }

    public void writeTo(Path target) throws IOException {
        if (source != null && source.equals(target)) {
            return; // staged there already
        }
        if (pieces != null) {
            writePieces(target, pieces);
        } else if (source == null) {
            writeBytes(target, bytes);
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // Files.write hands the bytes over 8 KB at a time: 2,000 system calls per edit for the two 8 MB
    // generated files at 10,000 publications. A MB at a time (the JDK copies each piece through a
    // direct buffer of that size, kept per thread).
    private static final int WRITE_PIECE = 1 << 20;

    // Up to this size a file's bytes go through a FileOutputStream: one open, one write, one close, as
    // through a channel, for less of the JVM's own work per file. The stream copies them into a native
    // buffer of their size from the C library's heap; kept under the library's 128 KB mapping threshold
    // (which it raises for good after freeing a mapped buffer, letting each thread's heap grow), so that
    // no such buffer is mapped. A site's pages are mostly 9-20 KB; larger files (a year's or the list's
    // page, the feed, the manifest at 1,000 publications) go through the channel, a MB at a time.
    private static final int STREAMED = 64 << 10;

    /**
     * Writes {@code bytes} to {@code target} (made or emptied first) in one system call up to a MB,
     * then a MB at a time, where {@code Files.write} makes a system call per 8 KB: for the pages, the
     * manifest and the export's state file (700 KB each at 10,000 publications, written after every edit).
     * <p>
     * A page (up to 64 KB) is written through a {@link FileOutputStream}: through a {@link FileChannel} (the
     * channel, its cleaner, a heap buffer's slice copied into a direct one) each of a 1,000-publication
     * site's 1,139 files cost a fresh JVM on the quick compiler ~17 µs more processor time (~48 against
     * ~29 ms for 1,139 files of 12 KB on a memory file system). The system calls are the same (open with
     * create and truncate, one write, close). When the stream cannot open the file, the channel opens it,
     * so that an error is the file system's own exception (NoSuchFileException, AccessDeniedException, ...),
     * whose reason {@link DiskWriteException} tells without the file's name.
     */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        if (bytes.length <= STREAMED && target.getFileSystem() == FileSystems.getDefault()) {
            FileOutputStream stream;
            try {
                stream = new FileOutputStream(target.toFile());
            } catch (FileNotFoundException e) {
                stream = null;
            }
            if (stream != null) {
                try (FileOutputStream out = stream) {
                    out.write(bytes);
                }
                return;
            }
        }
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            writeAll(out, ByteBuffer.wrap(bytes));
        }
    }

    // Small pieces are gathered into a chunk of this size before they are written; below G1's
    // smallest humongous size (half a 1 MB region), so the chunk is an ordinary young object.
    private static final int GATHER_CHUNK = 1 << 18;

    /**
     * Writes this file of pieces to {@code target} (made or emptied first) and returns its
     * {@link #contentCheck}, made from the pieces as they are written: each piece is read once.
     */
    public String writeCheckedTo(Path target) throws IOException {
        if (pieces == null) {
            throw new IllegalStateException(path + " is not made of pieces");
        }
        ChangeCheck all = new ChangeCheck();
        writePieces(target, pieces, all);
        return all.hex();
    }

    /** Writes {@code pieces} one after the other to {@code target} (made or emptied first), a chunk at a time. */
    private static void writePieces(Path target, List<byte[]> pieces) throws IOException {
        writePieces(target, pieces, null);
    }

    /** As {@link #writePieces(Path, List)}, each piece also handed to {@code check} when there is one. */
    private static void writePieces(Path target, List<byte[]> pieces, ChangeCheck check) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer chunk = ByteBuffer.allocate(GATHER_CHUNK);
            for (byte[] piece : pieces) {
                if (check != null) {
                    check.update(piece);
                }
                if (piece.length > chunk.remaining()) {
                    writeAll(out, chunk.flip());
                    chunk.clear();
                }
                if (piece.length > chunk.remaining()) {
                    writeAll(out, ByteBuffer.wrap(piece));
                } else {
                    chunk.put(piece);
                }
            }
            writeAll(out, chunk.flip());
        }
    }

    private static void writeAll(FileChannel out, ByteBuffer all) throws IOException {
        while (all.hasRemaining()) {
            int written = out.write(all.slice(all.position(), Math.min(WRITE_PIECE, all.remaining())));
            all.position(all.position() + written);
        }
    }
}
