package org.scholarfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebView;
import javafx.stage.Window;

import netscape.javascript.JSObject;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.testing.ScenePictures;

/**
 * Keystroke to pixels in the running editor: the whole app ({@link DesktopApp}) opens a portfolio
 * with a 20 KB Markdown bio, and keys are typed into the bio field at a person's pace (a key every
 * {@value #KEY_GAP_MS} ms, a longer pause between words). Each key's time runs from when it was
 * pressed (posted to the window) to the first {@code requestAnimationFrame} callback after the
 * preview's page shows it: WebKit runs those callbacks on the JavaFX pulse that lays out and paints
 * the page, so it is the frame that draws the change. A space typed at the paragraph's end changes
 * nothing on the page (Markdown drops the trailing space): it counts as drawn with the next letter,
 * a word's pause later, so the figures over all keys carry that pause in about one key in six (the
 * p95); a second line gives the keys that change the page alone. A fourth line ends each key when
 * JavaFX's rendering thread has painted the frame of the pulse whose WebView update drew the change:
 * the animation-frame callback waits for WebKit's timer turn after a pulse (and the mutation
 * callback that asks for it for another), so it may come one or two pulses after that frame, or,
 * on a loaded machine, before its paint is done. Not a test: the numbers depend on the machine.
 * Runs headless (Monocle, software rendering); see BENCHMARKS.md and bench/keystroke-to-pixels.sh.
 */
public final class KeystrokeToPixelsBenchmark {
    static final int KEY_GAP_MS = 120;
    private static final int WORD_GAP_MS = 350;
    private static final String MARKER = "QZXJ";

    private KeystrokeToPixelsBenchmark() {
    }

    /** Reached from the page's script; public, as WebKit calls only public methods. */
    public static final class Probe {
        private final long[] painted;
        private int shown;
        /** When the WebView's update in a pulse first drew the first n typed characters. */
        private final long[] drawn;
        private int drawnCount;
        /** -Dbench.verbose: whether WebKit has a repaint the next pulse will draw. */
        private java.util.function.Supplier<Boolean> page;

        Probe(int keys) {
            painted = new long[keys];
            drawn = new long[keys];
        }

        /** The frame of a pulse whose WebView update drew the first {@code count} typed characters is painted. */
        synchronized int drawnCount() {
            return drawnCount;
        }

        synchronized void drawn(int count) {
            long now = System.nanoTime();
            log("drawn " + count);
            for (int i = drawnCount; i < Math.min(count, drawn.length); i++) {
                drawn[i] = now;
            }
            drawnCount = Math.max(drawnCount, count);
        }

        public void log(String what) {
            if (Boolean.getBoolean("bench.verbose")) {
                System.out.printf(Locale.ROOT, "%.1f %s%n", System.nanoTime() / 1e6, what);
            }
        }

        /** The page now shows the first {@code count} typed characters, and a frame is being drawn. */
        public void painted(int count) {
            long now = System.nanoTime();
            log("painted " + count);
            for (int i = shown; i < Math.min(count, painted.length); i++) {
                painted[i] = now;
            }
            shown = Math.max(shown, count);
        }
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        // Keys typed before the measured ones: the JIT compiles the typing path meanwhile. A person's
        // 200th key is warm; -Dbench.warmup=200 measures such keys.
        int warmup = Integer.getInteger("bench.warmup", 40);
        // -Dbench.window=screen: a real window on $DISPLAY (e.g. Xvfb), where JavaFX repaints only
        // what changed; headless Monocle repaints the whole window on every frame.
        if (!"screen".equals(System.getProperty("bench.window"))) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        System.setProperty("prism.order", "sw");
        Path folder = Files.createTempDirectory("scholarfolio-keys");
        // -Dbench.publications=N: the portfolio holds N generated publications (and N/100 news items) beside the bio.
        int publications = Integer.getInteger("bench.publications", 0);
        Portfolio p = publications == 0 ? Portfolio.empty()
                : PortfolioGenerator.generate(publications, publications / 100, PortfolioGenerator.DEFAULT_SEED);
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace"))
                .bio(EditorBenchmark.bio(20 * 1024) + "Typed here: " + MARKER).build());
        PortfolioStore.save(folder, p);

        Thread app = new Thread(() -> DesktopApp.launchEditor(folder), "editor");
        app.setDaemon(true);
        app.start();
        WebView web = waitFor(() -> find(WebView.class, "#preview-web"), 600);
        waitFor(() -> ScenePictures.onFx(() -> web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                && String.valueOf(web.getEngine().executeScript("document.body.textContent")).contains(MARKER)) ? web : null, 600);
        Node bioField = waitFor(() -> find(Node.class, "#profile-bio"), 30);

