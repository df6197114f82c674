package org.scholarfolio.site;

import java.util.Map;

/** Turns a page's model into its text; a theme is one implementation of this. */
interface PageTemplates {
    String render(String template, Map<String, Object> model);
}
