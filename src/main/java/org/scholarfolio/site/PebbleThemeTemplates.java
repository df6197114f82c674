package org.scholarfolio.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * The theme's Pebble templates, loaded from {@code org/scholarfolio/site/theme/<name>/} on the
 * class path. Pebble was chosen for its Twig-like inheritance (one base layout) and escaping that
 * is on by default: model values are HTML-escaped unless a template marks sanitised HTML as raw.
 */
final class PebbleThemeTemplates implements PageTemplates {
    static final String THEMES = "org/scholarfolio/site/theme/";
    /** The templates a theme's pages are made from, compiled ahead by {@link #compileAll()}. */
    private static final List<String> TEMPLATES = List.of("base", "partials/publication", "publication", "publications",
            "home", "news", "news-item", "page");
    /** One per theme and process: the engine and its compiled templates hold nothing of a portfolio. */
    private static final Map<String, PebbleThemeTemplates> SHARED = new ConcurrentHashMap<>();

    private final PebbleEngine engine;
    /** The largest page buffer a thread keeps for its next page (the editor's threads live long). */
    private static final int MAX_KEPT_BUFFER = 1 << 20;
    /** Each exporting thread's page buffer, kept from page to page; null while a page is being written. */
    private final ThreadLocal<Utf8Writer> pageBuffers = new ThreadLocal<>();

    PebbleThemeTemplates(String theme) {
        ClasspathLoader loader = new ClasspathLoader(PebbleThemeTemplates.class.getClassLoader());
        loader.setPrefix(THEMES + theme);
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .addEscapingStrategy(HtmlEscaping.NAME, HtmlEscaping.INSTANCE)
                .defaultEscapingStrategy(HtmlEscaping.NAME)
                .strictVariables(true)
                .newLineTrimming(true)
                .build();
    }

    /**
     * The theme's templates, made once per process: an export then finds them compiled (by an
     * earlier export, or by {@link RenderingWarmUp} while the portfolio loaded).
     */
    static PebbleThemeTemplates of(String theme) {
        return SHARED.computeIfAbsent(theme, PebbleThemeTemplates::new);
    }

    /** Compiles every page template now, so the first page of each kind does not wait for it. */
    void compileAll() {
        for (String template : TEMPLATES) {
            try {
                engine.getTemplate(template);
            } catch (PebbleException e) {
                // A theme without this page: its export says so when it asks for it.
            }
        }
    }

    @Override
    public String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public byte[] renderUtf8(String template, Map<String, Object> model) {
        Utf8Writer out = pageBuffers.get();
        pageBuffers.set(null); // a page rendered while this one is (none today) gets a buffer of its own
        if (out == null) {
            out = new Utf8Writer(64 * 1024);
        }
        out.reset();
        try {
            engine.getTemplate(template).evaluate(out, model, Locale.ROOT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (out.capacity() <= MAX_KEPT_BUFFER) {
                pageBuffers.set(out);
            }
        }
    }
}
