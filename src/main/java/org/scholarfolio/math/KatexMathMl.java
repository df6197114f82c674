package org.scholarfolio.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * KaTeX's own MathML output ({@code output: "mathml"}), computed by the KaTeX script of the
 * class path's WebJar in Rhino, an interpreter in plain Java. The script is loaded once, on first
 * use (one to three seconds of processor time), and each formula is typeset once: a page with the
 * same formula twice, or a second export, takes it from the cache, and a later process from the
 * per-user {@link TypesetLog}, so a process whose formulas were all seen before never loads KaTeX. Calls into the interpreter are serialised; it is fast
 * enough (a few ms per formula) that exports with math spend their time elsewhere.
 */
public final class KatexMathMl implements MathTypesetter {
    static final String VERSION = "0.16.4";
    private static final String SCRIPT = "META-INF/resources/webjars/katex/" + VERSION + "/dist/katex.min.js";
    private static final int CACHE_SIZE = 20_000;
    private static final KatexMathMl SHARED = new KatexMathMl(TypesetLog.userDefault(VERSION));

    private final Map<String, TypesetLog.Answer> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TypesetLog.Answer> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final TypesetLog log;
    private boolean logRead;
    private Scriptable scope;
    private Function render;

    /** A typesetter that keeps its answers in {@code log} too (none when null). */
    KatexMathMl(TypesetLog log) {
        this.log = log;
    }

    /** The instance shared by the export and the preview, so both fill one cache. */
    public static KatexMathMl shared() {
        return SHARED;
    }

    @Override
    public synchronized String toMathMl(String tex, boolean display) {
        String key = (display ? "D" : "I") + tex;
        if (!logRead && log != null) {
            logRead = true;
            log.read().forEach(cache::putIfAbsent);
        }
        TypesetLog.Answer answer = cache.get(key);
        if (answer == null) {
            answer = typeset(tex, display);
            cache.put(key, answer);
            if (log != null) {
                log.append(key, answer);
            }
        }
        if (answer.error() != null) {
            throw new MathSyntaxException(answer.error());
        }
        return answer.mathMl();
    }

    /** Whether this instance has loaded the KaTeX script. */
    synchronized boolean scriptLoaded() {
        return scope != null;
    }

    /** Runs KaTeX, loading it first if this is the first formula the process has not seen before. */
    private TypesetLog.Answer typeset(String tex, boolean display) {
        Context cx = Context.enter();
        try {
            cx.setInterpretedMode(true);
            if (scope == null) {
                load(cx);
            }
            Object html = render.call(cx, scope, scope, new Object[] {tex, display});
            return new TypesetLog.Answer(mathElement(Context.toString(html)), null);
        } catch (JavaScriptException e) {
            return new TypesetLog.Answer(null, parseMessage(e));
        } catch (RhinoException e) {
            return new TypesetLog.Answer(null, e.details());
        } catch (MathSyntaxException e) {
            return new TypesetLog.Answer(null, e.getMessage());
        } finally {
            Context.exit();
        }
    }

    private void load(Context cx) {
        String source;
        try (InputStream in = KatexMathMl.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("KaTeX is missing from the class path (" + SCRIPT + ")");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScriptableObject global = cx.initStandardObjects();
        // KaTeX's bundle registers itself on the global object it is given as "this".
        cx.evaluateString(global, "var window = this, self = this;", "setup", 1, null);
        cx.evaluateString(global, source, "katex.min.js", 1, null);
        render = (Function) cx.evaluateString(global, "(function (tex, display) { return katex.renderToString(tex,"
                + " {output: 'mathml', displayMode: display, throwOnError: true, strict: 'ignore', trust: false}); })",
                "render", 1, null);
        scope = global;
    }

    /** KaTeX wraps the element in spans for its stylesheet, which the site does not load. */
    private static String mathElement(String html) {
        int start = html.indexOf("<math");
        int end = html.lastIndexOf("</math>");
        if (start < 0 || end < start) {
            throw new MathSyntaxException("KaTeX returned no MathML");
        }
        return html.substring(start, end + "</math>".length())
                .replace(" xmlns=\"http://www.w3.org/1998/Math/MathML\"", "");
    }

    private static String parseMessage(JavaScriptException e) {
        Object value = e.getValue();
        if (value instanceof Scriptable error) {
            Object message = ScriptableObject.getProperty(error, "message");
            if (message != Scriptable.NOT_FOUND) {
                return Context.toString(message);
            }
        }
        return e.details();
    }
}
