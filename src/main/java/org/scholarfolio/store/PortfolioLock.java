package org.scholarfolio.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.files.DiskWriteException;

/**
 * One writer at a time: {@code portfolio.json.lock} beside the portfolio, held with an operating
 * system lock for as long as one writer reads, changes and saves the file, and naming that writer
 * (owner, process id, host, since when). The operating system drops the lock when its process dies,
 * even by SIGKILL; the file it leaves behind is then recognised as stale and taken over. A second
 * writer waits a little, then gives up with a message naming the holder.
 *
 * <p>The holder deletes the file before it lets go, so a waiter that then gets the lock on the old,
 * deleted file sees that the path no longer holds its own details and starts again.
 */
public final class PortfolioLock implements AutoCloseable {
    public static final String SUFFIX = ".lock";
    /** How long a writer waits for another one by default; {@code scholarfolio.lockWaitSeconds} changes it. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(
            Long.getLong("scholarfolio.lockWaitSeconds", 15));
    private static final Duration POLL = Duration.ofMillis(50);
    /** Locks this process holds, so that a nested save by the holding thread does not wait for itself. */
    private static final Map<Path, PortfolioLock> HELD = new HashMap<>();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock osLock;
    private final Thread holder;
    private final String takeover;
    private int depth = 1;

    private final String details;

    private PortfolioLock(Path lockFile, FileChannel channel, FileLock osLock, String details, String takeover) {
        this.lockFile = lockFile;
        this.details = details;
        this.channel = channel;
        this.osLock = osLock;
        this.holder = Thread.currentThread();
        this.takeover = takeover;
    }

    public static PortfolioLock acquire(Path jsonFile, String owner) throws IOException {
        return acquire(jsonFile, owner, DEFAULT_WAIT);
    }

    /**
     * Takes the lock of {@code jsonFile} for {@code owner} (e.g. "import bibtex"), waiting at most
     * {@code wait} for another writer; a thread that already holds it gets it again.
     *
     * @throws PortfolioLockedException when another writer still holds it after {@code wait}
     */
    public static PortfolioLock acquire(Path jsonFile, String owner, Duration wait) throws IOException {
        Path lockFile = lockFileOf(jsonFile);
        Instant deadline = Instant.now().plus(wait);
        String lastHolder = "";
        while (true) {
            // One thread of this process at a time opens the lock file: closing any descriptor of it
            // would drop a POSIX lock another thread of the same process holds.
            synchronized (HELD) {
                PortfolioLock mine = HELD.get(lockFile);
                if (mine != null && mine.holder == Thread.currentThread()) {
                    mine.depth++;
                    return mine;
                }
                if (mine == null) {
                    PortfolioLock taken = tryTake(lockFile, owner);
                    if (taken != null) {
                        return taken;
                    }
                    lastHolder = holderOf(lockFile).orElse(lastHolder);
                } else {
                    lastHolder = describe(mine.details);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new PortfolioLockedException(jsonFile + " is being written by "
                        + (lastHolder.isEmpty() ? "another program" : lastHolder) + "; it was not changed."
                        + " Try again when that has finished (if nothing is running, delete " + lockFile + ").");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PortfolioLockedException("interrupted while waiting for " + lockFile);
            }
        }
    }

    /**
     * The lock beside the file: beside the file a symbolic link leads to, where a save writes, so that a
     * portfolio reached through a link and through its own folder has one lock.
     */
    public static Path lockFileOf(Path jsonFile) {
        Path abs;
        try {
            abs = AtomicFile.linkTarget(jsonFile).toAbsolutePath().normalize();
        } catch (IOException e) {
            abs = jsonFile.toAbsolutePath().normalize(); // a loop of links: the save says so
        }
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    /** The lock, or null when another writer holds it right now. */
    private static PortfolioLock tryTake(Path lockFile, String owner) throws IOException {
        Object keyBefore = fileKey(lockFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw onDisk(lockFile, e);
        }
        Object keyOpened = fileKey(lockFile);
        FileLock osLock = null;
        try {
            try {
                osLock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                osLock = null; // another thread of this process holds it
            }
            if (osLock == null) {
                channel.close();
                return null;
            }
            String left = read(channel);
            String details = details(owner);
            channel.truncate(0);
            // Not forced to the disk: other processes read the details through the same page cache, and
            // what excludes them is the operating system's lock, which no crash outlives. A crash that
            // loses the details only loses the "took over a stale lock" note; forcing them cost every
            // save a journal commit before its first byte.
            channel.write(ByteBuffer.wrap(details.getBytes(StandardCharsets.UTF_8)), 0);
            Object keyAfter = fileKey(lockFile);
            if (keyAfter == null || !keyAfter.equals(keyOpened) || (keyBefore != null && !keyBefore.equals(keyAfter))) {
                // The previous holder deleted this file as it let go, and someone else may have made a new one.
                osLock.release();
                channel.close();
                return null;
            }
            String takeover = left.isBlank() ? null : "took over a stale lock: " + describe(left)
                    + " is no longer running";
            PortfolioLock lock = new PortfolioLock(lockFile, channel, osLock, details, takeover);
            HELD.put(lockFile, lock);
            return lock;
        } catch (IOException | RuntimeException e) {
            if (osLock != null && osLock.isValid()) {
                if (keyBefore == null) {
                    // This writer made the file and could not write in it (a full disk): leave nothing behind.
                    deleteQuietly(lockFile);
                }
                osLock.release();
            }
            channel.close();
            if (e instanceof IOException io) {
                throw onDisk(lockFile, io);
            }
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the error being reported says more than this one
        }
    }

    /** Said about the portfolio file: the lock is only the first thing a save writes. */
    private static DiskWriteException onDisk(Path lockFile, IOException e) {
        String name = lockFile.getFileName().toString();
        return DiskWriteException.of(lockFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length())), e);
    }

