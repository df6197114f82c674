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
 * The same thread then sets up Java's default TLS context when WebKit's HTTP/2 loader is on: that
 * loader makes an HTTP client when the first page is loaded (even a {@code file:} page), and that
 * reads and parses the JDK's trusted certificates, 100–250 ms of the JavaFX thread at the first page
 * of an open. Made here first, the context is only looked up there. The editor's launcher picks
 * WebKit's plain loader, which asks for no TLS context for the preview's local pages, so there the
 * ~80 ms of processor time it costs would only compete with the window's first frame.
 * <p>
 * Between the two, the thread loads (without initialising: that stays on the JavaFX thread) the
 * classes of JavaFX's web module that the first WebView loads ({@code webview-classes.txt}), so the
 * WebView's turn on the JavaFX thread does not read and define them from the jars. After them it sets up what the
 * first page load's file headers need ({@link FileHeadersAhead}), which WebKit's loader did while the first content
 * waited for the page. The editor's
 * launcher starts all this before the toolkit, so
 * that it is done before the window's first frame, and the WebView is made right after that frame,
 * never inside the open of the portfolio that follows.
 */
public final class WebKitLibrary {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();

    private WebKitLibrary() {
    }

    /**
     * Starts the load (once per process); completes when it is done or has failed. The editor's
     * launcher calls this before the toolkit starts; the preview, when it is built.
     */
    public static CompletionStage<Void> loadInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread loader = new Thread(WebKitLibrary::load, "webkit-library");
            loader.setDaemon(true);
            loader.start();
        }
        return READY;
    }

    /** Loads, not initialises, the classes listed in {@code webview-classes.txt}; a name not in this JavaFX is skipped. */
    static int loadWebViewClasses() {
        int loaded = 0;
        ClassLoader loader = WebKitLibrary.class.getClassLoader();
        try (java.io.InputStream in = WebKitLibrary.class.getResourceAsStream("webview-classes.txt")) {
            if (in == null) {
                return 0;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError notInThisJavaFx) {
                    // Another JavaFX release: the WebView loads what it needs itself.
                }
            }
        } catch (java.io.IOException unreadable) {
            // Nothing loaded ahead: the WebView loads its classes itself.
        }
        return loaded;
    }

    private static void load() {
        try {
            Class.forName("com.sun.glass.utils.NativeLibLoader")
                    .getMethod("loadLibrary", String.class).invoke(null, "jfxwebkit");
            loadWebViewClasses();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notHere) {
            // JavaFX loads it on first use, on its own thread, as it always did.
        } finally {
            READY.complete(null);
        }
        // The preview's first page load asks its files for their headers: their first set-up is done here instead.
        try {
            FileHeadersAhead.prepare();
        } catch (RuntimeException notSetUp) {
            // The loader sets them up itself, as before.
        }
        if ("false".equals(System.getProperty("com.sun.webkit.useHTTP2Loader"))) {
            return;
        }
        try {
            javax.net.ssl.SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException | RuntimeException noContext) {
            // WebKit meets the same failure when it asks, as before.
        }
    }
}
