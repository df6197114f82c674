package org.scholarfolio.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads and links classes on a thread of its own, ahead of the JavaFX thread's first use of them.
 * The first time a form part with a table, a choice box and their cells is built, the JavaFX thread
 * spent much of its frame reading those classes from the toolkit's jar and verifying them; done here,
 * it finds them ready. Only loading and linking: no class is initialised on this thread (static
 * initialisers of the toolkit may expect the JavaFX thread), so nothing changes but when the work is done.
 */
public final class ClassesAhead {
    private ClassesAhead() {
    }

    /**
     * Starts loading the classes named in {@code resource} (one a line, {@code #} starts a comment,
     * next to {@code owner}); the future completes when all are loaded or skipped.
     */
    public static CompletableFuture<Void> load(Class<?> owner, String resource) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                ClassLoader loader = owner.getClassLoader();
                for (String name : names(owner, resource)) {
                    try {
                        // Linking (which getDeclaredMethods forces) verifies the byte code: the costly part.
                        Class.forName(name, false, loader).getDeclaredMethods();
                    } catch (ClassNotFoundException | LinkageError notThere) {
                        // Another toolkit version: that class is simply loaded when needed, as before.
                    }
                }
            } finally {
                done.complete(null);
            }
        }, "classes-ahead");
        thread.setDaemon(true);
        thread.setPriority(YieldingThreads.AWAITED); // the form's slices below the fold wait for it
        thread.start();
        return done;
    }

    static List<String> names(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
