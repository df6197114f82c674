package org.scholarfolio.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way Scholarfolio writes a file: a temporary file in the same folder, flushed to disk,
 * then renamed over the target, so a crash at any moment leaves either the old or the new bytes,
 * never a mix. Errors come out as {@link DiskWriteException}s that name the target, not the
 * temporary file, and leave the target as it was.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What fills the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), false, true);
    }

    /**
     * As {@link #write}, the file readable and writable by its owner only (0600 where the file
     * system has POSIX modes), whatever mode a file it replaces had: for a secret. With
     * {@code replace} false, never replaces a file: {@link FileAlreadyExistsException} if one is there.
     */
    public static void writeOwnerOnly(Path target, byte[] bytes, boolean replace) throws IOException {
        write(target, out -> out.write(bytes), false, replace, true);
    }

    /** As {@link #write}, first keeping the file it replaces as {@code <name>.bak} (also atomically). */
    public static void writeKeepingBackup(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), true, true);
    }

    /** As {@link #writeKeepingBackup(Path, byte[])}, the bytes streamed by {@code content}. */
    public static void writeKeepingBackup(Path target, Content content) throws IOException {
        write(target, content, true, true);
    }

    /** Copies {@code source} to {@code target} in chunks (a 200 MB PDF is never held in memory). */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(out);
            }
        }, false, true);
    }

    /** As {@link #copy}, but never replaces a file: {@link FileAlreadyExistsException} if one is there. */
    public static void copyAsNew(Path source, Path target) throws IOException {
        write(target, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(out);
            }
        }, false, false);
    }

    private static void write(Path target, Content content, boolean keepBackup, boolean replace) throws IOException {
        write(target, content, keepBackup, replace, false);
    }

    private static void write(Path named, Content content, boolean keepBackup, boolean replace, boolean ownerOnly)
            throws IOException {
        Path target;
        try {
            target = linkTarget(named);
        } catch (IOException e) {
            throw DiskWriteException.of(named, e);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (ownerOnly) {
                ownerOnly(tmp);
            } else {
                keepPermissions(target, tmp);
            }
            if (keepBackup && Files.exists(target)) {
                Path bak = target.resolveSibling(target.getFileName() + ".bak");
                try {
                    writeBackup(target, bak);
                } catch (IOException e) {
                    // Named as the backup, not as the file: it is the backup that cannot be written.
                    throw DiskWriteException.ofBackup(bak, target, e);
                }
            }
            if (replace) {
                move(tmp, target);
            } else {
                Files.move(tmp, target);
            }
            syncDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw DiskWriteException.of(target, e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The file a write of {@code path} replaces: {@code path} itself, or, when it is a symbolic link, the
     * file the link leads to (through links to links), so that the link is kept and the file it names
     * gets the new bytes. Replacing the link by a file of its own left the file the person keeps
     * elsewhere (a synced or versioned folder) unchanged, and the two apart from then on.
     */
    public static Path linkTarget(Path path) throws IOException {
        Path at = path;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == 40) {
                throw new java.nio.file.FileSystemException(path.toString(), null, "Too many levels of symbolic links");
            }
            at = at.toAbsolutePath().resolveSibling(Files.readSymbolicLink(at));
        }
        return at;
    }

    /**
     * Deletes the temporary files that writes of {@code target} (and of its backup) left when their
     * process was killed. Only for a caller that holds the lock on {@code target}: another writer's
     * temporary file would otherwise vanish under it.
     */
    public static void removeLeftovers(Path named) throws IOException {
        Path target = linkTarget(named);
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        try (var files = Files.newDirectoryStream(dir, f -> {
            String n = f.getFileName().toString();
            return n.endsWith(".tmp") && (n.startsWith("." + name + ".") || n.startsWith("." + name + ".bak."));
        })) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Renames {@code from} over {@code to}, atomically where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Made so, not left to the temporary file's default mode. */
    private static void ownerOnly(Path tmp) throws IOException {
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A temporary file is created private (0600); the saved file keeps the mode the old one had. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            return;
        }
        if (Files.exists(target)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } else {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * The backup is itself put in place atomically, so a crash never leaves a torn backup either. The
     * old file's bytes are not copied: a second name for them (a hard link) becomes the backup, and the
     * new file then takes the target's name, so the backup is the old file itself, written and flushed
     * when it was saved. Where links are not supported, the old file is copied and flushed.
     */
    private static void writeBackup(Path target, Path bak) throws IOException {
        Path tmp = bak.resolveSibling("." + bak.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        try {
            try {
                Files.createLink(tmp, target);
            } catch (UnsupportedOperationException | IOException e) {
                Files.deleteIfExists(tmp);
                Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            move(tmp, bak);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename itself durable; not every platform lets a directory be opened, so best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; the rename is still atomic there.
        }
    }
}
