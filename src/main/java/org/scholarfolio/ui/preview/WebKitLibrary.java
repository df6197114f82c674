package org.scholarfolio.ui.preview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads WebKit's native library (over 100 MB) on a thread of its own, before the preview's first
 * WebView needs it. JavaFX otherwise loads it in the static initialiser of its page class, on the
 * JavaFX thread, when the first WebView is made: the window froze for that long (seconds on a busy
 * two-core machine), in the middle of opening a portfolio. Loaded through JavaFX's own loader, so
 * the library is found and registered exactly as when JavaFX loads it itself, and only once; where
 * that loader cannot be reached (its package not open to the application), nothing is loaded here
 * and JavaFX loads the library as before.
 * <p>
 * The same thread then sets up Java's default TLS context: WebKit's network layer makes an HTTP
 * client when the first page is loaded (even a {@code file:} page), and that reads and parses the
 * JDK's trusted certificates, 100–250 ms of the JavaFX thread at the first page of an open. Made
 * here first, the context is only looked up there.
 */
final class WebKitLibrary {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();

    private WebKitLibrary() {
    }

    /** Starts the load (once per process); completes when it is done or has failed. */
    static CompletionStage<Void> loadInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread loader = new Thread(WebKitLibrary::load, "webkit-library");
            loader.setDaemon(true);
            loader.start();
        }
        return READY;
    }

    private static void load() {
        try {
            Class.forName("com.sun.glass.utils.NativeLibLoader")
                    .getMethod("loadLibrary", String.class).invoke(null, "jfxwebkit");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notHere) {
            // JavaFX loads it on first use, on its own thread, as it always did.
        } finally {
            READY.complete(null);
        }
        try {
            javax.net.ssl.SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException | RuntimeException noContext) {
            // WebKit meets the same failure when it asks, as before.
        }
    }
}
