package org.scholarfolio.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A write that the disk refused, told in words: what happened to which file the person named
 * (never a temporary or staging name), what to do, and that the old files are as they were.
 */
public final class DiskWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What the disk said, in the few cases a person can act on differently. */
    public enum Cause { DISK_FULL, PERMISSION_DENIED, READ_ONLY, NO_SUCH_FOLDER, OTHER }

    private final Cause kind;
    private final transient Path target;

    private DiskWriteException(Path target, Cause kind, String message, IOException cause) {
        super(message, cause);
        this.target = target;
        this.kind = kind;
    }

    /**
     * Describes {@code e}, raised while writing {@code target} (the file or folder the person
     * chose), as a sentence about {@code target}; a {@code DiskWriteException} is returned as it is.
     */
    public static DiskWriteException of(Path target, IOException e) {
        if (e instanceof DiskWriteException d) {
            return d;
        }
        Cause kind = classify(e);
        String what = switch (kind) {
            case DISK_FULL -> "the disk is full. Free some space (or choose another disk) and try again";
            case PERMISSION_DENIED -> "permission denied: " + target
                    + ". Choose a folder you may write to, or change its permissions";
            case READ_ONLY -> "the disk holding " + target + " is read-only. Choose a folder on another disk";
            case NO_SUCH_FOLDER -> "the folder " + parentOf(target) + " does not exist (any more)";
            case OTHER -> plainReason(e);
        };
        return new DiskWriteException(target, kind, "cannot write " + target + ": " + what
                + "; the files already there were left as they were", e);
    }

    /**
     * Describes {@code e}, raised while keeping the previous version of {@code file} as {@code backup}: the
     * save is refused rather than made without a backup, and the sentence names the backup.
     */
    public static DiskWriteException ofBackup(Path backup, Path file, IOException e) {
        if (e instanceof DiskWriteException d) {
            return d;
        }
        Cause kind = classify(e);
        String what = switch (kind) {
            case DISK_FULL -> "the disk is full. Free some space and try again";
            case READ_ONLY -> "the disk holding it is read-only";
            default -> (Files.isDirectory(backup) ? "a folder has that name" : plainReason(e))
                    + ". Move or rename " + backup.getFileName() + " and try again";
        };
        return new DiskWriteException(backup, kind, "cannot keep the previous version of " + file.getFileName()
                + " as " + backup + ": " + what + "; " + file.getFileName() + " was not replaced and is as it was", e);
    }

    public Cause kind() {
        return kind;
    }

    public Path target() {
        return target;
    }

    static Cause classify(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Cause.PERMISSION_DENIED;
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : String.valueOf(e.getMessage());
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("disk quota") || r.contains("not enough space")) {
            return Cause.DISK_FULL;
        }
        if (r.contains("read-only file system")) {
            return Cause.READ_ONLY;
        }
        if (r.contains("permission denied") || r.contains("operation not permitted")) {
            return Cause.PERMISSION_DENIED;
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return Cause.NO_SUCH_FOLDER;
        }
        return Cause.OTHER;
    }

    /** The system's reason without the file names it carries (they may be staging names). */
    private static String plainReason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static Path parentOf(Path target) {
        Path p = target.toAbsolutePath().getParent();
        return p == null ? target : p;
    }
}
