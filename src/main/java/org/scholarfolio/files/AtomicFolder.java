package org.scholarfolio.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Makes a new folder whole or not at all: it is filled under a hidden temporary name beside the
 * target and renamed into place, so an interrupted copy is never taken for a finished one.
 */
public final class AtomicFolder {
    private AtomicFolder() {
    }

    /** Fills the temporary folder it is given. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path folder) throws IOException;
    }

    /**
     * Creates {@code target}, which must be missing or an empty folder, with what {@code filler}
     * puts into it. On failure nothing is left behind and the error names {@code target}.
     */
    public static void create(Path target, Filler filler) throws IOException {
        Path to = target.toAbsolutePath().normalize();
        Path partial = null;
        try {
            Files.createDirectories(to.getParent());
            partial = Files.createTempDirectory(to.getParent(), "." + to.getFileName() + ".partial-");
            filler.fill(partial);
            if (Files.isDirectory(to) && isEmpty(to)) {
                Files.delete(to);
            }
            AtomicFile.move(partial, to);
            partial = null;
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw DiskWriteException.of(target, io);
        } finally {
            if (partial != null) {
                deleteTreeQuietly(partial);
            }
        }
    }

    public static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a folder and everything in it; symbolic links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A hidden leftover is harmless; it must never hide the error that caused it. */
    public static void deleteTreeQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException | UncheckedIOException e) {
            // left for the next run
        }
    }
}
