package org.scholarfolio.site;

import java.util.Map;

/** Turns a page's model into the bytes of its file; a theme is one implementation of this. */
interface PageTemplates {
    /** The page {@code template} names (e.g. {@code "publication"}) made from {@code model}, in UTF-8. */
    byte[] renderUtf8(String template, Map<String, Object> model);
}
