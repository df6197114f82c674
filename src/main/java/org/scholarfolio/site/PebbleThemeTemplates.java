package org.scholarfolio.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * The theme's Pebble templates, loaded from {@code org/scholarfolio/site/theme/<name>/} on the
 * class path. Pebble was chosen for its Twig-like inheritance (one base layout) and escaping that
 * is on by default: model values are HTML-escaped unless a template marks sanitised HTML as raw.
 */
final class PebbleThemeTemplates implements PageTemplates {
    static final String THEMES = "org/scholarfolio/site/theme/";

    private final PebbleEngine engine;

    PebbleThemeTemplates(String theme) {
        ClasspathLoader loader = new ClasspathLoader(PebbleThemeTemplates.class.getClassLoader());
        loader.setPrefix(THEMES + theme);
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .build();
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
}
