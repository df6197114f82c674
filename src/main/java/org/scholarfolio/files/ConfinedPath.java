package org.scholarfolio.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps reading and writing inside a folder: the portfolio, the site being imported, the output.
 * A name's {@code ../} is caught by normalising; a symbolic link (an al-folio site whose
 * {@code assets/pdf/paper.pdf} links to {@code /etc/passwd}) only by following it, which is what
 * these checks do.
 */
public final class ConfinedPath {
    private ConfinedPath() {
    }

    /** Whether {@code candidate}, with every link in it followed, is inside {@code root}; false when it does not exist. */
    public static boolean isInside(Path root, Path candidate) {
        try {
            return candidate.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether writing {@code target} (relative names resolved against {@code root}) would land
     * outside {@code root}: through {@code ../}, or through a folder on the way that is a link
     * pointing elsewhere. The target itself may be a link: writes replace it, never follow it.
     */
    public static boolean writeEscapes(Path root, Path target) {
        Path base = root.toAbsolutePath().normalize();
        Path t = base.resolve(target).normalize();
        if (!t.startsWith(base)) {
            return true;
        }
        Path existing = t.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.startsWith(base)) {
            return false;
        }
        try {
            return !existing.toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    /** {@code candidate} when it is a file inside {@code root} after following links; otherwise an error naming it. */
    public static Path requireFileInside(Path root, Path candidate) throws IOException {
        if (!isInside(root, candidate) || !Files.isRegularFile(candidate)) {
            throw new IOException(candidate + " is a link to a file outside " + root + " (or not a file); it was not read");
        }
        return candidate;
    }
}
