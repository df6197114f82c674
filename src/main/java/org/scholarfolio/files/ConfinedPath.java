package org.scholarfolio.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * {@link #writeEscapes} for many files under one root, each folder looked at once: a site's
     * thousand pages share their folders' ancestors, which the one-off check looked at again for
     * every page (four {@code stat}s a page into a new folder, a {@code realpath} of the page's
     * folder and of the root into an existing one), on the one thread that moves the site in.
     * Stricter in one case: a link that leads out of the root refuses its folders even where
     * its target's path comes back into the root. Not thread-safe; for one batch of writes (a
     * folder made or linked later is not seen).
     */
    public static final class WriteCheck {
        private final Path base;
        private final Map<Path, Boolean> escapes = new HashMap<>();
        private Path realBase;

        public WriteCheck(Path root) {
            base = root.toAbsolutePath().normalize();
        }

        /** As {@link ConfinedPath#writeEscapes(Path, Path)} for {@code target} under this check's root. */
        public boolean writeEscapes(Path target) {
            Path t = base.resolve(target).normalize();
            if (!t.startsWith(base)) {
                return true;
            }
            return t.getParent() != null && folderEscapes(t.getParent());
        }

        /**
         * Whether writing into {@code folder} (inside or above the root) lands outside the root: as
         * the one-off check decides from the nearest existing folder, where a real folder (not a
         * link) decides as its parent does, since following links it is its parent's path plus its name.
         */
        private boolean folderEscapes(Path folder) {
            if (!folder.startsWith(base)) {
                return false; // nothing of the root exists yet: the export makes it
            }
            Boolean known = escapes.get(folder);
            if (known != null) {
                return known;
            }
            boolean escapes;
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                attributes = null; // not there: the nearest folder that is decides
            }
            if (attributes == null) {
                escapes = folder.getParent() != null && folderEscapes(folder.getParent());
            } else if (folder.equals(base)) {
                escapes = false;
            } else if (attributes.isDirectory()) {
                escapes = folderEscapes(folder.getParent());
            } else {
                escapes = realPathEscapes(folder);
            }
            this.escapes.put(folder, escapes);
            return escapes;
        }

        private boolean realPathEscapes(Path existing) {
            try {
                if (realBase == null) {
                    realBase = base.toRealPath();
                }
                return !existing.toRealPath().startsWith(realBase);
            } catch (IOException e) {
                return true;
            }
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