    /** The note to show when this lock was left by a writer that died, or empty. */
    public Optional<String> takeover() {
        return Optional.ofNullable(takeover);
    }

    /** Who holds the lock of {@code lockFile} now, as a phrase, or empty when nobody says. */
    static Optional<String> holderOf(Path lockFile) {
        String text = readPath(lockFile);
        return text.isBlank() ? Optional.empty() : Optional.of(describe(text));
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (--depth > 0) {
                return;
            }
            HELD.remove(lockFile, this);
            try {
                Files.deleteIfExists(lockFile);
            } finally {
                try {
                    osLock.release();
                } finally {
                    channel.close();
                }
            }
        }
    }

    private static String details(String owner) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return "owner=" + owner.replace('\n', ' ') + "\npid=" + ProcessHandle.current().pid() + "\nhost=" + host
                + "\nsince=" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\nnonce=" + UUID.randomUUID() + "\n";
    }

    /** "import bibtex (process 4242 on host lab-pc, since 2026-12-03T08:31:02Z)". */
    static String describe(String details) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (String line : details.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return fields.getOrDefault("owner", "another program") + " (process " + fields.getOrDefault("pid", "?")
                + " on host " + fields.getOrDefault("host", "?") + ", since " + fields.getOrDefault("since", "?") + ")";
    }

    /**
     * The file's identity (device and inode), read without opening it: opening and closing another
     * descriptor of a file drops every POSIX lock this process holds on it. Null when it is missing;
     * a file system without identities gives a constant, so the check passes there.
     */
    private static Object fileKey(Path file) {
        try {
            Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key == null ? "no identity" : key;
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        while (buf.hasRemaining() && channel.read(buf, buf.position()) > 0) {
            // read until full
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    private static String readPath(Path lockFile) {
        try {
            byte[] bytes = Files.readAllBytes(lockFile);
            return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            return "";
        }
    }
}
