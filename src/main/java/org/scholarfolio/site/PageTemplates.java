package org.scholarfolio.site;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Turns a page's model into its text; a theme is one implementation of this. */
interface PageTemplates {
    String render(String template, Map<String, Object> model);

    /** As {@link #render}, the text in UTF-8, as a page's file holds it. */
    default byte[] renderUtf8(String template, Map<String, Object> model) {
        return render(template, model).getBytes(StandardCharsets.UTF_8);
    }
}
