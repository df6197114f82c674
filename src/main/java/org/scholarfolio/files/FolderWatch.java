package org.scholarfolio.files;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A watch on every folder of an output folder's tree (inotify on Linux, through the JDK's
 * {@link WatchService}), kept between exports by one exporter, so that its next export learns which
 * entries anything happened to since it last asked instead of looking at every file (11,000
 * {@code stat}s at 10,000 publications). It answers "not known" ({@link #changes} returns null)
 * whenever it may have missed something: events dropped (overflow), the folder itself replaced, a
 * folder it cannot watch; then the caller looks at every file as before.
 * <p>
 * Events arrive on the JDK's own thread; {@link #changes} first makes an event of its own (a
 * marker file's time set, in a folder outside the site watched by the same queue) and waits for
 * it, so every event the kernel queued before the call has been handed over when it answers.
 */
public final class FolderWatch implements AutoCloseable {
    /** What happened since the last {@link #changes}: paths relative to the folder, '/' between names. */
    public record Changes(Set<String> entries, Set<String> folders) {
        public Changes {
            entries = Set.copyOf(entries);
            folders = Set.copyOf(folders);
        }
    }

    // A watch holds an inotify instance (128 per user by default): a process keeps only a few.
    private static final int MOST_LIVE = 8;
    private static final AtomicInteger LIVE = new AtomicInteger();
    private static final long MARKER_WAIT_MS = 5_000;

    private final Path root;
    private final Object rootIdentity;
    private final WatchService service;
    private final Map<WatchKey, String> folderOf = new HashMap<>();
    private final Map<String, WatchKey> keyOf = new HashMap<>();
    private final Path marker;
    private final WatchKey markerKey;
    // Closes the watch service should the exporter holding this be dropped without closing it.
    private final Cleaner.Cleanable release;
    private boolean closed;
    // A marker event asked for and not yet waited for, and what was taken since the last answer.
    private boolean asked;
    private final Set<String> entries = new HashSet<>();
    private final Set<String> folders = new HashSet<>();
    private boolean lost;

    private FolderWatch(Path root, Object rootIdentity, WatchService service, Path marker, WatchKey markerKey) {
        this.root = root;
        this.rootIdentity = rootIdentity;
        this.service = service;
        this.marker = marker;
        this.markerKey = markerKey;
        this.release = CLEANER.register(this, new Release(service, marker));
    }

    private static final Cleaner CLEANER = Cleaner.create();

    /** Closes a watch service and removes its marker, once (the watch's thread holds the service, not the watch). */
    private record Release(WatchService service, Path marker) implements Runnable {
        @Override
        public void run() {
            LIVE.decrementAndGet();
            try {
                if (service != null) {
                    service.close();
                }
                if (marker != null) {
                    Files.deleteIfExists(marker);
                }
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }

    /**
     * A watch on {@code root} and each of {@code folders} (relative paths) below it, with a marker
     * file of its own made in {@code markerFolder} (outside {@code root}) for {@link #changes}' own
     * event; null when the system cannot watch that many folders, or this process holds enough
     * watches. Only what happens after this returns is told: the caller looks at every file once more.
     */
    public static FolderWatch start(Path root, Collection<String> folders, Path markerFolder) {
        if (!toldByTheKernel(System.getProperty("os.name", ""))) {
            return null;
        }
        if (LIVE.incrementAndGet() > MOST_LIVE) {
            LIVE.decrementAndGet();
            return null;
        }
        WatchService service = null;
        Path mark = null;
        try {
            Path top = root.toAbsolutePath().normalize();
            Path markers = markerFolder.toAbsolutePath().normalize();
            if (markers.startsWith(top)) {
                throw new IOException("the marker must lie outside the watched folder");
            }
            Object identity = identity(top);
            if (identity == null) {
                throw new IOException("no identity for " + top);
            }
            service = top.getFileSystem().newWatchService();
            Files.createDirectories(markers);
            // One marker per watch: another watch's marker event must not pass for this one's.
            mark = Files.createTempFile(markers, ".watch-", "");
            mark.toFile().deleteOnExit();
            WatchKey markerKey = markers.register(service, StandardWatchEventKinds.ENTRY_MODIFY);
            FolderWatch watch = new FolderWatch(top, identity, service, mark, markerKey);
            try {
                watch.register("");
                for (String folder : folders) {
                    if (!folder.isEmpty() && !watch.keyOf.containsKey(folder)) {
                        watch.register(folder);
                    }
                }
            } catch (IOException | RuntimeException e) {
                watch.close();
                return null;
            }
            return watch;
        } catch (IOException | RuntimeException e) {
            // Typically inotify's limit of watches per user: the caller looks at every file instead.
            new Release(service, mark).run();
            return null;
        }
    }

    /**
     * Whether the JDK's watch service on this system is told by the kernel (inotify on Linux).
     * Elsewhere it is not worth it: on macOS the JDK polls every folder every few seconds (11,000
     * folders, and the marker's event up to ten seconds late), and Windows holds a handle per folder.
     */
    static boolean toldByTheKernel(String osName) {
        return osName.startsWith("Linux");
    }

    /**
     * Asks for the answer {@link #changes} will give: sets the marker's time now, so that the JDK's
     * thread hands over the events queued before it while the caller does other work, and
     * {@link #changes} need not wait for it then. An answer asked for and never taken is kept
     * for the next.
     */
    public synchronized void mark() {
        if (closed) {
            return;
        }
        try {
            if (asked) {
                awaitMarker();
            }
            poke();
        } catch (IOException | RuntimeException e) {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    /**
     * The entries (files or folders) anything happened to since the last call, and the folders
     * whose every file must be looked at (watched only now, removed, replaced, or unknown); null
     * when that cannot be told (then every file must be looked at; the watch goes on when it can,
     * and is closed when it cannot, see {@link #isOpen}).
     */
    public synchronized Changes changes() {
        if (closed) {
            return null;
        }
        try {
            if (!asked) {
                poke();
            }
            awaitMarker();
            lost |= drain(entries, folders, true);
            if (!Objects.equals(identity(root), rootIdentity)) {
                close(); // the folder was replaced: its files are not the watched ones
                return null;
            }
            Changes told = lost ? null : new Changes(entries, folders);
            entries.clear();
            folders.clear();
            lost = false;
            return told;
        } catch (IOException | RuntimeException e) {
            close();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return null;
        }
    }

    /** Takes what is signalled so far, then sets the marker's time: its event comes after every event queued before. */
    private void poke() throws IOException {
        lost |= drain(entries, folders, false);
        Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis()));
        asked = true;
    }

    /** Takes what is signalled until the marker's event arrives (or some were lost). */
    private void awaitMarker() throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MARKER_WAIT_MS);
        boolean marked = false;
        while (!marked) {
            long left = until - System.nanoTime();
            WatchKey key = left <= 0 ? null : service.poll(left, TimeUnit.NANOSECONDS);
            if (key == null) {
                throw new IOException("no answer from the watch's thread"); // never trusted again
            }
            if (key == markerKey) {
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                        // The kernel's queue overflowed: the marker's own event may be lost, or come
                        // late and pass for a later one's. Never trusted again.
                        throw new IOException("events were lost around the marker's");
                    }
                    marked |= e.kind() == StandardWatchEventKinds.ENTRY_MODIFY && marker.getFileName().equals(e.context());
                }
                if (!key.reset()) {
                    throw new IOException("the marker's folder is no longer watched");
                }
            } else {
                lost |= handle(key, entries, folders);
            }
        }
        asked = false;
    }

    /** Whether the watch still watches (false once it gave up: the caller may start another). */
    public synchronized boolean isOpen() {
        return !closed;
    }

    /** Takes every key signalled so far; true when events were lost. */
    private boolean drain(Set<String> entries, Set<String> folders, boolean markerToo) throws IOException {
        boolean lost = false;
        for (WatchKey key = service.poll(); key != null; key = service.poll()) {
            if (key == markerKey) {
                for (WatchEvent<?> e : key.pollEvents()) {
                    lost |= e.kind() == StandardWatchEventKinds.OVERFLOW && markerToo;
                }
                if (!key.reset()) {
                    throw new IOException("the marker's folder is no longer watched");
                }
            } else {
                lost |= handle(key, entries, folders);
            }
        }
        return lost;
    }

    /** One folder's events; true when some were lost. */
    private boolean handle(WatchKey key, Set<String> entries, Set<String> folders) throws IOException {
        String folder = folderOf.get(key);
        List<WatchEvent<?>> events = key.pollEvents();
        boolean valid = key.reset();
        if (folder == null) {
            return false; // a key already given up (its folder removed, below)
        }
        boolean lost = false;
        for (WatchEvent<?> e : events) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
                continue;
            }
            String entry = child(folder, e.context().toString());
            entries.add(entry);
            if (e.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                // Gone or moved away (a moved folder's watch would go on reporting under the old name).
                forget(entry);
                folders.add(entry);
            } else if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(root.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                forget(entry);
                registerTree(entry);
                folders.add(entry);
            }
        }
        if (!valid) {
            // The folder itself went (or cannot be watched): everything below it is looked at.
            forget(folder);
            folders.add(folder);
            if (folder.isEmpty()) {
                throw new IOException("the folder itself is no longer watched");
            }
            if (Files.isDirectory(root.resolve(folder), LinkOption.NOFOLLOW_LINKS)) {
                registerTree(folder);
            }
        }
        return lost;
    }

    /** Stops watching {@code folder} and every folder below it. */
    private void forget(String folder) {
        WatchKey key = keyOf.remove(folder);
        if (key == null) {
            return;
        }
        cancel(key);
        String below = folder.isEmpty() ? "" : folder + "/";
        List<String> under = new ArrayList<>();
        for (String f : keyOf.keySet()) {
            if (f.startsWith(below)) {
                under.add(f);
            }
        }
        for (String f : under) {
            cancel(keyOf.remove(f));
        }
    }

    private void cancel(WatchKey key) {
        folderOf.remove(key);
        key.cancel();
    }

    /** Watches {@code folder} and every folder below it (a folder made with pages already in it). */
    private void registerTree(String folder) throws IOException {
        Deque<String> todo = new ArrayDeque<>();
        todo.add(folder);
        while (!todo.isEmpty()) {
            String f = todo.poll();
            register(f);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(root.resolve(f))) {
                for (Path c : children) {
                    if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
                        todo.add(child(f, c.getFileName().toString()));
                    }
                }
            }
        }
    }

    private void register(String folder) throws IOException {
        Path dir = folder.isEmpty() ? root : root.resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return; // nothing there to watch; its files are looked at by the caller
        }
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        String was = folderOf.put(key, folder);
        if (was != null && !was.equals(folder)) {
            keyOf.remove(was); // the same folder under another name (moved): the new name holds
        }
        keyOf.put(folder, key);
    }

    private static String child(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private static Object identity(Path dir) {
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? a.fileKey() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        release.clean();
    }
}
