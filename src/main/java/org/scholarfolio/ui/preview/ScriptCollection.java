package org.scholarfolio.ui.preview;

import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * When WebKit's JavaScript heap is collected: once the preview has rested, not after every Java collection.
 *
 * <p>JavaFX's WebKit keeps an object of no use, reachable only weakly (a record of its {@code Disposer}); a Java
 * collection clears it, and the disposer then runs a full, blocking collection of JavaScriptCore's heap on the JavaFX
 * thread and registers a new such object ({@code WebPage.collectJSCGarbages}). So every Java collection, young ones
 * included, is followed by that collection in the next turn of the JavaFX thread, 30–90 ms at 100,000 publications,
 * among the keys when one is typing (BENCHMARKS, session 31, dispose31; session 32, jsc32). Here that object is held
 * strongly from the WebView's first piece of work on, so Java collections no longer set the JavaScript collection off;
 * it runs, the same native call, {@link #REST} after the last piece of work the preview gave WebKit, once per rest,
 * and only with no render under way and nothing of the page pending (on a busy machine frames can come further apart
 * than the rest). JavaScriptCore's own collections (by what scripts allocate) go on as before. Should WebKit's classes
 * not be as expected (another JavaFX version, the package not open to reflection), nothing changes: the first failure
 * is told once on the error stream, and the disposer goes on collecting as before (ADR
 * {@code docs/decisions/script-heap-collected-at-rest.md}).
 */
final class ScriptCollection {
    /** How long the preview rests (no piece of work given WebKit) before the JavaScript heap is collected. */
    static final Duration REST = Duration.millis(1_500);
    private static ScriptCollection instance;

    private final PauseTransition rest = new PauseTransition(REST);
    /** The disposer's object that sets the collection off once cleared; held here, it never is. Null until found. */
    private Object held;
    private boolean failed;
    /** True when the page had work since the last collection. */
    private boolean worked;
    private int collections;
    /** True while the preview still has work to come (a render under way, steps to append): no rest yet. */
    private java.util.function.BooleanSupplier pending = () -> false;
    private Field records;
    private Object disposer;
    private Field record;
    private Method collect;

    private ScriptCollection() {
        rest.setOnFinished(e -> collectIfRested());
    }

    /** The one per JVM (WebKit's JavaScript heap is one); on the JavaFX thread. */
    static ScriptCollection get() {
        if (instance == null) {
            instance = new ScriptCollection();
        }
        return instance;
    }

    /**
     * Called as the preview gives WebKit a piece of work (a patch, a swap, a load, a step): from now on Java collections
     * set off no JavaScript collection, and one runs {@link #REST} after the last such call.
     */
    void working() {
        if (failed) {
            return;
        }
        worked = true;
        if (held == null) {
            hold();
        }
        rest.playFromStart();
    }

    /**
     * {@code pending}: true while the preview still has work to come (a render under way, a page's steps); a rest that
     * ends then waits for another {@link #REST}. On a busy machine frames can come further apart than the rest.
     */
    void pendingWhile(java.util.function.BooleanSupplier pending) {
        this.pending = pending;
    }

    /** Another rest than {@link #REST}, for tests. */
    void rest(Duration duration) {
        rest.setDuration(duration);
    }

    /** The collections run here (not the disposer's): for tests and the benchmarks. */
    int collections() {
        return collections;
    }

    /** True once the disposer's object is held: Java collections set off no JavaScript collection. */
    boolean holding() {
        return held != null;
    }

    private void collectIfRested() {
        if (!worked || held == null || failed) {
            return;
        }
        if (pending.getAsBoolean()) {
            rest.playFromStart();
            return;
        }
        worked = false;
        try {
            collect.invoke(null);
            collections++;
        } catch (ReflectiveOperationException | RuntimeException e) {
            fail(e);
        }
    }

    /** Finds the disposer's record of WebPage's collection, whose object is a plain {@code Object}, and holds that object. */
    private void hold() {
        try {
            if (records == null) {
                ClassLoader loader = ScriptCollection.class.getClassLoader();
                // Not initialised here: WebPage's initialiser loads WebKit's library (WebKitLibrary does, off this thread).
                Class<?> disposerClass = Class.forName("com.sun.webkit.Disposer", false, loader);
                Field instanceField = disposerClass.getDeclaredField("disposerInstance");
                instanceField.setAccessible(true);
                disposer = instanceField.get(null);
                Field recordsField = disposerClass.getDeclaredField("records");
                recordsField.setAccessible(true);
                Field recordField = Class.forName("com.sun.webkit.Disposer$WeakDisposerRecord", false, loader)
                        .getDeclaredField("record");
                recordField.setAccessible(true);
                Method method = Class.forName("com.sun.webkit.WebPage", false, loader)
                        .getDeclaredMethod("twkDoJSCGarbageCollection");
                method.setAccessible(true);
                records = recordsField;
                record = recordField;
                collect = method;
            }
            synchronized (disposer) {
                for (Object weak : (Set<?>) records.get(null)) {
                    Object what = record.get(weak);
                    if (what != null && what.getClass().getName().startsWith("com.sun.webkit.WebPage$$Lambda")) {
                        Object referent = ((Reference<?>) weak).get();
                        if (referent != null && referent.getClass() == Object.class) {
                            held = referent;
                            return;
                        }
                    }
                }
            }
            // Not there: a Java collection cleared it before this look, and the disposer's pass, still to come, registers
            // another one; the next piece of work looks again.
        } catch (ReflectiveOperationException | RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Exception e) {
        failed = true;
        held = null;
        rest.stop();
        System.err.println("Scholarfolio: WebKit's script heap is collected after Java's collections, as JavaFX does"
                + " by itself (its internals were not as expected: " + e + ")");
    }
}