        String typed = typedText(warmup + keys);
        Probe probe = new Probe(typed.length());
        ScenePictures.onFx(() -> {
            JSObject window = (JSObject) web.getEngine().executeScript("window");
            window.setMember("benchProbe", probe);
            web.getEngine().executeScript("(function(marker,typed){var pending=false;"
                    + "var observer=new MutationObserver(function(){window.benchProbe.log('mutation');if(pending){return;}pending=true;"
                    + "requestAnimationFrame(function(){pending=false;var t=document.body.textContent;"
                    + "var s=t.substring(t.lastIndexOf(marker)+marker.length);var n=0;"
                    + "while(n<typed.length&&n<s.length&&s.charAt(n)===typed.charAt(n)){n++;}"
                    + "window.benchProbe.painted(n);});})"
                    + ";window.benchShown=function(){var t=document.body.textContent;"
                    + "var s=t.substring(t.lastIndexOf(marker)+marker.length);var n=0;"
                    + "while(n<typed.length&&n<s.length&&s.charAt(n)===typed.charAt(n)){n++;}return n;};"
                    + "observer.observe(document.body,{subtree:true,childList:true,characterData:true});})("
                    + "'" + MARKER + "','" + typed + "')");
            probe.page = webKitDirty(web);
            IntSupplier updates = webKitUpdates(web);
            java.util.function.Consumer<Runnable> afterPaint = renderThread();
            int[] lastUpdate = {updates.getAsInt()};
            // The pixel-true record: the WebView asks WebKit to paint its dirty region at each pulse's
            // start (an "update"); a pulse in which that happened drew the page's tree as it is now.
            web.getScene().addPreLayoutPulseListener(() -> probe.log("pulse"));
            if (Boolean.getBoolean("bench.dirtynodes")) {
                // Which nodes a pulse hands to the renderer as changed: their area is what it repaints.
                java.util.function.Supplier<String> painter = painterState(web.getScene());
                web.getScene().addPostLayoutPulseListener(() -> probe.log("changed nodes " + painter.get() + " "
                        + changedNodes(web.getScene().getRoot())));
            }
            web.getScene().addPostLayoutPulseListener(() -> {
                probe.log("pulse laid out");
                int update = updates.getAsInt();
                if (update != lastUpdate[0]) {
                    lastUpdate[0] = update;
                    int count = ((Number) web.getEngine().executeScript("window.benchShown()")).intValue();
                    // The frame is painted once the pulse has handed it to the rendering thread: a job
                    // queued there after the pulse runs when that paint is done.
                    Platform.runLater(() -> afterPaint.accept(() -> probe.drawn(count)));
                }
            });
            if (Boolean.getBoolean("bench.fieldOffScreen")) {
                bioField.requestFocus(); // as sessions 11-13 measured: the form not scrolled, the field below the window
            } else {
                // As a person types: the field on screen (the form scrolled to it), so its pixels are drawn too.
                org.scholarfolio.ui.problems.ProblemDecorations.focus((javafx.scene.control.Control) bioField);
            }
            return null;
        });
        // The keys go where the field puts the focus (the field itself, or the text area inside it).
        Node bio = waitFor(() -> ScenePictures.onFx(() -> {
            Node owner = bioField.getScene().getFocusOwner();
            for (Node n = owner; n != null; n = n.getParent()) {
                if (n == bioField) {
                    return owner;
                }
            }
            return null;
        }), 30);
        ScenePictures.onFx(() -> {
            Event.fireEvent(bio, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.END, false, true, false, false));
            Event.fireEvent(bio, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.END, false, true, false, false));
            return null;
        });

        long[] pressed = new long[typed.length()];
        ProcessorTime before = null;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (i == warmup) {
                before = ProcessorTime.now();
            }
            pressed[i] = System.nanoTime();
            probe.log("pressed " + c);
            Platform.runLater(() -> {
                probe.log("handling " + c);
                type(bio, c);
                probe.log("handled " + c + (probe.page == null ? "" : " dirty " + probe.page.get()
                        + " dom " + web.getEngine().executeScript("window.benchShown()")));
            });
            Thread.sleep(c == ' ' ? WORD_GAP_MS : KEY_GAP_MS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ScenePictures.onFx(() -> Math.min(probe.shown, probe.drawnCount())) < typed.length() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        ProcessorTime spent = ProcessorTime.now().minus(before);
        if (Boolean.getBoolean("bench.verbose")) {
            for (int i = 0; i < typed.length(); i++) {
                System.out.printf(Locale.ROOT, "%d '%c' %.1f %.1f%n", i, typed.charAt(i), (probe.painted[i] - pressed[i]) / 1e6,
                        (probe.drawn[i] - pressed[i]) / 1e6);
            }
        }
        double[] ms = new double[keys];
        double[] shownKeys = new double[keys];
        int changing = 0;
        int missing = 0;
        for (int i = 0; i < keys; i++) {
            long painted = probe.painted[warmup + i];
            if (painted == 0) {
                missing++;
                painted = System.nanoTime();
            }
            ms[i] = (painted - pressed[warmup + i]) / 1e6;
            if (changesThePage(typed, warmup + i)) {
                shownKeys[changing++] = ms[i];
            }
        }
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        System.out.printf(Locale.ROOT, "keystroke to pixels, 20 KB bio, %d keys (after %d for warm-up): p50 %.1f ms,"
                        + " p95 %.1f ms, max %.1f ms%s; load average %s%n", keys, warmup,
                EditorBenchmark.percentile(ms, 50), EditorBenchmark.percentile(ms, 95),
                Arrays.stream(ms).max().orElse(0), missing == 0 ? "" : " (" + missing + " never shown)", load);
        double[] letters = Arrays.copyOf(shownKeys, changing);
        double[] asSeen = asSeen(typed, warmup, keys, pressed, probe.painted);
        System.out.printf(Locale.ROOT, "  the %d keys that change the page (not the %d spaces, drawn with the next letter):"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms; load average %s%n", changing, keys - changing,
                EditorBenchmark.percentile(letters, 50), EditorBenchmark.percentile(letters, 95),
                Arrays.stream(letters).max().orElse(0), load);
        System.out.printf(Locale.ROOT, "  all %d keys, a space timed as a person sees it (the next letter's frame less the"
                        + " pause before that letter): p50 %.1f ms, p95 %.1f ms, max %.1f ms; load average %s%n",
                asSeen.length, EditorBenchmark.percentile(asSeen, 50), EditorBenchmark.percentile(asSeen, 95),
                Arrays.stream(asSeen).max().orElse(0), load);
        double[] drawn;
        synchronized (probe) {
            drawn = asSeen(typed, warmup, keys, pressed, probe.drawn);
        }
        System.out.printf(Locale.ROOT, "  the same, to the paint of the frame whose WebView update drew the change"
                        + " (not an animation frame after it): p50 %.1f ms, p95 %.1f ms, max %.1f ms; load average %s%n",
                EditorBenchmark.percentile(drawn, 50), EditorBenchmark.percentile(drawn, 95),
                Arrays.stream(drawn).max().orElse(0), load);
        System.out.println(spent.perKey(keys));
        // Leave without the save question: the test portfolio's edits are not wanted.
        System.exit(0);
    }

    /**
     * Whether the window's painter will paint the whole scene in this pulse whatever changed: the
     * scene marked entirely dirty, or a back buffer just made (Prism's own reasons besides a dirty
     * region that covers the window).
     */
    private static java.util.function.Supplier<String> painterState(Scene scene) {
        try {
            java.lang.reflect.Field peer = Scene.class.getDeclaredField("peer");
            peer.setAccessible(true);
            Object glass = peer.get(scene);
            java.lang.reflect.Method entire = Class.forName("com.sun.javafx.tk.quantum.GlassScene").getMethod("isEntireSceneDirty");
            entire.setAccessible(true);
            java.lang.reflect.Field painter = glass.getClass().getDeclaredField("painter");
            painter.setAccessible(true);
            java.lang.reflect.Field fresh = Class.forName("com.sun.javafx.tk.quantum.ViewPainter").getDeclaredField("freshBackBuffer");
            fresh.setAccessible(true);
            return () -> {
                try {
                    return "[entire scene dirty " + entire.invoke(glass) + ", fresh back buffer " + fresh.get(painter.get(glass)) + "]";
                } catch (ReflectiveOperationException e) {
                    return e.toString();
                }
            };
        } catch (ReflectiveOperationException e) {
            return e::toString;
        }
    }

    /** The topmost nodes with a change for the render graph, as "Type#id WxH@x,y bits". */
    private static String changedNodes(javafx.scene.Parent root) {
        StringBuilder out = new StringBuilder();
        try {
            java.lang.reflect.Field bits = Node.class.getDeclaredField("dirtyBits");
            bits.setAccessible(true);
            java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                java.util.Set<?> b = (java.util.Set<?>) bits.get(n);
                if (!b.isEmpty()) {
                    javafx.geometry.Bounds at = n.localToScene(n.getBoundsInLocal());
                    out.append(n.getClass().getSimpleName()).append('#').append(n.getId())
                            .append(String.format(Locale.ROOT, " %.0fx%.0f@%.0f,%.0f %s; ", at.getWidth(), at.getHeight(),
                                    at.getMinX(), at.getMinY(), b));
                }
                if (n instanceof javafx.scene.Parent p) {
                    todo.addAll(p.getChildrenUnmodifiable());
                }
            }
        } catch (ReflectiveOperationException e) {
            return e.toString();
        }
        return out.toString();
    }

    /** Runs a job on JavaFX's rendering thread, after the frames handed to it so far are painted. */
    private static java.util.function.Consumer<Runnable> renderThread() {
        try {
            Class<?> toolkit = Class.forName("com.sun.javafx.tk.Toolkit");
            Class<?> job = Class.forName("com.sun.javafx.tk.RenderJob");
            Object tk = toolkit.getMethod("getToolkit").invoke(null);
            java.lang.reflect.Method add = toolkit.getMethod("addRenderJob", job);
            java.lang.reflect.Constructor<?> make = job.getConstructor(Runnable.class);
            return r -> {
                try {
                    add.invoke(tk, make.newInstance(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's rendering thread is not reachable: run on the class path", e);
        }
    }

    /** Counts the WebView's updates from WebKit (one per pulse that painted a changed region of the page). */
    private static IntSupplier webKitUpdates(WebView web) {
        try {
            java.lang.reflect.Field f = web.getEngine().getClass().getDeclaredField("page");
            f.setAccessible(true);
            Object page = f.get(web.getEngine());
            java.lang.reflect.Method cycle = page.getClass().getMethod("getUpdateContentCycleID");
            return () -> {
                try {
                    return (Integer) cycle.invoke(page);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("WebKit's page is not reachable: run on the class path", e);
        }
    }

    /** Whether the WebView's page has a change the next pulse paints (WebView asks this at each pulse's start). */
    private static java.util.function.Supplier<Boolean> webKitDirty(WebView web) {
        try {
            java.lang.reflect.Field f = web.getEngine().getClass().getDeclaredField("page");
            f.setAccessible(true);
            Object page = f.get(web.getEngine());
            java.lang.reflect.Method dirty = page.getClass().getMethod("isDirty");
            return () -> {
                try {
                    return (Boolean) dirty.invoke(page);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether typing key {@code i} changes what the page shows. The keys go at the end of the bio's
     * last paragraph, and a space there is no part of the page (Markdown drops a paragraph's trailing
     * white space, as HTML would not draw it): the page shows it only with the next letter, a word's
     * pause later, so every space counts that pause (350 ms) on top of the next letter's time.
     */
    static boolean changesThePage(String typed, int i) {
        return !typed.substring(0, i + 1).stripTrailing().equals(typed.substring(0, i).stripTrailing());
    }

    /**
     * Every counted key's time as a person sees it: a key that changes the page from its press to
     * the frame that draws it; a trailing space (drawn only with the next letter) from the next
     * letter's press to that frame, since the pause before the letter is the typist's, not the
     * editor's. A space with no letter after it in the run is left out.
     */
    static double[] asSeen(String typed, int warmup, int keys, long[] pressed, long[] painted) {
        double[] ms = new double[keys];
        int n = 0;
        for (int i = warmup; i < warmup + keys; i++) {
            int drawnBy = i;
            while (drawnBy < typed.length() && !changesThePage(typed, drawnBy)) {
                drawnBy++;
            }
            if (drawnBy < typed.length() && painted[i] != 0) {
                ms[n++] = (painted[i] - pressed[drawnBy]) / 1e6;
            }
        }
        return Arrays.copyOf(ms, n);
    }

    /** Words of letters, then a space; the marker before them makes the typed text unique in the page. */
    private static String typedText(int length) {
        String[] words = {"quick", "notes", "on", "sparse", "models", "and", "graphs", "with", "proofs"};
        StringBuilder b = new StringBuilder(" ");
        for (int i = 0; b.length() < length; i++) {
            b.append(words[i % words.length]).append(' ');
        }
        return b.substring(0, length);
    }

    private static void type(Node area, char c) {
        String s = String.valueOf(c);
        KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(s.toUpperCase(Locale.ROOT));
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, false, false, false, false));
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    private static <T> T find(Class<T> type, String selector) throws Exception {
        return ScenePictures.onFx(() -> {
            for (Window w : Window.getWindows()) {
                Scene scene = w.getScene();
                if (w.isShowing() && scene != null && scene.lookup(selector) != null) {
                    return type.cast(scene.lookup(selector));
                }
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface Probing<T> {
        T get() throws Exception;
    }

    private static <T> T waitFor(Probing<T> probe, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (IllegalStateException | java.util.concurrent.TimeoutException e) {
                // The toolkit has not started yet, or is still busy starting the editor.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the editor did not get there in " + seconds + " s");
    }
}
