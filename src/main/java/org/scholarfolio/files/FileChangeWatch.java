package org.scholarfolio.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Tells, on a daemon thread of its own, that something happened to one file: written in place,
 * replaced by a rename (how editors, git and sync clients write), or deleted. Unlike
 * {@link FolderWatch}, which an export asks, this one calls: a window learns of another program's
 * change while it is open. It says only that something happened; what changed is for the caller to
 * look at (events come in bursts, and a window's own saves come too). Some file systems (network
 * shares, some mounts) tell nothing: a caller also looks at other times.
 * <p>
 * The thread also asks, at least once a second, whether its caller still wants to hear: a running
 * thread keeps whatever its callback holds, so a window that was dropped without being closed (a
 * test's, or one whose close never reached its watch) must not be kept by it, nor its watch's file
 * descriptor.
 */
public final class FileChangeWatch implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;

    private FileChangeWatch(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    /**
     * Starts watching {@code file}; {@code changed} runs on the watch's thread, which ends once {@code wanted} says
     * false. Null when the folder cannot be watched.
     */
    public static FileChangeWatch start(Path file, Runnable changed, BooleanSupplier wanted) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        WatchService service = null;
        try {
            service = folder.getFileSystem().newWatchService();
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | RuntimeException e) {
            closeQuietly(service);
            return null;
        }
        WatchService watching = service;
        Thread thread = new Thread(() -> run(watching, name, changed, wanted), "portfolio-file-watch");
        thread.setDaemon(true);
        thread.start();
        return new FileChangeWatch(service, thread);
    }

    private static void run(WatchService service, Path name, Runnable changed, BooleanSupplier wanted) {
        try {
            while (wanted.getAsBoolean()) {
                WatchKey key = service.poll(1, TimeUnit.SECONDS);
                if (key == null) {
                    continue;
                }
                boolean ours = false;
                for (WatchEvent<?> e : key.pollEvents()) {
                    // Lost events may have been about the file.
                    ours |= e.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(e.context());
                }
                if (ours) {
                    changed.run();
                }
                if (!key.reset()) {
                    return; // the folder itself is gone
                }
            }
            closeQuietly(service); // no longer wanted
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the window's document changed or the window closed
        }
    }

    private static void closeQuietly(WatchService service) {
        try {
            if (service != null) {
                service.close();
            }
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        closeQuietly(service);
        thread.interrupt();
    }
}
